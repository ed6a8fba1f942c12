package cn.gongkai.obligations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An obligation as other modules see it: the legal due time with the calendar's explanation of
 * how it was computed, and where it stands.
 *
 * @param ruleVersion the rule version chosen by the trigger date ({@code id@effective-from})
 * @param source the legal source of the rule version in Chinese (e.g. 《政府信息公开条例》第三十三条)
 * @param sourceEn the same in English
 * @param dueAt the instant the obligation becomes late, or null while a year on the way has no
 *              holiday data ({@code dueUnknownYear})
 * @param dueExplanation the calendar's account of the computation (days counted, holidays, pauses)
 * @param extensionWorkingDays the single extension granted, or null
 * @param dueUnknownYear the year whose holiday notice is missing, or null
 * @param deferredUntil the art. 35 reply date set by the organ, or null
 * @param provisional the last day falls in late December of the last year with holiday data: the
 *                    next year's notice may move it (下一年度放假安排公布后可能调整)
 */
public record ObligationView(long id, String ruleId, String ruleVersion, String source, String sourceEn,
        long organId, SubjectRef subject, Instant triggeredAt, Instant dueAt, String dueExplanation,
        ObligationState state, boolean paused, Integer extensionWorkingDays, Instant fulfilledAt,
        Integer dueUnknownYear, LocalDate deferredUntil, boolean provisional) {

    /** The last day of the period (the due time is 24:00 of it), or null when unknown. */
    public LocalDate lastDay() {
        return dueAt == null ? null : LocalDate.ofInstant(dueAt.minusSeconds(1), java.time.ZoneId.of("Asia/Shanghai"));
    }
}

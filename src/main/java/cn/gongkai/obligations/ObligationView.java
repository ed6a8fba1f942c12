package cn.gongkai.obligations;

import java.time.Instant;

/**
 * An obligation as other modules see it: the legal due time with the calendar's explanation of
 * how it was computed, and where it stands.
 *
 * @param ruleVersion the rule version chosen by the trigger date ({@code id@effective-from})
 * @param source the legal source of the rule version in Chinese (e.g. 《政府信息公开条例》第三十三条)
 * @param sourceEn the same in English
 * @param dueExplanation the calendar's account of the computation (days counted, holidays, pauses)
 * @param extensionWorkingDays the single extension granted, or null
 */
public record ObligationView(long id, String ruleId, String ruleVersion, String source, String sourceEn,
        long organId, SubjectRef subject, Instant triggeredAt, Instant dueAt, String dueExplanation,
        ObligationState state, boolean paused, Integer extensionWorkingDays, Instant fulfilledAt) {
}

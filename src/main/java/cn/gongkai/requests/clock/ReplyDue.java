package cn.gongkai.requests.clock;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.calendar.Explanation;
import cn.gongkai.calendar.Pause;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.RulePeriod;
import cn.gongkai.requests.dossier.DisclosureRequest;

/**
 * The reply due date of a request as the ledger holds it, and how it was reached.
 *
 * @param status      RUNNING; PAUSED (a consultation or fee wait is open: the date counts the pause
 *                    to its legal maximum, and moves earlier when the answer or payment comes);
 *                    AWAITING_CORRECTION (no date until the corrected application arrives;
 *                    {@code correctionDueOn} is the applicant's deadline); UNKNOWN_YEAR (the holiday
 *                    arrangements of {@code unknownYear} are unpublished); DEFERRED (art. 35: a
 *                    later date set by the organ; {@code statutoryDate} is the date the
 *                    Regulations' periods give); NONE (no ledger duty, e.g. an old record)
 * @param date        the due date, or null
 * @param workingDays the reply period of the rule version in force at the clock start
 * @param explanation the calendar's step-by-step account, or null
 * @param provisional the date falls in late December of the last year with holiday data
 * @param rule        the reply rule version in force at the clock start (period, source), or null
 */
public record ReplyDue(Status status, LocalDate date, LocalDate clockStart, int workingDays, Integer extensionDays,
        String extensionApprovedBy, List<Pause> pauses, Explanation explanation, LocalDate correctionDueOn,
        Integer unknownYear, LocalDate statutoryDate, boolean provisional, RulePeriod rule) {

    public enum Status {
        RUNNING, PAUSED, AWAITING_CORRECTION, UNKNOWN_YEAR, DEFERRED, NONE
    }

    static ReplyDue of(ObligationView view, Explanation steps, DisclosureRequest r, RulePeriod rule,
            List<Pause> pauses, boolean pausedNow) {
        LocalDate date = view.lastDay();
        LocalDate statutory = steps == null ? date : steps.due();
        Status status = view.deferredUntil() != null && date.equals(view.deferredUntil()) ? Status.DEFERRED
                : pausedNow ? Status.PAUSED : Status.RUNNING;
        return new ReplyDue(status, date, r.getClockStart(), days(rule), view.extensionWorkingDays(),
                r.getExtensionApprovedBy(), List.copyOf(pauses), steps, null, null, statutory, view.provisional(),
                rule);
    }

    static ReplyDue awaitingCorrection(LocalDate correctionDueOn, RulePeriod rule) {
        return new ReplyDue(Status.AWAITING_CORRECTION, null, null, days(rule), null, null, List.of(), null,
                correctionDueOn, null, null, false, rule);
    }

    static ReplyDue unknownYear(Integer year, LocalDate start, RulePeriod rule) {
        return new ReplyDue(Status.UNKNOWN_YEAR, null, start, days(rule), null, null, List.of(), null, null, year,
                null, false, rule);
    }

    static ReplyDue none(LocalDate start, RulePeriod rule) {
        return new ReplyDue(Status.NONE, null, start, days(rule), null, null, List.of(), null, null, null, null,
                false, rule);
    }

    private static int days(RulePeriod rule) {
        return rule == null ? 0 : rule.workingDays();
    }
}

package cn.gongkai.requests;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.calendar.Due;
import cn.gongkai.calendar.Explanation;
import cn.gongkai.calendar.Pause;

/**
 * The reply due date of a request as it stands, and how it was reached.
 *
 * @param status      RUNNING; PAUSED (a consultation or fee wait is open: the date assumes the
 *                    clock runs again tomorrow); AWAITING_CORRECTION (no date until the corrected
 *                    application arrives; {@code correctionDueOn} is the applicant's deadline);
 *                    UNKNOWN_YEAR (the holiday arrangements of {@code unknownYear} are unpublished);
 *                    DEFERRED (art. 35: a later date set by the organ; {@code statutoryDate} is the
 *                    date the Regulations' periods give)
 * @param date        the due date, or null
 * @param explanation the calendar's step-by-step account, or null
 */
record ReplyDue(Status status, LocalDate date, LocalDate clockStart, int workingDays, Integer extensionDays,
        String extensionApprovedBy, List<Pause> pauses, Explanation explanation, LocalDate correctionDueOn,
        Integer unknownYear, LocalDate statutoryDate) {

    enum Status {
        RUNNING, PAUSED, AWAITING_CORRECTION, UNKNOWN_YEAR, DEFERRED
    }

    /** Art. 35: the organ set a later reasonable date; the statutory date is kept for the explanation. */
    static ReplyDue deferred(Due due, DisclosureRequest r, List<Pause> pauses) {
        return new ReplyDue(Status.DEFERRED, r.getDeferredUntil(), r.getClockStart(), RequestClock.REPLY_DAYS,
                r.getExtensionDays(), r.getExtensionApprovedBy(), List.copyOf(pauses), due.explain(), null, null,
                due.date());
    }

    static ReplyDue of(Due due, DisclosureRequest r, List<Pause> pauses, boolean pausedNow) {
        return new ReplyDue(pausedNow ? Status.PAUSED : Status.RUNNING, due.date(), r.getClockStart(),
                RequestClock.REPLY_DAYS, r.getExtensionDays(), r.getExtensionApprovedBy(), List.copyOf(pauses),
                due.explain(), null, null, due.date());
    }

    static ReplyDue awaitingCorrection(LocalDate correctionDueOn) {
        return new ReplyDue(Status.AWAITING_CORRECTION, null, null, RequestClock.REPLY_DAYS, null, null, List.of(),
                null, correctionDueOn, null, null);
    }

    static ReplyDue unknownYear(int year, LocalDate start, int days) {
        return new ReplyDue(Status.UNKNOWN_YEAR, null, start, days, null, null, List.of(), null, null, year, null);
    }
}

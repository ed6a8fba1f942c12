package cn.gongkai.obligations;

import java.time.Instant;

/**
 * The ledger's due time of an obligation is new (opened, paused with a cap, resumed, restarted,
 * extended, deferred, or recomputed after a holiday notice was loaded). Published by the engine
 * synchronously in the transaction of the change, so the module owning the subject can show the
 * one value and record the change in its own history.
 *
 * @param before the previous due time, or null (new, or unknown before)
 * @param after the due time now, or null when a year on the way has no holiday data
 * @param cause opened | paused | resumed | restarted | extended | deferred | holiday-notice-YYYY
 */
public record ObligationDueChanged(String ruleId, SubjectRef subject, Instant before, Instant after, String cause) {

    /** Whether new holiday data moved the due time (not an act on the subject). */
    public boolean byHolidayNotice() {
        return cause != null && cause.startsWith("holiday-notice");
    }
}

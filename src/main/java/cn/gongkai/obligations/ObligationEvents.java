package cn.gongkai.obligations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The events other modules publish (with Spring's {@code ApplicationEventPublisher}, inside the
 * transaction of the act) to drive the ledger. The engine handles them synchronously in that
 * transaction, in publish order: the ledger change commits with the act or not at all, and the
 * publisher reads the resulting due time back at once ({@link Obligations#find}). An act the
 * ledger refuses (a second extension, a deferral before the due time) fails the act with a 422.
 * An obligation is identified by its rule and subject.
 */
public final class ObligationEvents {

    private ObligationEvents() {
    }

    /** Something happened that {@code ruleId} attaches a duty to; the engine computes the due time. */
    public record ObligationTriggered(String ruleId, long organId, SubjectRef subject, Instant triggeredAt) {
    }

    /** The duty was done (published, replied …): closes the obligation as met on time or late. */
    public record ObligationFulfilled(String ruleId, SubjectRef subject, Instant fulfilledAt) {
    }

    /**
     * The clock stops (e.g. a third party is consulted, Regulations art. 32); working days from
     * {@code from} on do not count, up to {@code cap} (the last day the pause may cover) when one
     * is given: after it the clock runs again by itself.
     */
    public record ObligationPaused(String ruleId, SubjectRef subject, LocalDate from, String reason, LocalDate cap) {

        public ObligationPaused(String ruleId, SubjectRef subject, LocalDate from, String reason) {
            this(ruleId, subject, from, reason, null);
        }
    }

    /**
     * Regulations art. 35: the organ sets a later reasonable date for the reply; the obligation is
     * due at the end of {@code newLastDay} (not the single extension of art. 33).
     */
    public record ObligationDeferred(String ruleId, SubjectRef subject, LocalDate newLastDay, String reason,
            String approvedBy) {
    }

    /** The clock runs again from {@code on}; the paused working days extend the period. */
    public record ObligationResumed(String ruleId, SubjectRef subject, LocalDate on) {
    }

    /** The period starts again from a new trigger (e.g. the corrected application, Regulations art. 30). */
    public record ObligationRestarted(String ruleId, SubjectRef subject, Instant triggeredAt, String reason) {
    }

    /** The period is extended once by {@code workingDays} with the approval of {@code approvedBy} (art. 33). */
    public record ObligationExtended(String ruleId, SubjectRef subject, int workingDays, String approvedBy,
            String reason) {
    }

    /** The duty no longer applies (e.g. the application was withdrawn or abandoned); recorded as waived. */
    public record ObligationWaived(String ruleId, SubjectRef subject, String reason, String approvedBy) {
    }
}

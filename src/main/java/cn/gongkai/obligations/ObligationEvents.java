package cn.gongkai.obligations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The events other modules publish (with Spring's {@code ApplicationEventPublisher}, inside the
 * transaction of the act) to drive the ledger. The engine listens with the durable event
 * publication registry, so an event committed with its act is never lost, even across a crash.
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

    /** The clock stops (e.g. a third party is consulted, Regulations art. 32); working days from {@code from} on do not count. */
    public record ObligationPaused(String ruleId, SubjectRef subject, LocalDate from, String reason) {
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

package cn.gongkai.obligations.ledger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's heartbeat: raising periodic obligations and scanning due times, both driven by the
 * injected clock and idempotent, and delivering failed obligation events again. {@code gongkai.obligations.jobs.enabled=false} turns the schedule
 * off (tests run the jobs by hand).
 */
@Component
@ConditionalOnBooleanProperty(name = "gongkai.obligations.jobs.enabled", matchIfMissing = true)
class ObligationJobs {

    /** A failed delivery is tried again this many times by the schedule (and always on restart). */
    static final int MAX_ATTEMPTS = 20;

    private final PeriodicObligations periodic;
    private final DueScan scan;
    private final IncompleteEventPublications incomplete;
    private final java.time.Clock clock;

    ObligationJobs(PeriodicObligations periodic, DueScan scan, IncompleteEventPublications incomplete,
            java.time.Clock clock) {
        this.periodic = periodic;
        this.scan = scan;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    /**
     * Delivers again the obligation events whose listener failed, e.g. a pause that arrived
     * before its trigger was handled, or a reminder mail the SMTP relay refused. Only failed
     * publications of this module's events: one still being processed is never delivered twice.
     */
    @Scheduled(initialDelayString = "${gongkai.obligations.jobs.retry-initial-delay:PT1M}",
            fixedDelayString = "${gongkai.obligations.jobs.retry-interval:PT2M}")
    void retryFailedDeliveries() {
        incomplete.resubmitIncompletePublications(p -> p.getStatus() == EventPublication.Status.FAILED
                && p.getCompletionAttempts() < MAX_ATTEMPTS
                && p.getEvent().getClass().getName().startsWith("cn.gongkai.obligations."));
    }

    @Scheduled(initialDelayString = "${gongkai.obligations.jobs.periodic-initial-delay:PT20S}",
            fixedDelayString = "${gongkai.obligations.jobs.periodic-interval:PT1H}")
    void periodic() {
        periodic.generate(clock.instant());
    }

    @Scheduled(initialDelayString = "${gongkai.obligations.jobs.scan-initial-delay:PT30S}",
            fixedDelayString = "${gongkai.obligations.jobs.scan-interval:PT5M}")
    void scan() {
        scan.scan();
    }
}

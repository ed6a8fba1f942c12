package cn.gongkai.obligations.ledger;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's heartbeat: raising periodic obligations and scanning due times, both driven by the
 * injected clock and idempotent. {@code gongkai.obligations.jobs.enabled=false} turns the schedule
 * off (tests run the jobs by hand).
 */
@Component
@ConditionalOnBooleanProperty(name = "gongkai.obligations.jobs.enabled", matchIfMissing = true)
class ObligationJobs {

    private final PeriodicObligations periodic;
    private final DueScan scan;
    private final java.time.Clock clock;

    ObligationJobs(PeriodicObligations periodic, DueScan scan, java.time.Clock clock) {
        this.periodic = periodic;
        this.scan = scan;
        this.clock = clock;
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

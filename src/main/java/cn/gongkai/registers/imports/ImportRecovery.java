package cn.gongkai.registers.imports;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the imports whose node died under them (kill -9, power loss): a RUNNING import whose
 * heartbeat is older than {@code staleAfter} is marked ABORTED and its STAGED rows deleted, in one
 * transaction, at start and then every minute. Several nodes may sweep at once: the conditional
 * update lets exactly one of them abort an import, and an import still committing holds its row
 * locked, so it is never aborted under its final step. (Its STAGED rows were never public: the
 * register showed none of them in the meantime either.)
 */
@Component
class ImportRecovery {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final RegisterImportStore store;
    private final ImportSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    ImportRecovery(RegisterImportStore store, ImportSettings settings, TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        sweep();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void periodically() {
        sweep();
    }

    /** Aborts every stale RUNNING import; the number this node aborted. */
    int sweep() {
        Instant before = clock.instant().minus(settings.staleAfter());
        int aborted = 0;
        for (long id : store.staleRunning(before)) {
            Integer deleted = tx.execute(s -> store.abort(id, before, clock.instant()) ? store.deleteStaged(id) : null);
            if (deleted != null) {
                aborted++;
                log.warn("register import {} had stopped (no heartbeat since before {}): ABORTED, {} staged rows deleted",
                        id, before, deleted);
            }
        }
        return aborted;
    }
}

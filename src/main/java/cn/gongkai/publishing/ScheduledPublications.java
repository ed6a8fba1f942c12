package cn.gongkai.publishing;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.GongkaiException;

/**
 * Publishes records whose scheduled time has come. The time is persisted ({@code publish_at}), so
 * a restart loses nothing; each record is published in its own transaction after re-checking its
 * state, and the optimistic lock makes a second node's (or a second run's) attempt fail instead of
 * publishing twice: exactly once.
 */
@Component
public class ScheduledPublications {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublications.class);

    private final Records records;
    private final Publication publication;
    private final TransactionTemplate tx;
    private final Clock clock;

    ScheduledPublications(Records records, Publication publication, TransactionTemplate tx, Clock clock) {
        this.records = records;
        this.publication = publication;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gongkai.publishing.scheduler-interval:30s}",
            initialDelayString = "${gongkai.publishing.scheduler-initial-delay:5s}")
    void tick() {
        publishDue();
    }

    /** Publishes every due record; returns how many this call published. */
    public int publishDue() {
        List<Long> due = records.dueForPublication(clock.instant());
        int published = 0;
        for (Long id : due) {
            try {
                Boolean done = tx.execute(status -> publishIfStillDue(id));
                published += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            catch (ObjectOptimisticLockingFailureException e) {
                log.info("Record {} was published concurrently by another run", id);
            }
            catch (GongkaiException e) {
                log.warn("Scheduled publication of record {} refused: {}", id, e.getMessage());
            }
        }
        return published;
    }

    private boolean publishIfStillDue(long id) {
        GovernmentRecord record = records.findById(id).orElse(null);
        if (record == null || record.getState() != RecordState.APPROVED || record.getPublishAt() == null
                || record.getPublishAt().isAfter(clock.instant())) {
            return false;
        }
        publication.publishScheduled(record);
        return true;
    }
}

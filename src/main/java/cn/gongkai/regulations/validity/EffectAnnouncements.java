package cn.gongkai.regulations.validity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.regulations.ProvisionsAffected;

/**
 * Announces {@link ProvisionsAffected} when a confirmed effect's day has come: at confirmation when
 * the day is today or past, else by the daily job on that day (and any later run catches up after
 * a pause). Exactly once, also with several nodes: whoever sets {@code announced_at} by a
 * conditional update publishes, in the same transaction as the listeners' work.
 */
@Component
public class EffectAnnouncements {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(EffectAnnouncements.class);

    private final EffectStore store;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    EffectAnnouncements(EffectStore store, JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate tx,
            Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongkai.regulations.announce-cron:0 2 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        announceDue();
    }

    /** Announces every confirmed effect whose day has come and that was not announced yet; returns how many. */
    public int announceDue() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        int done = 0;
        for (Long id : store.unannouncedDue(today)) {
            try {
                done += Boolean.TRUE.equals(tx.execute(s -> announce(id))) ? 1 : 0;
            }
            catch (RuntimeException e) {
                log.warn("Announcing effect {} failed; the next run retries it", id, e);
            }
        }
        return done;
    }

    /** Claims and publishes the effect's announcement; false when another caller had it already. */
    boolean announce(long effectId) {
        if (!store.claimAnnouncement(effectId, clock.instant())) {
            return false;
        }
        Effect e = store.find(effectId).orElseThrow();
        events.publishEvent(new ProvisionsAffected(e.affectedDocumentId(), eids(e), e.type(), e.effectiveOn(),
                effectId));
        return true;
    }

    /** The affected provision and everything under it (a repealed article's 款 are affected too); empty = the document. */
    private List<String> eids(Effect e) {
        if (e.affectedEid() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(e.affectedEid());
        jdbc.sql("select eid from reg_provision where document_id = ? order by seq").param(e.affectedDocumentId())
                .query(String.class).list().stream().filter(eid -> eid.startsWith(e.affectedEid() + "__"))
                .forEach(out::add);
        return List.copyOf(out);
    }
}

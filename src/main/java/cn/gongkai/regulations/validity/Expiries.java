package cn.gongkai.regulations.validity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryChanged;

/**
 * Writes down a normative document's automatic expiry once its own period is over (有效期至 =
 * {@code expires_on}, the last day in force): an EXPIRE effect on the whole document from the day
 * after, origin EXPIRY, by {@code system}. The validity is already derived from the date alone;
 * the record puts the expiry among the document's effects (the effects timeline and feed) and lets
 * its day be announced like any other. It follows from the document's own dates, so no second
 * person reviews it. Once per document, also with several nodes: the document row is locked and
 * the record looked for again before writing.
 */
@Component
class Expiries {

    static final String SYSTEM = "system";

    private final EffectStore store;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    Expiries(EffectStore store, JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events,
            TransactionTemplate tx, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** Records the expiry of every document whose last day has passed and has none yet; returns how many. */
    int recordDue() {
        LocalDate today = LocalDate.now(clock.withZone(EffectAnnouncements.CHINA));
        List<String> due = jdbc.sql("""
                select d.id from reg_document d where d.expires_on is not null and d.expires_on < ?
                  and not exists (select 1 from reg_effect e where e.affected_document_id = d.id
                                  and e.origin = 'EXPIRY' and e.state = 'CONFIRMED')
                order by d.id""").param(today).query(String.class).list();
        int recorded = 0;
        for (String id : due) {
            recorded += Boolean.TRUE.equals(tx.execute(s -> record(id, today))) ? 1 : 0;
        }
        return recorded;
    }

    private boolean record(String documentId, LocalDate today) {
        LocalDate last = jdbc.sql("select expires_on from reg_document where id = ? for update").param(documentId)
                .query(LocalDate.class).optional().orElse(null);
        boolean known = jdbc.sql("""
                select count(*) from reg_effect where affected_document_id = ? and origin = 'EXPIRY' and state = 'CONFIRMED'""")
                .param(documentId).query(Long.class).single() > 0;
        if (last == null || !last.isBefore(today) || known) {
            return false;
        }
        EffectStore.Draft draft = new EffectStore.Draft(documentId, null, documentId, null, EffectType.EXPIRE,
                last.plusDays(1), null, null, null, null, null, null, "有效期至" + last, "EXPIRY");
        long id = store.insert(draft, SYSTEM, clock.instant());
        store.review(id, Effect.CONFIRMED, SYSTEM, null, clock.instant());
        audit.recordAs(SYSTEM, "regulations.effect.expired", "reg_effect", id, documentId + " expires_on " + last);
        events.publishEvent(new LibraryChanged(documentId));
        return true;
    }
}

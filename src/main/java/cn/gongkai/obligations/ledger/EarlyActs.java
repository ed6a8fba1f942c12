package cn.gongkai.obligations.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gongkai.obligations.SubjectRef;

/**
 * Fulfilments and waivers that arrived before the trigger of their obligation (table
 * {@code obligation_early_act}): kept, and applied in their order when the trigger opens the
 * obligation, so an act is never lost to the order in which a module published its events.
 * Joins the caller's transaction.
 */
@Repository
class EarlyActs {

    /** A kept act: a fulfilment at {@code at}, or a waiver with its reason. */
    record Act(boolean fulfilment, Instant at, String actor, String reason) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EarlyActs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void keepFulfilment(String ruleId, SubjectRef subject, Instant at, String actor) {
        keep(ruleId, subject, "FULFILMENT", at, actor, null);
    }

    void keepWaiver(String ruleId, SubjectRef subject, Instant at, String reason, String actor) {
        keep(ruleId, subject, "WAIVER", at, actor, reason);
    }

    /** The kept acts of a rule and subject, oldest first, removed from the table. */
    List<Act> take(String ruleId, SubjectRef subject) {
        List<Act> acts = jdbc.sql("""
                select kind, acted_at, actor, reason from obligation_early_act
                where rule_id = ? and subject_type = ? and subject_id = ? order by id""")
                .params(ruleId, subject.type(), subject.id())
                .query((rs, n) -> new Act("FULFILMENT".equals(rs.getString(1)), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4)))
                .list();
        if (!acts.isEmpty()) {
            jdbc.sql("delete from obligation_early_act where rule_id = ? and subject_type = ? and subject_id = ?")
                    .params(ruleId, subject.type(), subject.id()).update();
        }
        return acts;
    }

    private void keep(String ruleId, SubjectRef subject, String kind, Instant at, String actor, String reason) {
        jdbc.sql("""
                insert into obligation_early_act (rule_id, subject_type, subject_id, kind, acted_at, actor, reason,
                  created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ruleId, subject.type(), subject.id(), kind, Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)),
                        actor == null ? "system" : actor, reason == null ? null : limit(reason),
                        Timestamp.from(clock.instant()))
                .update();
    }

    private static String limit(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}

package cn.gongkai.regulations.validity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.validity.DocumentFacts.Fact;

/** Reads and writes {@code reg_effect}; the rules live in {@link Effects}. */
@Component
class EffectStore {

    private static final String COLUMNS = """
            id, affected_document_id, affected_eid, affecting_document_id, affecting_eid, effect_type, effective_on,
            ends_on, new_text, new_num, parent_eid, after_eid, note, origin, state, entered_by, entered_at,
            reviewed_by, reviewed_at, review_note, announced_at, new_kind""";

    private final JdbcClient jdbc;

    EffectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new effect to write. */
    record Draft(String affectedDocumentId, String affectedEid, String affectingDocumentId, String affectingEid,
            EffectType type, LocalDate effectiveOn, LocalDate endsOn, String newText, String number,
            ProvisionKind kind, String parentEid, String afterEid, String note, String origin) {
    }

    long insert(Draft d, String enteredBy, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reg_effect (affected_document_id, affected_eid, affecting_document_id, affecting_eid,
                  effect_type, effective_on, ends_on, new_text, new_num, new_kind, parent_eid, after_eid, note, origin,
                  state, entered_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUGGESTED', ?, ?)""")
                .params(d.affectedDocumentId(), d.affectedEid(), d.affectingDocumentId(), d.affectingEid(),
                        d.type().name(), d.effectiveOn(), d.endsOn(), d.newText(), d.number(),
                        d.kind() == null ? null : d.kind().name(), d.parentEid(), d.afterEid(), d.note(), d.origin(),
                        enteredBy, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether the same effect is already on file and not rejected (suggesting twice adds nothing). */
    boolean exists(Draft d) {
        return jdbc.sql("""
                select count(*) from reg_effect where affected_document_id = ? and coalesce(affected_eid, '') = ?
                  and coalesce(affecting_document_id, '') = ? and effect_type = ? and effective_on = ?
                  and state <> 'REJECTED'""")
                .params(d.affectedDocumentId(), d.affectedEid() == null ? "" : d.affectedEid(),
                        d.affectingDocumentId() == null ? "" : d.affectingDocumentId(), d.type().name(),
                        d.effectiveOn())
                .query(Long.class).single() > 0;
    }

    /** Moves a SUGGESTED effect to {@code state}; false when it was no longer SUGGESTED (reviewed concurrently). */
    boolean review(long id, String state, String reviewer, String note, Instant at) {
        return jdbc.sql("""
                update reg_effect set state = ?, reviewed_by = ?, reviewed_at = ?, review_note = ?
                where id = ? and state = 'SUGGESTED'""")
                .params(state, reviewer, Timestamp.from(at), note, id).update() == 1;
    }

    /** Withdraws a CONFIRMED effect (it stops counting); false when it was no longer confirmed. */
    boolean withdraw(long id, String by, String note, Instant at) {
        return jdbc.sql("""
                update reg_effect set state = 'REJECTED', reviewed_by = ?, reviewed_at = ?, review_note = ?
                where id = ? and state = 'CONFIRMED'""").params(by, Timestamp.from(at), note, id).update() == 1;
    }

    /** Claims the announcement of a confirmed effect: true for exactly one caller across nodes. */
    boolean claimAnnouncement(long id, Instant at) {
        return jdbc.sql("""
                update reg_effect set announced_at = ? where id = ? and state = 'CONFIRMED' and announced_at is null""")
                .params(Timestamp.from(at), id).update() == 1;
    }

    List<Long> unannouncedDue(LocalDate today) {
        return jdbc.sql("""
                select id from reg_effect where state = 'CONFIRMED' and announced_at is null and effective_on <= ?
                order by effective_on, id""").param(today).query(Long.class).list();
    }

    Optional<Effect> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from reg_effect where id = ?").param(id).query(EffectStore::effect)
                .optional();
    }

    List<Effect> affecting(String documentId) {
        return jdbc.sql("select " + COLUMNS + " from reg_effect where affected_document_id = ? order by effective_on, id")
                .param(documentId).query(EffectStore::effect).list();
    }

    List<Effect> suggested() {
        return jdbc.sql("select " + COLUMNS + " from reg_effect where state = 'SUGGESTED' order by entered_at, id")
                .query(EffectStore::effect).list();
    }

    static List<Fact> confirmedFacts(JdbcClient jdbc, String documentId) {
        return jdbc.sql("""
                select id, affected_eid, effect_type, effective_on, ends_on, new_text, new_num, new_kind, parent_eid,
                  after_eid from reg_effect where affected_document_id = ? and state = 'CONFIRMED'
                order by effective_on, id""").param(documentId)
                .query((rs, n) -> new Fact(rs.getLong(1), rs.getString(2), EffectType.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getString(6),
                        rs.getString(7), rs.getString(8) == null ? null : Derivations.kind(rs.getString(8)),
                        rs.getString(9), rs.getString(10)))
                .list();
    }

    private static Effect effect(ResultSet rs, int n) throws SQLException {
        return new Effect(rs.getLong("id"), rs.getString("affected_document_id"), rs.getString("affected_eid"),
                rs.getString("affecting_document_id"), rs.getString("affecting_eid"),
                EffectType.valueOf(rs.getString("effect_type")), rs.getObject("effective_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("new_text"), rs.getString("new_num"),
                rs.getString("parent_eid"), rs.getString("after_eid"), rs.getString("note"), rs.getString("origin"),
                rs.getString("state"), rs.getString("entered_by"), instant(rs, "entered_at"), rs.getString("reviewed_by"),
                instant(rs, "reviewed_at"), rs.getString("review_note"), instant(rs, "announced_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

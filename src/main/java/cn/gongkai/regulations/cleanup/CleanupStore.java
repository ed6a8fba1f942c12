package cn.gongkai.regulations.cleanup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.gongkai.regulations.cleanup.Cleanup.Decided;
import cn.gongkai.regulations.cleanup.Cleanup.Decision;
import cn.gongkai.regulations.cleanup.Cleanup.InScope;

/** The tables of cleanup campaigns (V10_40) and the reads of the library they need. */
@Repository
class CleanupStore {

    private static final String COLUMNS = """
            id, organ_id, title, scope_types, scope_owner_organ_id, scope_issued_after, scope_issued_before,
            effective_on, announcement_document_id, created_by, created_at, approved_by, approved_at, published_by,
            published_at, applied_by, applied_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CleanupStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(long organId, String title, List<String> types, Long ownerOrganId, LocalDate after, LocalDate before,
            LocalDate effectiveOn, String announcement, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reg_cleanup (organ_id, title, scope_types, scope_owner_organ_id, scope_issued_after,
                  scope_issued_before, effective_on, announcement_document_id, state, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?)""")
                .params(organId, title, String.join(",", types), ownerOrganId, after, before, effectiveOn,
                        announcement, by, now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Cleanup> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from reg_cleanup where id = ?").param(id).query(this::row).optional();
    }

    /** Locks the campaign (approve, publish and apply of one campaign wait for each other, on every node). */
    Optional<Cleanup> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from reg_cleanup where id = ? for update").param(id).query(this::row)
                .optional();
    }

    List<Cleanup> ofOrgan(long organId) {
        return jdbc.sql("select " + COLUMNS + " from reg_cleanup where organ_id = ? order by id desc").param(organId)
                .query(this::row).list();
    }

    List<Cleanup> published() {
        return jdbc.sql("select " + COLUMNS + " from reg_cleanup where published_at is not null order by published_at desc")
                .query(this::row).list();
    }

    /** The published library documents the scope covers (the announcement itself excluded), oldest first. */
    List<InScope> inScope(Cleanup c) {
        StringBuilder sql = new StringBuilder("""
                select id, title, document_number, issued_on, doc_type from reg_document where state = 'PUBLISHED'""");
        List<Object> params = new ArrayList<>();
        if (!c.scopeTypes().isEmpty()) {
            sql.append(" and doc_type in (").append(String.join(",", c.scopeTypes().stream().map(t -> "?").toList()))
                    .append(")");
            params.addAll(c.scopeTypes());
        }
        if (c.scopeOwnerOrganId() != null) {
            sql.append(" and owner_organ_id = ?");
            params.add(c.scopeOwnerOrganId());
        }
        if (c.scopeIssuedAfter() != null) {
            sql.append(" and issued_on > ?");
            params.add(c.scopeIssuedAfter());
        }
        if (c.scopeIssuedBefore() != null) {
            sql.append(" and issued_on < ?");
            params.add(c.scopeIssuedBefore());
        }
        if (c.announcementDocumentId() != null) {
            sql.append(" and id <> ?");
            params.add(c.announcementDocumentId());
        }
        sql.append(" order by issued_on, id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new InScope(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    List<Decided> decisions(long cleanupId) {
        return jdbc.sql("""
                select document_id, eid, decision, new_text, basis, decided_by, decided_at, effect_id
                from reg_cleanup_decision where cleanup_id = ? order by document_id, eid""").param(cleanupId)
                .query((rs, n) -> new Decided(rs.getString(1), rs.getString(2), Decision.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7)),
                        rs.getObject(8, Long.class)))
                .list();
    }

    /** Records or replaces the decision for (document, eId). */
    void decide(long cleanupId, String documentId, String eid, Decision decision, String newText, String basis,
            String by) {
        jdbc.sql("delete from reg_cleanup_decision where cleanup_id = ? and document_id = ? and eid = ?")
                .params(cleanupId, documentId, eid).update();
        jdbc.sql("""
                insert into reg_cleanup_decision (cleanup_id, document_id, eid, decision, new_text, basis, decided_by,
                  decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cleanupId, documentId, eid, decision.name(), newText, basis, by, now()).update();
    }

    void approve(long id, String by) {
        jdbc.sql("update reg_cleanup set state = 'APPROVED', approved_by = ?, approved_at = ? where id = ?")
                .params(by, now(), id).update();
    }

    void publish(long id, String by) {
        jdbc.sql("update reg_cleanup set published_by = ?, published_at = ? where id = ?").params(by, now(), id)
                .update();
    }

    void applied(long id, String by) {
        jdbc.sql("update reg_cleanup set state = 'APPLIED', applied_by = ?, applied_at = ? where id = ?")
                .params(by, now(), id).update();
    }

    /** Writes one CONFIRMED effect of origin CLEANUP and links it to its decision; returns its id. */
    long writeEffect(Cleanup c, Decided d, String type, String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reg_effect (affected_document_id, affected_eid, affecting_document_id, effect_type,
                  effective_on, new_text, note, origin, state, entered_by, entered_at, reviewed_by, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?, 'CLEANUP', 'CONFIRMED', ?, ?, ?, ?)""")
                .params(d.documentId(), d.wholeDocument() ? null : d.eId(), c.announcementDocumentId(), type,
                        c.effectiveOn(), d.newText(), d.basis(), by, now(), c.approvedBy(),
                        Timestamp.from(c.approvedAt()))
                .update(key, "id");
        long effect = key.getKey().longValue();
        jdbc.sql("update reg_cleanup_decision set effect_id = ? where cleanup_id = ? and document_id = ? and eid = ?")
                .params(effect, c.id(), d.documentId(), d.eId()).update();
        return effect;
    }

    boolean documentExists(String id) {
        return jdbc.sql("select count(*) from reg_document where id = ?").param(id).query(Integer.class).single() > 0;
    }

    boolean provisionExists(String doc, String eid) {
        return jdbc.sql("select count(*) from reg_provision where document_id = ? and eid = ?").params(doc, eid)
                .query(Integer.class).single() > 0;
    }

    /** 第三条第二款: the numbers from the article down (chapters left out). */
    String number(String doc, String eid) {
        StringBuilder out = new StringBuilder();
        String current = eid;
        while (current != null) {
            String c = current;
            Optional<String[]> row = jdbc.sql("select kind, num, parent_eid from reg_provision where document_id = ? and eid = ?")
                    .params(doc, c).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
                    .optional();
            if (row.isEmpty() || Arrays.asList("CHAPTER", "SECTION", "BOOK").contains(row.get()[0])) {
                break;
            }
            out.insert(0, row.get()[1]);
            current = row.get()[2];
        }
        return out.length() == 0 ? eid : out.toString();
    }

    Optional<String[]> document(String id) {
        return jdbc.sql("select title, document_number from reg_document where id = ?").param(id)
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).optional();
    }

    private Cleanup row(ResultSet rs, int n) throws SQLException {
        String types = rs.getString(4);
        return new Cleanup(rs.getLong(1), rs.getLong(2), rs.getString(3),
                types == null || types.isEmpty() ? List.of() : List.of(types.split(",")),
                rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getString(10), instant(rs.getTimestamp(11)),
                rs.getString(12), instant(rs.getTimestamp(13)), rs.getString(14), instant(rs.getTimestamp(15)),
                rs.getString(16), instant(rs.getTimestamp(17)));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

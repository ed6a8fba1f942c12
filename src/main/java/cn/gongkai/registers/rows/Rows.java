package cn.gongkai.registers.rows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.gongkai.registers.RowState;
import cn.gongkai.registers.types.RedactedRow;

/** The row tables of V11_1 (register_row, register_row_version, register_redaction). */
@Repository
class Rows {

    static final String COLUMNS = """
            id, register_code, organ_id, state, version, batch_id, values_json, public_json, trigger_on,
            visible_until, created_at, created_by, published_at, published_by, updated_at, expired_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Rows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** For set-based and streamed work (an import's commit). */
    JdbcTemplate template() {
        return template;
    }

    long insert(String code, long organId, RowState state, String valuesJson, RedactedRow red, LocalDate triggerOn,
            LocalDate visibleUntil, String sortKey, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(at);
        jdbc.sql("""
                insert into register_row (register_code, organ_id, state, version, values_json, public_json,
                  search_text, query_credit, query_name, trigger_on, visible_until, sort_key, created_at, created_by,
                  published_at, published_by, updated_at)
                values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, organId, state.name(), valuesJson, RowJsonText.write(red.publicValues()),
                        search(red.searchText()), red.queryCredit(), red.queryName(), triggerOn, visibleUntil, sortKey, now,
                        by, state == RowState.PUBLISHED ? now : null, state == RowState.PUBLISHED ? by : null, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** A correction: the new values, masks and days, the version bumped. */
    void correct(long id, int version, String valuesJson, RedactedRow red, LocalDate triggerOn,
            LocalDate visibleUntil, String sortKey, Instant at) {
        jdbc.sql("""
                update register_row set version = ?, values_json = ?, public_json = ?, search_text = ?,
                  query_credit = ?, query_name = ?, trigger_on = ?, visible_until = ?, sort_key = ?, updated_at = ?,
                  expired_at = null
                where id = ?""")
                .params(version, valuesJson, RowJsonText.write(red.publicValues()), search(red.searchText()),
                        red.queryCredit(), red.queryName(), triggerOn, visibleUntil, sortKey, Timestamp.from(at), id)
                .update();
    }

    void state(long id, int version, RowState state, Instant at) {
        jdbc.sql("update register_row set state = ?, version = ?, updated_at = ? where id = ?")
                .params(state.name(), version, Timestamp.from(at), id).update();
    }

    void published(long id, int version, String by, Instant at) {
        jdbc.sql("""
                update register_row set state = 'PUBLISHED', version = ?, published_at = ?, published_by = ?,
                  updated_at = ? where id = ?""").params(version, Timestamp.from(at), by, Timestamp.from(at), id)
                .update();
    }

    void version(long rowId, int version, RowVersion.Kind kind, String valuesJson, String publicJson, String reason,
            String actor, Instant at) {
        jdbc.sql("""
                insert into register_row_version (row_id, version, kind, values_json, public_json, reason, actor, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rowId, version, kind.name(), valuesJson, publicJson, reason, actor, Timestamp.from(at))
                .update();
    }

    void redactions(long rowId, int version, List<RedactedRow.AppliedMask> masks, String actor, Instant at) {
        for (RedactedRow.AppliedMask m : masks) {
            jdbc.sql("""
                    insert into register_redaction (row_id, version, field, mask_rule, actor, at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(rowId, version, m.field(), m.rule().name(), actor, Timestamp.from(at)).update();
        }
    }

    /** A row for public readers: values_json is not even read (its {@code values()} are empty). */
    Optional<RegisterRow> findPublic(long id) {
        return jdbc.sql("select " + COLUMNS.replace("values_json", "'{}' as values_json") + " from register_row where id = ?")
                .param(id).query(Rows::row).optional();
    }

    Optional<RegisterRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from register_row where id = ?").param(id).query(Rows::row).optional();
    }

    /** The row locked for this transaction (concurrent acts on one row wait for each other). */
    Optional<RegisterRow> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from register_row where id = ? for update").param(id)
                .query(Rows::row).optional();
    }

    List<RowVersion> versions(long rowId) {
        return versions(rowId, "values_json");
    }

    /** The versions without the entered values (public readers). */
    List<RowVersion> publicVersions(long rowId) {
        return versions(rowId, "'{}'");
    }

    private List<RowVersion> versions(long rowId, String valuesColumn) {
        return jdbc.sql("select row_id, version, kind, " + valuesColumn + """
                , public_json, reason, actor, at from register_row_version
                where row_id = ? order by version""").param(rowId)
                .query((rs, n) -> new RowVersion(rs.getLong(1), rs.getInt(2), RowVersion.Kind.valueOf(rs.getString(3)),
                        RowJsonText.read(rs.getString(4)), RowJsonText.read(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** [field, mask_rule, actor, version] of every redaction of a row, oldest first. */
    List<String[]> redactionsOf(long rowId) {
        return jdbc.sql("select field, mask_rule, actor, version from register_redaction where row_id = ? order by id")
                .param(rowId).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getInt(4)) })
                .list();
    }

    static RegisterRow row(ResultSet rs, int n) throws SQLException {
        return new RegisterRow(rs.getLong("id"), rs.getString("register_code"), rs.getLong("organ_id"),
                RowState.valueOf(rs.getString("state")), rs.getInt("version"), (Long) rs.getObject("batch_id", Long.class),
                RowJsonText.read(rs.getString("values_json")), RowJsonText.read(rs.getString("public_json")),
                rs.getObject("trigger_on", LocalDate.class), rs.getObject("visible_until", LocalDate.class),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"), instant(rs.getTimestamp("published_at")),
                rs.getString("published_by"), instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("expired_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String search(String text) {
        return text == null ? null : text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}

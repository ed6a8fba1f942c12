package cn.gongkai.registers.opendata;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.registers.types.MaskSettings;

/**
 * Reads the public rows of registers straight from {@code register_row}: only PUBLISHED rows within
 * their visibility ({@code visible_until} not passed), only {@code public_json}. A download streams
 * them through a cursor (fetch size, read-only transaction: PostgreSQL only honours a fetch size
 * outside auto-commit), so no list of rows is ever held in memory.
 */
@Component
class PublicRows {

    /** Rows fetched per round trip while streaming. */
    static final int FETCH_SIZE = 500;
    /** As the public list has it (rows.RowQueries): published, not taken off by the expiry job, not past its last day. */
    private static final String VISIBLE = "r.state = 'PUBLISHED' and r.expired_at is null "
            + "and (r.visible_until is null or r.visible_until >= ?)";

    private final JdbcTemplate streaming;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final MaskSettings masks;

    PublicRows(DataSource dataSource, PlatformTransactionManager transactions, Clock clock, MaskSettings masks) {
        this.masks = masks;
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Calls {@code sink} for every public row of the register, oldest publication first. */
    void each(String registerCode, Consumer<PublicRow> sink) {
        LocalDate today = today();
        readOnly.executeWithoutResult(s -> streaming.query("select r.id, o.name, r.public_json, r.published_at, r.version "
                + "from register_row r join organ o on o.id = r.organ_id where r.register_code = ? and " + VISIBLE
                + " order by r.published_at, r.id", rs -> {
                    sink.accept(new PublicRow(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                            rs.getInt(5)));
                }, registerCode, today));
    }

    /** Per register code: how many rows are public and the last instant one of them was published or changed. */
    Map<String, Summary> summaries() {
        Map<String, Summary> out = new HashMap<>();
        jdbc.query("select r.register_code, count(*), max(r.updated_at) from register_row r where " + VISIBLE
                + " group by r.register_code", rs -> {
                    out.put(rs.getString(1), new Summary(rs.getLong(2), instant(rs, 3)));
                }, today());
        // a retraction or an expiry is a change of the dataset too, though the row is no longer in it
        jdbc.query("select r.register_code, max(r.updated_at) from register_row r where r.published_at is not null "
                + "and r.state in ('PUBLISHED', 'RETRACTED') group by r.register_code", rs -> {
                    Instant at = instant(rs, 2);
                    out.merge(rs.getString(1), new Summary(0, at), (a, b) -> new Summary(a.rows(),
                            a.lastChange() == null || (at != null && at.isAfter(a.lastChange())) ? at : a.lastChange()));
                });
        return out;
    }

    /**
     * The newest public changes (a row published, corrected or retracted), of one register or of
     * all when {@code registerCode} is null. A row's publication is its first public version; a
     * correction or retraction counts only after it (a draft's own edits were never public). Rows
     * past their visibility are left out with everything they said.
     */
    List<Change> changes(String registerCode, int limit) {
        LocalDate today = today();
        String ofRegister = registerCode == null ? "" : " and r.register_code = ?";
        Object[] args = registerCode == null ? new Object[] { today, today } : new Object[] { today, registerCode, today,
                registerCode };
        String notExpired = "r.expired_at is null and (r.visible_until is null or r.visible_until >= ?)";
        return jdbc.query("select * from ("
                + "select r.register_code, r.id, 0 as version, 'PUBLISHED' as kind, r.published_at as at, "
                + "r.public_json, cast(null as varchar(1000)) as reason, o.name as organ "
                + "from register_row r join organ o on o.id = r.organ_id "
                + "where r.published_at is not null and r.state in ('PUBLISHED', 'RETRACTED') and " + notExpired + ofRegister
                + " union all "
                + "select r.register_code, r.id, v.version, v.kind, v.at, v.public_json, v.reason, o.name "
                + "from register_row_version v join register_row r on r.id = v.row_id join organ o on o.id = r.organ_id "
                + "where v.kind in ('CORRECTED', 'RETRACTED') and r.published_at is not null and v.at > r.published_at "
                + "and r.state in ('PUBLISHED', 'RETRACTED') and " + notExpired + ofRegister
                + ") c order by c.at desc, c.id desc, c.version desc fetch first " + Math.max(1, limit) + " rows only",
                (rs, n) -> new Change(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getString(4), instant(rs, 5),
                        rs.getString(6), rs.getString(7), rs.getString(8)), args);
    }

    /**
     * A short digest of everything a download of the register depends on: the public rows' count
     * and last change (a retraction or correction changes {@code updated_at}), today (expiries),
     * and the mask settings (which columns exist). Equal digests mean equal files.
     */
    String stateTag(String registerCode) {
        LocalDate today = today();
        StringBuilder s = new StringBuilder(registerCode).append('|').append(today);
        jdbc.query("select count(case when " + VISIBLE.replace("?", "cast(? as date)") + " then 1 end), max(r.updated_at), "
                + "max(r.id) from register_row r where r.register_code = ? and r.published_at is not null", rs -> {
                    s.append('|').append(rs.getLong(1)).append('|').append(instant(rs, 2)).append('|').append(rs.getLong(3));
                }, today, registerCode);
        new java.util.TreeMap<>(maskSettings(registerCode)).forEach((k, v) -> s.append('|').append(k).append('=').append(v));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The operator's mask choices of a register (field code → rule name), read per request: several nodes may change them. */
    Map<String, String> maskSettings(String registerCode) {
        Map<String, String> out = new HashMap<>();
        masks.overrides(registerCode).forEach((field, rule) -> out.put(field, rule.name()));
        return out;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** How many rows a register has public and when it last changed (null: never). */
    record Summary(long rows, Instant lastChange) {
    }

    /**
     * One public change. {@code version} 0 stands for the publication itself (its values are the
     * row's current public ones); {@code kind} PUBLISHED, CORRECTED or RETRACTED.
     */
    record Change(String registerCode, long rowId, int version, String kind, Instant at, String publicJson,
            String reason, String organ) {
    }
}

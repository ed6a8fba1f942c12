package cn.gongkai.registers.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code register_import} rows (progress and report) and the STAGED rows an import writes
 * into {@code register_row}. Joins the caller's transaction; {@link RegisterImports} decides the
 * transaction of each step.
 */
@Repository
class RegisterImportStore {

    static final String COLUMNS = "id, register_code, organ_id, filename, file_format, encoding, mode, publish, state, "
            + "lines_read, imported, rejected_count, report_json, started_by, started_at, finished_at, heartbeat_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RegisterImportStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** An import as stored. {@code reportJson} holds the first 1,000 refusals. */
    record Stored(long id, String registerCode, long organId, String filename, String format, String encoding,
            String mode, boolean publish, String state, int linesRead, int imported, int rejectedCount,
            String reportJson, String startedBy, Instant startedAt, Instant finishedAt, Instant heartbeatAt) {
    }

    long start(String code, long organId, String filename, String format, String encoding, String mode,
            boolean publish, String by, Instant at) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into register_import (register_code, organ_id, filename, file_format, encoding, mode, publish,
                  state, lines_read, imported, rejected_count, started_by, started_at, heartbeat_at)
                values (:code, :organ, :file, :format, :encoding, :mode, :publish, 'RUNNING', 0, 0, 0, :by, :at, :at)""")
                .param("code", code).param("organ", organId).param("file", limit(filename, 300)).param("format", format)
                .param("encoding", encoding).param("mode", mode).param("publish", publish).param("by", by)
                .param("at", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Progress of a RUNNING import; false when it is no longer RUNNING (aborted meanwhile). */
    boolean progress(long id, int linesRead, int rejected, Instant at) {
        return jdbc.sql("""
                update register_import set lines_read = :lines, rejected_count = :rejected, heartbeat_at = :at
                where id = :id and state = 'RUNNING'""").param("lines", linesRead).param("rejected", rejected)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    /** Ends a RUNNING import; false when it is no longer RUNNING. */
    boolean finish(long id, String state, int linesRead, int imported, int rejected, String reportJson, Instant at) {
        return jdbc.sql("""
                update register_import set state = :state, lines_read = :lines, imported = :imported,
                  rejected_count = :rejected, report_json = :report, finished_at = :at, heartbeat_at = :at
                where id = :id and state = 'RUNNING'""").param("state", state).param("lines", linesRead)
                .param("imported", imported).param("rejected", rejected).param("report", reportJson)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    void stage(String code, long organId, long batchId, List<StagedRow> rows, String by, Instant at) {
        Timestamp ts = Timestamp.from(at);
        List<Object[]> args = new ArrayList<>(rows.size());
        for (StagedRow r : rows) {
            args.add(new Object[] { code, organId, batchId, r.line(), r.valuesJson(), r.publicJson(),
                    limit(r.searchText(), 4000), r.queryCredit(), limit(r.queryName(), 300), ts, by, ts });
        }
        batch.batchUpdate("""
                insert into register_row (register_code, organ_id, state, version, batch_id, line_no, values_json,
                  public_json, search_text, query_credit, query_name, created_at, created_by, updated_at)
                values (?, ?, 'STAGED', 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", args);
    }

    /** Deletes an import's STAGED rows (they never had versions, redactions or duties). */
    int deleteStaged(long batchId) {
        return jdbc.sql("delete from register_row where batch_id = ? and state = 'STAGED'").param(batchId).update();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from register_import where id = ?").param(id).query(this::row).optional();
    }

    /** Locks a RUNNING import's row for the final step: the recovery sweep then waits or finds it ended. */
    boolean lockRunning(long id) {
        return jdbc.sql("select id from register_import where id = ? and state = 'RUNNING' for update").param(id)
                .query(Long.class).optional().isPresent();
    }

    List<Long> staleRunning(Instant heartbeatBefore) {
        return jdbc.sql("select id from register_import where state = 'RUNNING' and heartbeat_at < ?")
                .param(Timestamp.from(heartbeatBefore)).query(Long.class).list();
    }

    /** Marks one stale import ABORTED; true only for the one caller (of all nodes) that did it. */
    boolean abort(long id, Instant heartbeatBefore, Instant at) {
        return jdbc.sql("""
                update register_import set state = 'ABORTED', finished_at = :at
                where id = :id and state = 'RUNNING' and heartbeat_at < :before""").param("at", Timestamp.from(at))
                .param("id", id).param("before", Timestamp.from(heartbeatBefore)).update() == 1;
    }

    List<Stored> recent(String code, List<Long> organIds, int limit) {
        if (organIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from register_import where register_code = :code and organ_id in (:organs) "
                + "order by id desc fetch first " + limit + " rows only").param("code", code).param("organs", organIds)
                .query(this::row).list();
    }

    private Stored row(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("register_code"), rs.getLong("organ_id"), rs.getString("filename"),
                rs.getString("file_format"), rs.getString("encoding"), rs.getString("mode"), rs.getBoolean("publish"),
                rs.getString("state"), rs.getInt("lines_read"), rs.getInt("imported"), rs.getInt("rejected_count"),
                rs.getString("report_json"), rs.getString("started_by"), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), instant(rs.getTimestamp("heartbeat_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

package cn.gongkai.registers.rows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.RowState;
import cn.gongkai.registers.types.RedactedRow;
import cn.gongkai.registers.types.Redactor;

/**
 * The commit of one import's STAGED rows, set-based where it can be (state and version 1 for the
 * whole batch in two statements) and streamed where each row needs its own work (its redaction
 * records, its trigger and visibility days): 100,000 rows never sit in memory, only the ids and
 * days of rows that raise a duty.
 */
final class BatchCommit {

    private static final int CHUNK = 1000;

    record Entered(long rowId, LocalDate triggerOn) {
    }

    record Result(int count, List<Entered> entered) {
    }

    private final JdbcTemplate jdbc;
    /** The masks of this register read once for the whole batch (the settings are one query, not one per row). */
    private final Redactor.Plan masks;
    private final RowDays days;
    private final RegisterType type;
    private final long batchId;
    private final String actor;
    private final Timestamp now;
    private final List<Object[]> redactions = new ArrayList<>();
    private final List<Object[]> dayUpdates = new ArrayList<>();
    private final List<Entered> entered = new ArrayList<>();
    private final List<Object[]> remasked = new ArrayList<>();

    BatchCommit(JdbcTemplate jdbc, Redactor redactor, RowDays days, RegisterType type, long batchId, String actor,
            Instant now) {
        this.jdbc = jdbc;
        this.masks = redactor.plan(type);
        this.days = days;
        this.type = type;
        this.batchId = batchId;
        this.actor = actor;
        this.now = Timestamp.from(now);
    }

    Result run(boolean publish) {
        boolean needsDays = type.duty() != null || type.visibility() != null;
        jdbc.query(con -> {
            var ps = con.prepareStatement("select id, values_json, public_json from register_row where batch_id = ?"
                    + " and state = 'STAGED'"
                    + " and register_code = ? order by id");
            ps.setFetchSize(CHUNK);
            ps.setLong(1, batchId);
            ps.setString(2, type.code());
            return ps;
        }, (RowCallbackHandler) rs -> row(rs.getLong(1), RowJsonText.read(rs.getString(2)), rs.getString(3), needsDays));
        flush();
        RowState state = publish ? RowState.PUBLISHED : RowState.DRAFT;
        jdbc.update("""
                insert into register_row_version (row_id, version, kind, values_json, public_json, reason, actor, at)
                select id, 1, 'CREATED', values_json, public_json, null, ?, ? from register_row
                where batch_id = ? and state = 'STAGED' and register_code = ?""", actor, now, batchId, type.code());
        int count = jdbc.update("""
                update register_row set state = ?, version = 1, published_at = ?, published_by = ?, updated_at = ?
                where batch_id = ? and state = 'STAGED' and register_code = ?""", state.name(), publish ? now : null,
                publish ? actor : null, now, batchId, type.code());
        return new Result(count, entered);
    }

    private void row(long id, Map<String, String> values, String stagedPublicJson, boolean needsDays) {
        RedactedRow red = masks.redact(values);
        if (!red.publicValues().equals(RowJsonText.read(stagedPublicJson))) {
            String publicJson = RowJsonText.write(red.publicValues());
            // the masks changed while the import ran: the public gets the values under today's masks
            remasked.add(new Object[] { publicJson, cut(red.searchText(), 4000), red.queryCredit(),
                    cut(red.queryName(), 300), id });
        }
        for (RedactedRow.AppliedMask m : red.masks()) {
            redactions.add(new Object[] { id, 1, m.field(), m.rule().name(), actor, now });
        }
        if (needsDays || type.sort() != null) {
            LocalDate trigger = days.triggerOn(type, values);
            LocalDate until = days.visibleUntil(type, values);
            dayUpdates.add(new Object[] { trigger, until, RowDays.sortKey(type, values), id });
            if (type.duty() != null && trigger != null) {
                entered.add(new Entered(id, trigger));
            }
        }
        if (redactions.size() >= CHUNK || dayUpdates.size() >= CHUNK || remasked.size() >= CHUNK) {
            flush();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private void flush() {
        if (!remasked.isEmpty()) {
            jdbc.batchUpdate("update register_row set public_json = ?, search_text = ?, query_credit = ?, query_name = ?"
                    + " where id = ?", remasked);
            remasked.clear();
        }
        if (!redactions.isEmpty()) {
            jdbc.batchUpdate("insert into register_redaction (row_id, version, field, mask_rule, actor, at)"
                    + " values (?, ?, ?, ?, ?, ?)", redactions);
            redactions.clear();
        }
        if (!dayUpdates.isEmpty()) {
            jdbc.batchUpdate("update register_row set trigger_on = ?, visible_until = ?, sort_key = ? where id = ?", dayUpdates);
            dayUpdates.clear();
        }
    }
}

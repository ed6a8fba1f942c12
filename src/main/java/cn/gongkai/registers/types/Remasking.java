package cn.gongkai.registers.types;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.types.RedactedRow.AppliedMask;
import tools.jackson.core.type.TypeReference;

/**
 * Masks a register's existing rows again after a mask setting changed (重新脱敏), in the caller's
 * transaction: each row's public_json, search text and query fields, and the public_json of every
 * version of it (the public history shows old versions; privacy outranks "versions are never
 * updated"), with a redaction record per version and changed field that is now masked. Rows of
 * every state, STAGED ones included, so an import in progress commits rows masked as now set.
 */
@Component
class Remasking {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Remasking(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the organs whose rows were masked again (for RegisterChanged), and the number of rows */
    Result remask(RegisterType type, Redactor.Plan plan, Set<String> changedFields, String actor) {
        Timestamp at = Timestamp.from(Instant.now(clock));
        Set<Long> organs = new TreeSet<>();
        long after = 0;
        int rows = 0;
        while (true) {
            List<Object[]> page = jdbc.query("select id, organ_id, values_json from register_row where register_code = ? "
                    + "and id > ? order by id fetch first " + PAGE + " rows only",
                    (rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) }, type.code(), after);
            if (page.isEmpty()) {
                return new Result(rows, organs);
            }
            List<Object[]> rowUpdates = new ArrayList<>();
            List<Object[]> versionUpdates = new ArrayList<>();
            List<Object[]> redactions = new ArrayList<>();
            long from = after;
            for (Object[] r : page) {
                long id = (Long) r[0];
                organs.add((Long) r[1]);
                RedactedRow current = plan.redact(values((String) r[2]));
                rowUpdates.add(new Object[] { json(current.publicValues()), current.searchText(), current.queryCredit(),
                        current.queryName(), id });
                after = id;
            }
            // every version of the page's rows in one query, not one per row
            jdbc.query("select v.row_id, v.version, v.values_json from register_row_version v join register_row r"
                    + " on r.id = v.row_id where r.register_code = ? and v.row_id > ? and v.row_id <= ?", rs -> {
                        long id = rs.getLong(1);
                        int version = rs.getInt(2);
                        RedactedRow v = plan.redact(values(rs.getString(3)));
                        versionUpdates.add(new Object[] { json(v.publicValues()), id, version });
                        for (AppliedMask mask : v.masks()) {
                            if (changedFields.contains(mask.field())) {
                                redactions.add(new Object[] { id, version, mask.field(), mask.rule().name(), actor, at });
                            }
                        }
                    }, type.code(), from, after);
            jdbc.batchUpdate("update register_row set public_json = ?, search_text = ?, query_credit = ?, query_name = ? "
                    + "where id = ?", rowUpdates);
            jdbc.batchUpdate("update register_row_version set public_json = ? where row_id = ? and version = ?",
                    versionUpdates);
            jdbc.batchUpdate("insert into register_redaction (row_id, version, field, mask_rule, actor, at) "
                    + "values (?, ?, ?, ?, ?, ?)", redactions);
            rows += page.size();
        }
    }

    private static Map<String, String> values(String json) {
        return json == null || json.isBlank() ? Map.of() : FieldValues.JSON.readValue(json, MAP);
    }

    private static String json(Map<String, String> values) {
        return FieldValues.JSON.writeValueAsString(values);
    }

    record Result(int rows, Set<Long> organs) {
    }
}

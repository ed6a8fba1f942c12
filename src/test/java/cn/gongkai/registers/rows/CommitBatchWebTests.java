package cn.gongkai.registers.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.obligations.Obligations;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.types.FieldChecks;
import cn.gongkai.registers.types.RedactedRow;
import cn.gongkai.registers.types.Redactor;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * The import's last step: STAGED rows written by an import become PUBLISHED (or DRAFT) in the
 * caller's transaction, each with its version, redaction records and duty; a rolled-back commit
 * leaves them STAGED and invisible.
 */
@WebTest
class CommitBatchWebTests {

    @LocalServerPort
    int port;
    @Autowired
    RowStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    RegisterCatalog catalog;
    @Autowired
    FieldChecks checks;
    @Autowired
    Redactor redactor;
    @Autowired
    Obligations obligations;
    @Autowired
    Clock clock;

    private static long batches = 770_000;

    /** Writes one STAGED row the way the import does: checked, masked, batch_id set. */
    private void stage(long batchId, int line, Map<String, String> raw) {
        RegisterType type = catalog.required("licensing-decisions");
        var checked = checks.check(type, raw, java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(checked.problems()).isEmpty();
        RedactedRow red = redactor.redact(type, checked.values());
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into register_row (register_code, organ_id, state, version, batch_id, line_no, values_json,
                  public_json, search_text, query_credit, query_name, created_at, created_by, updated_at)
                values ('licensing-decisions', 26, 'STAGED', 0, ?, ?, ?, ?, ?, ?, ?, ?, 'gd-publisher', ?)""")
                .params(batchId, line, RowJsonText.write(checked.values()), RowJsonText.write(red.publicValues()),
                        red.searchText(), red.queryCredit(), red.queryName(), now, now)
                .update();
    }

    private long batch(int rows, String prefix) {
        long batchId = ++batches;
        for (int i = 1; i <= rows; i++) {
            stage(batchId, i + 1, RowFixture.licence(prefix + i + "号", "2026-09-29", "guangdong"));
        }
        return batchId;
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void stagedRowsBecomePublishedWithVersionsRedactionsAndMetDuties() {
        long batchId = batch(3, "粤税许准字〔2026〕批A");
        ApiClient anonymous = new ApiClient(port);
        assertThat(anonymous.get("/api/v1/public/registers/licensing-decisions/rows?q=" + enc("批A")).json()
                .get("total").asInt()).isZero();

        Integer n = tx.execute(s -> store.commitBatch("licensing-decisions", 26, batchId, true, "gd-publisher"));

        assertThat(n).isEqualTo(3);
        assertThat(count("select count(*) from register_row where batch_id = ? and state = 'PUBLISHED' and version = 1",
                batchId)).isEqualTo(3);
        assertThat(count("""
                select count(*) from register_row_version v join register_row r on r.id = v.row_id
                where r.batch_id = ? and v.version = 1 and v.kind = 'CREATED'""", batchId)).isEqualTo(3);
        // each row's natural-person name and ID number are recorded as masked
        assertThat(count("""
                select count(*) from register_redaction d join register_row r on r.id = d.row_id
                where r.batch_id = ? and d.field in ('counterpart', 'idNumber')""", batchId)).isEqualTo(6);
        var ids = jdbc.sql("select id from register_row where batch_id = ?").param(batchId).query(Long.class).list();
        for (long id : ids) {
            var duty = obligations.find("measures-2-2-licence-decision", RowDuties.subject("licensing-decisions", id))
                    .orElseThrow();
            assertThat(duty.lastDay()).isEqualTo(java.time.LocalDate.of(2026, 10, 14));
            assertThat(duty.state().isOpen()).isFalse();
        }
        assertThat(count("select count(*) from register_row where batch_id = ? and trigger_on = DATE '2026-09-29'",
                batchId)).isEqualTo(3);
        assertThat(anonymous.get("/api/v1/public/registers/licensing-decisions/rows?q=" + enc("批A")).json()
                .get("total").asInt()).isEqualTo(3);
    }

    @Test
    void rowsStagedUnderMasksThatChangedSinceAreMaskedAgainAtTheCommit() {
        // as if the operator had set the masks to NONE when the chunk was staged and back before the commit
        long batchId = ++batches;
        Map<String, String> raw = RowFixture.licence("粤税许准字〔2026〕批D1号", "2026-09-29", "guangdong");
        RegisterType type = catalog.required("licensing-decisions");
        var checked = checks.check(type, raw, java.util.Locale.SIMPLIFIED_CHINESE);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into register_row (register_code, organ_id, state, version, batch_id, line_no, values_json,
                  public_json, search_text, query_credit, query_name, created_at, created_by, updated_at)
                values ('licensing-decisions', 26, 'STAGED', 0, ?, 2, ?, ?, ?, null, ?, ?, 'gd-publisher', ?)""")
                .params(batchId, RowJsonText.write(checked.values()), RowJsonText.write(checked.values()),
                        raw.get("counterpart") + " " + raw.get("idNumber"), raw.get("counterpart"), now, now)
                .update();

        tx.execute(s -> store.commitBatch("licensing-decisions", 26, batchId, true, "gd-publisher"));

        String idNumber = raw.get("idNumber");
        for (String column : java.util.List.of("r.public_json", "r.search_text", "v.public_json")) {
            assertThat(count("select count(*) from register_row r join register_row_version v on v.row_id = r.id"
                    + " where r.batch_id = ? and " + column + " like ?", batchId, "%" + idNumber + "%"))
                    .as(column).isZero();
        }
        assertThat(count("select count(*) from register_row where batch_id = ? and query_name is null", batchId))
                .as("a masked name is not a query key").isEqualTo(1);
    }

    @Test
    void aDraftCommitLeavesTheDutiesOpen() {
        long batchId = batch(2, "粤税许准字〔2026〕批B");
        Integer n = tx.execute(s -> store.commitBatch("licensing-decisions", 26, batchId, false, "gd-drafter"));
        assertThat(n).isEqualTo(2);
        assertThat(count("select count(*) from register_row where batch_id = ? and state = 'DRAFT'", batchId))
                .isEqualTo(2);
        long id = jdbc.sql("select min(id) from register_row where batch_id = ?").param(batchId).query(Long.class)
                .single();
        assertThat(obligations.find("measures-2-2-licence-decision", RowDuties.subject("licensing-decisions", id))
                .orElseThrow().state().isOpen()).isTrue();
    }

    @Test
    void aRolledBackCommitLeavesTheRowsStaged() {
        long batchId = batch(2, "粤税许准字〔2026〕批C");
        tx.executeWithoutResult(s -> {
            store.commitBatch("licensing-decisions", 26, batchId, true, "gd-publisher");
            s.setRollbackOnly();
        });
        assertThat(count("select count(*) from register_row where batch_id = ? and state = 'STAGED'", batchId))
                .isEqualTo(2);
        assertThat(count("""
                select count(*) from register_row_version v join register_row r on r.id = v.row_id
                where r.batch_id = ?""", batchId)).isZero();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

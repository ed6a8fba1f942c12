package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/** The audit chain verifies, and any altered or deleted row is found (SPEC M12). */
@WebTest
class AuditWebTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditVerifier verifier;

    @Test
    void loginsAndFailuresAreAuditedAndTheChainVerifies() {
        ApiClient anonymous = new ApiClient(port);
        anonymous.post("/api/v1/auth/token", "{\"username\":\"sat-office\",\"password\":\"wrong\"}");
        ApiClient admin = anonymous.as("admin");
        JsonNode verification = admin.get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asLong()).isGreaterThan(2);
        assertThat(admin.get("/api/v1/audit/entries?actor=sat-office&action=auth.login-failed").json()
                .get("total").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyAdministratorsMayVerify() {
        assertThat(new ApiClient(port).as("sat-office").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/v1/audit/verify").status()).isEqualTo(401);
    }

    @Test
    void detectsAnAlteredRow() {
        ApiClient admin = new ApiClient(port).as("admin");
        long seq = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single() - 1;
        String original = jdbc.sql("select actor from audit_entry where seq = ?").param(seq).query(String.class).single();
        jdbc.sql("update audit_entry set actor = 'mallory' where seq = ?").param(seq).update();
        try {
            JsonNode v = admin.get("/api/v1/audit/verify").json();
            assertThat(v.get("valid").asBoolean()).isFalse();
            assertThat(v.get("firstBroken").asLong()).isEqualTo(seq);
            assertThat(v.get("reason").asString()).isEqualTo("ALTERED_ENTRY");
        }
        finally {
            jdbc.sql("update audit_entry set actor = ? where seq = ?").params(original, seq).update();
        }
        assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsADeletedRow() {
        ApiClient admin = new ApiClient(port).as("admin");
        long seq = jdbc.sql("select min(seq) from audit_entry").query(Long.class).single() + 1;
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().singleRow();
        jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
        try {
            JsonNode v = admin.get("/api/v1/audit/verify").json();
            assertThat(v.get("valid").asBoolean()).isFalse();
            assertThat(v.get("firstBroken").asLong()).isEqualTo(seq);
            assertThat(v.get("reason").asString()).isEqualTo("MISSING_ENTRY");
        }
        finally {
            jdbc.sql("insert into audit_entry (seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash) "
                    + "values (:seq, :at, :actor, :action, :subject_type, :subject_id, :detail, :prev_hash, :hash)")
                    .params(row).update();
        }
    }

    @Test
    void detectsDeletedTailRows() {
        ApiClient admin = new ApiClient(port).as("admin");
        long last = jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(last).query().singleRow();
        jdbc.sql("delete from audit_entry where seq = ?").param(last).update();
        try {
            JsonNode v = new AuditVerifierProbe(verifier).verify();
            assertThat(v.get("valid").asBoolean()).isFalse();
        }
        finally {
            jdbc.sql("insert into audit_entry (seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash) "
                    + "values (:seq, :at, :actor, :action, :subject_type, :subject_id, :detail, :prev_hash, :hash)")
                    .params(row).update();
        }
        assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    /** Verifies directly (an HTTP call would append a login entry first and hide the deleted tail). */
    record AuditVerifierProbe(AuditVerifier verifier) {

        JsonNode verify() {
            AuditVerifier.Verification v = verifier.verify();
            return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(v);
        }
    }

    @Test
    void administratorsSearchTheLogInTheConsole() {
        cn.gongkai.support.ConsoleSession console = cn.gongkai.support.ConsoleSession.login(
                "http://127.0.0.1:" + port, "admin", ApiClient.DEMO_PASSWORD);
        assertThat(console.get("/console/audit?action=auth.login").body()).contains("auth.login", "admin");
        assertThat(console.get("/console/audit?verify=true").body()).contains("哈希链完整");
    }
}

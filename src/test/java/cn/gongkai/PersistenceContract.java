package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;

/**
 * Persistence checks that must hold on every supported database: the migrations, the shipped
 * organs, staff accounts with grants, tokens, lockout and the audit chain. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class PersistenceContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void migrationsShipTheOrganHierarchy() {
        assertThat(jdbc.sql("select count(*) from organ where level = 'PROVINCIAL'").query(Long.class).single())
                .isEqualTo(36);
        assertThat(jdbc.sql("select count(*) from organ where level = 'COUNTY' and id < 1000").query(Long.class).single())
                .isEqualTo(8);
        assertThat(jdbc.sql("select count(*) from department where organ_id = 1").query(Long.class).single())
                .isGreaterThanOrEqualTo(13);
    }

    @Test
    void staffAccountsWithGrantsRoundTrip() {
        ApiClient admin = new ApiClient(port).as("admin");
        String name = "p-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient.Response created = admin.post("/api/v1/staff", "{\"username\":\"" + name + "\",\"displayName\":\"持久化\","
                + "\"organ\":\"jiangsu\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\",\"roles\":["
                + "{\"role\":\"DRAFTER\",\"organ\":\"jiangsu\"},{\"role\":\"SUPERVISOR\",\"organ\":\"jiangsu\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("staff").get("id").asLong();
        assertThat(admin.get("/api/v1/staff/" + id).json().get("grants").size()).isEqualTo(2);
        assertThat(new ApiClient(port).as(name).get("/api/v1/organs").status()).isEqualTo(200);
    }

    @Test
    void lockoutIsStored() {
        ApiClient anonymous = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            anonymous.post("/api/v1/auth/token", "{\"username\":\"gd-drafter\",\"password\":\"wrong\"}");
        }
        assertThat(jdbc.sql("select locked_until from staff_account where username = 'gd-drafter'")
                .query(java.sql.Timestamp.class).single()).isNotNull();
        jdbc.sql("update staff_account set locked_until = null where username = 'gd-drafter'").update();
    }

    @Test
    void auditChainVerifiesAndDetectsTampering() {
        ApiClient admin = new ApiClient(port).as("admin");
        assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
        long seq = jdbc.sql("select min(seq) from audit_entry").query(Long.class).single();
        String detail = jdbc.sql("select detail from audit_entry where seq = ?").param(seq).query(String.class).optional()
                .orElse(null);
        jdbc.sql("update audit_entry set detail = 'forged' where seq = ?").param(seq).update();
        try {
            assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isFalse();
        }
        finally {
            jdbc.sql("update audit_entry set detail = ? where seq = ?").params(detail, seq).update();
        }
        assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
    }
}

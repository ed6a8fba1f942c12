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
 * organs, staff accounts with grants, tokens, login throttling and the audit chain. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class PersistenceContract {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    cn.gongkai.obligations.Obligations obligations;

    @Test
    void anUploadedHolidayYearIsStoredAndUsed() {
        ApiClient admin = new ApiClient(port).as("admin");
        ApiClient.Response upload = admin.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(admin.base() + "/api/v1/calendar/years/2035")).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "date,name,isOffDay\n2035-01-01,元旦,true\n2035-10-01,国庆节,true\n2035-09-29,国庆节,false\n")));
        assertThat(upload.status()).as(upload.body()).isBetween(200, 201);
        assertThat(jdbc.sql("select count(*) from calendar_year_day where year_number = 2035")
                .query(Long.class).single()).isEqualTo(3);
        assertThat(admin.get("/api/v1/calendar/days/2035-09-29").json().get("kind").asString())
                .isEqualTo("MAKEUP_WORKDAY");
    }

    @Test
    void anObligationEventOpensAnObligationWithItsLegalDueDate() {
        cn.gongkai.obligations.SubjectRef subject = new cn.gongkai.obligations.SubjectRef("record",
                UUID.randomUUID().toString(), "/console/records/x");
        java.time.Instant trigger = java.time.LocalDate.of(2024, 9, 27).atStartOfDay(
                java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        tx.executeWithoutResult(s -> events.publishEvent(new cn.gongkai.obligations.ObligationEvents.ObligationTriggered(
                cn.gongkai.obligations.RuleIds.PROACTIVE_DISCLOSURE, 1L, subject, trigger)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(obligations.find(cn.gongkai.obligations.RuleIds.PROACTIVE_DISCLOSURE, subject)).isPresent());
        // Regulations art. 26: 20 working days from 2024-09-27 counting the make-up days 09-29 and 10-12 and
        // skipping National Day 10-01..10-07 end on 2024-10-30, i.e. at 24:00 that day (民法典 art. 203)
        assertThat(obligations.find(cn.gongkai.obligations.RuleIds.PROACTIVE_DISCLOSURE, subject).orElseThrow().dueAt())
                .isEqualTo(java.time.LocalDate.of(2024, 10, 31).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aRecordIsReviewedPublishedAndFoundWithItsIndexNumber() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient drafter = anonymous.as("gd-drafter");
        ApiClient office = anonymous.as("gd-office");
        ApiClient.Response draft = drafter.post("/api/v1/records", "{\"organ\":\"guangdong\",\"title\":\"关于持久化测试的通知\","
                + "\"type\":\"OTHER\",\"body\":\"<p>增值税发票管理持久化测试正文</p>\",\"attribute\":\"PROACTIVE\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().get("id").asLong();
        ApiClient.Response state = drafter.post("/api/v1/records/" + id + "/submit", "");
        for (int step = 0; step < 4 && !"APPROVED".equals(state.json().get("state").asString()); step++) {
            state = office.post("/api/v1/records/" + id + "/review", "{\"decision\":\"approve\"}");
        }
        ApiClient.Response published = anonymous.as("gd-publisher").post("/api/v1/records/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String guangdongCode = jdbc.sql("select organization_code from organ where code = 'guangdong'")
                .query(String.class).single();
        assertThat(published.json().get("indexNumber").asString()).matches(guangdongCode + "/\\d{4}-\\d{5}");
        assertThat(anonymous.get("/sites/guangdong/records/" + id).body()).contains("关于持久化测试的通知");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                anonymous.get("/api/v1/public/search?q=%E6%8C%81%E4%B9%85%E5%8C%96%E6%B5%8B%E8%AF%95&organ=guangdong")
                        .body()).contains("关于持久化测试的通知"));
    }

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
    void loginThrottleIsStored() {
        ApiClient anonymous = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            anonymous.post("/api/v1/auth/token", "{\"username\":\"gd-drafter\",\"password\":\"wrong\"}");
        }
        assertThat(jdbc.sql("select blocked_until from login_throttle where scope = 'PAIR' and subject like 'gd-drafter|%'")
                .query(java.sql.Timestamp.class).single()).isNotNull();
        assertThat(jdbc.sql("select failures from login_throttle where scope = 'ACCOUNT' and subject = 'gd-drafter'")
                .query(Integer.class).single()).isEqualTo(5);
        jdbc.sql("delete from login_throttle where subject like 'gd-drafter%'").update();
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

package cn.gongkai.registers.rows;

import static cn.gongkai.registers.rows.RowFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * Rows through the staff API: the licence decision's duty (二(二): 7 working days, counted by the
 * calendar over the National Day holiday) raised on entry and met on publication, versions with
 * public reasons, redaction records, and refusals that write nothing.
 */
@WebTest
class RowStoreWebTests {

    static final String LICENCE_RULE = "measures-2-2-licence-decision";
    private static int numbers = 1000;

    @LocalServerPort
    int port;
    @Autowired
    Obligations obligations;
    @Autowired
    JdbcClient jdbc;

    private ApiClient as(String user) {
        return new ApiClient(port).as(user);
    }

    private static String number() {
        return "粤税许准字〔2026〕" + (++numbers) + "号";
    }

    private JsonNode create(String user, Map<String, String> values, boolean publish) {
        ApiClient.Response r = as(user).post("/api/v1/registers/licensing-decisions/rows",
                body(Map.of("values", values, "publish", publish)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private ObligationView duty(long id) {
        return obligations.find(LICENCE_RULE, RowDuties.subject("licensing-decisions", id)).orElseThrow();
    }

    private int rowCount() {
        return jdbc.sql("select count(*) from register_row").query(Integer.class).single();
    }

    @Test
    void licenceDecisionIsDueSevenWorkingDaysAfterTheDecisionOverNationalDayAndMetWhenPublished() {
        // decided Tue 2026-09-29: 09-30 is day 1, 10-01..07 are off, 10-08, 10-09, 10-10 (调休), 10-12..14 → 10-14
        JsonNode row = create("gd-drafter", RowFixture.licence(number(), "2026-09-29", "guangdong"), false);
        long id = row.get("id").asLong();
        assertThat(row.get("state").asString()).isEqualTo("DRAFT");
        assertThat(duty(id).lastDay()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(duty(id).state().isOpen()).isTrue();
        assertThat(duty(id).organId()).isEqualTo(26L);
        assertThat(row.get("duty").get("lastDay").asString()).isEqualTo("2026-10-14");

        ApiClient.Response published = as("gd-publisher").post("/api/v1/registers/licensing-decisions/rows/" + id
                + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(duty(id).state()).isIn(ObligationState.MET_ON_TIME, ObligationState.MET_LATE);
        assertThat(duty(id).fulfilledAt()).isNotNull();
    }

    @Test
    void correctingTheDecisionDayOfADraftRestartsItsPeriod() {
        long id = create("gd-drafter", RowFixture.licence(number(), "2026-09-29", "guangdong"), false).get("id").asLong();
        Map<String, String> fixed = RowFixture.licence(number(), "2026-10-09", "guangdong");
        ApiClient.Response r = as("gd-office").put("/api/v1/registers/licensing-decisions/rows/" + id,
                body(Map.of("values", fixed, "reason", "决定日期录入有误")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        // from Fri 10-09: 10-10 (调休上班) is day 1, then 10-12..16 and 10-19 → 10-19
        assertThat(duty(id).lastDay()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(r.json().get("version").asInt()).isEqualTo(2);
        assertThat(r.json().get("history").get(1).get("reason").asString()).isEqualTo("决定日期录入有误");
    }

    @Test
    void thePublicGetsMaskedValuesAndEveryRedactionIsRecorded() {
        Map<String, String> values = RowFixture.licence(number(), "2026-11-02", "guangdong");
        long id = create("gd-publisher", values, true).get("id").asLong();

        ApiClient.Response pub = new ApiClient(port).get("/api/v1/public/registers/licensing-decisions/rows/" + id);
        assertThat(pub.status()).as(pub.body()).isEqualTo(200);
        assertThat(pub.body()).doesNotContain(values.get("idNumber"), "张三丰", "13812345678");
        JsonNode v = pub.json().get("values");
        assertThat(v.get("counterpart").asString()).startsWith("张").isNotEqualTo("张三丰");
        assertThat(v.get("idNumber").asString()).isNotEqualTo(values.get("idNumber"));
        assertThat(v.has("contact")).isFalse();
        assertThat(pub.json().get("publishedOn").asString()).isNotBlank();

        ApiClient.Response list = new ApiClient(port).get("/api/v1/public/registers/licensing-decisions/rows?q="
                + java.net.URLEncoder.encode(values.get("documentNumber"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("total").asInt()).isEqualTo(1);
        assertThat(list.json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(list.body()).doesNotContain(values.get("idNumber"), "张三丰");

        var masked = jdbc.sql("select field from register_redaction where row_id = ? order by field").param(id)
                .query(String.class).list();
        assertThat(masked).contains("counterpart", "idNumber");
        // staff see the values as entered
        JsonNode staff = as("gd-office").get("/api/v1/registers/licensing-decisions/rows/" + id).json();
        assertThat(staff.get("values").get("idNumber").asString()).isEqualTo(values.get("idNumber"));
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheFieldAndWritesNothing() {
        Map<String, String> values = RowFixture.companyLicence(number(), "2026-11-02", "guangdong");
        String good = values.get("creditCode");
        values.put("creditCode", good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0'));
        int before = rowCount();
        ApiClient.Response r = as("gd-publisher").post("/api/v1/registers/licensing-decisions/rows",
                body(Map.of("values", values, "publish", true)));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("INVALID_ROW");
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("values.creditCode");
        assertThat(r.json().get("errors").get(0).get("message").asString()).contains("统一社会信用代码");
        assertThat(rowCount()).isEqualTo(before);
    }

    @Test
    void rolesAndStatesAreEnforced() {
        Map<String, String> values = RowFixture.companyLicence(number(), "2026-11-02", "guangdong");
        // a drafter enters, only a publisher publishes
        assertThat(as("gd-drafter").post("/api/v1/registers/licensing-decisions/rows",
                body(Map.of("values", values, "publish", true))).status()).isEqualTo(403);
        // another province's staff may not enter for Guangdong
        assertThat(as("sat-drafter").post("/api/v1/registers/licensing-decisions/rows",
                body(Map.of("organId", 26, "values", values))).status()).isEqualTo(403);
        long id = create("gd-drafter", values, false).get("id").asLong();
        String row = "/api/v1/registers/licensing-decisions/rows/" + id;
        assertThat(as("gd-drafter").post(row + "/publish", "").status()).isEqualTo(403);
        assertThat(new ApiClient(port).get("/api/v1/public/registers/licensing-decisions/rows/" + id).status())
                .isEqualTo(404);
        assertThat(as("gd-publisher").post(row + "/publish", "").status()).isEqualTo(200);
        ApiClient.Response again = as("gd-publisher").post(row + "/publish", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("NOT_DRAFT");
        ApiClient.Response noReason = as("gd-office").post(row + "/retract", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(as("gd-office").get("/api/v1/registers/no-such-register/rows").status()).isEqualTo(404);
        assertThat(as("gd-office").get("/api/v1/registers/licensing-decisions/rows?state=STAGED").status())
                .isEqualTo(400);
    }

    @Test
    void correctionsAndTheRetractionArePublicWithTheirReasons() {
        Map<String, String> values = RowFixture.companyLicence(number(), "2026-11-02", "guangdong");
        long id = create("gd-publisher", values, true).get("id").asLong();
        String row = "/api/v1/registers/licensing-decisions/rows/" + id;
        values.put("content", "准予最高开票限额一百万元");
        assertThat(as("gd-office").put(row, body(Map.of("values", values, "reason", "许可内容笔误"))).status())
                .isEqualTo(200);
        ApiClient.Response retracted = as("gd-office").post(row + "/retract", body(Map.of("reason", "决定已被撤销")));
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(200);
        assertThat(as("gd-office").put(row, body(Map.of("values", values, "reason", "再改"))).status()).isEqualTo(409);

        JsonNode pub = new ApiClient(port).get("/api/v1/public/registers/licensing-decisions/rows/" + id).json();
        assertThat(pub.get("state").asString()).isEqualTo("RETRACTED");
        assertThat(pub.get("values").get("content").asString()).isEqualTo("准予最高开票限额一百万元");
        assertThat(pub.get("history").findValuesAsString("kind")).containsExactly("CREATED", "CORRECTED", "RETRACTED");
        assertThat(pub.get("history").findValuesAsString("reason")).containsExactly("许可内容笔误", "决定已被撤销");
        JsonNode list = new ApiClient(port).get("/api/v1/public/registers/licensing-decisions/rows?q="
                + java.net.URLEncoder.encode(values.get("documentNumber"), java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(list.get("total").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from register_row_version where row_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(3);
    }

    @Test
    void aDecisionMadeBeforeTheRuleTookEffectRaisesNoDutyAndIsPublishedWithoutOne() {
        // 二(二) applies from 2017-04-27
        long id = create("gd-drafter", RowFixture.licence(number(), "2016-06-01", "guangdong"), false).get("id")
                .asLong();
        assertThat(obligations.find(LICENCE_RULE, RowDuties.subject("licensing-decisions", id))).isEmpty();
        ApiClient.Response published = as("gd-publisher").post("/api/v1/registers/licensing-decisions/rows/" + id
                + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().hasNonNull("duty")).isFalse();
    }

    @Test
    void anUnpublishedLicenceDecisionPastItsDayIsOverdueInTheLedger() {
        long id = create("gd-drafter", RowFixture.licence(number(), "2026-01-05", "guangdong"), false).get("id")
                .asLong();
        ObligationView d = duty(id);
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(d.state().isOpen()).isTrue();
        ApiClient.Response ledger = as("gd-office").get("/api/v1/obligations?rule=" + LICENCE_RULE + "&state=OVERDUE");
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        assertThat(ledger.body()).contains("/console/registers/licensing-decisions/rows/" + id);
    }
}

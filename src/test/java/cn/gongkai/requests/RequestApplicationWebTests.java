package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.TrackingCode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class RequestApplicationWebTests {

    static final String NAME = "王小明";
    static final String ID = "440106199003071231";
    static final String PHONE = "13912345678";
    static final String EMAIL = "xiaoming.wang@example.cn";
    static final String ADDRESS = "广州市天河区珠江新城华夏路8号";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    RequestsTestConfig.PublishedObligationEvents published;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
        // Wednesday 2025-09-24, 10:00 in Beijing: National Day week ahead
        clock.set(Instant.parse("2025-09-24T02:00:00Z"));
    }

    static Map<String, Object> application(String organ, String description) {
        Map<String, Object> m = new HashMap<>();
        m.put("applicantType", "NATURAL_PERSON");
        m.put("name", NAME);
        m.put("idNumber", ID);
        m.put("phone", PHONE);
        m.put("email", EMAIL);
        m.put("address", ADDRESS);
        m.put("organ", organ);
        m.put("description", description);
        m.put("form", "ELECTRONIC");
        m.put("delivery", "ONLINE");
        return m;
    }

    @Test
    void appliesOnlineAndAnswersWithTheTrackingCodeReceiptAndDueDate() {
        HttpResponse<String> r = http.postJson("/api/v1/public/requests",
                application("guangdong", "2025年广东省增值税留抵退税办理情况统计表"), null);
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode body = RequestsHttp.json(r);
        assertThat(body.get("trackingCode").asString()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
        assertThat(body.get("receivedOn").asString()).isEqualTo("2025-09-24");
        // hand count: 09-25, 26, 28 (make-up), 29, 30, [10-01..08 National Day], 10-09, 10, 11 (make-up),
        // 13–17, 20–24, 27, 28 → 20th working day 2025-10-28 (Regulations art. 33)
        assertThat(body.get("dueOn").asString()).isEqualTo("2025-10-28");
        assertThat(body.get("dueExplanation").toString()).contains("国庆节", "2025-10-28", "2025-09-28");
        assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith(
                "/api/v1/public/requests/"));
    }

    @Test
    void publishesTheReplyDutyAtReceiptAndNoCorrectionNoticeDuty() {
        JsonNode body = RequestsHttp.json(http.postJson("/api/v1/public/requests",
                application("guangdong", "2025年广东省税务稽查案件数量"), null));
        String code = body.get("trackingCode").asString();
        long id = idOf(code);
        List<ObligationTriggered> triggered = published.of(ObligationTriggered.class).stream()
                .filter(t -> t.subject().type().equals("request") && t.subject().id().equals(String.valueOf(id))).toList();
        // art. 30 is a limit of the rulebook, not a duty on every request (issue 9 A.4)
        assertThat(triggered).extracting(ObligationTriggered::ruleId).containsExactly(RuleIds.REQUEST_REPLY);
        assertThat(triggered.get(0).triggeredAt()).isEqualTo(Instant.parse("2025-09-23T16:00:00Z"));
    }

    @Test
    void anOnlineApplicationOnAHolidayIsReceivedOnTheNextWorkingDay() {
        clock.set(Instant.parse("2025-10-04T03:00:00Z"));
        JsonNode body = RequestsHttp.json(http.postJson("/api/v1/public/requests",
                application("sat", "国家税务总局2024年度政府信息公开工作年度报告原始数据"), null));
        assertThat(body.get("receivedOn").asString()).isEqualTo("2025-10-09");
        assertThat(body.get("receiptRule").asString()).contains("2025-10-04", "2025-10-09");
    }

    @Test
    void theTrackingApiShowsStateAndDatesButNoPersonalData() {
        String code = RequestsHttp.json(http.postJson("/api/v1/public/requests",
                application("guangdong", "关于个体工商户定额核定的内部工作规程"), null)).get("trackingCode").asString();
        HttpResponse<String> r = http.get("/api/v1/public/requests/" + code.toLowerCase(), null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode view = RequestsHttp.json(r);
        assertThat(view.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(view.get("receivedOn").asString()).isEqualTo("2025-09-24");
        assertThat(view.get("dueOn").asString()).isEqualTo("2025-10-28");
        assertThat(view.get("dueExplanation").size()).isGreaterThan(2);
        assertThat(r.body()).doesNotContain(NAME, ID, PHONE, EMAIL, ADDRESS, "idNumber", "phone", "email");
        HttpResponse<String> page = http.get("/requests/track/" + code, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(code, "2025-10-28").doesNotContain(NAME, ID, PHONE, EMAIL, ADDRESS);
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() {
        assertThat(http.get("/api/v1/public/requests/ZZZZ-ZZZZ-ZZZZ-ZZZZ", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/public/requests/not-a-code", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/requests/track/ZZZZZZZZZZZZZZZZ", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badFieldsAreEachNamedWith400() {
        Map<String, Object> bad = application("nowhere", "");
        bad.put("idNumber", "440106199003071232");
        bad.put("form", "VIDEO");
        bad.put("email", "wrong");
        HttpResponse<String> r = http.postJson("/api/v1/public/requests", bad, null);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = RequestsHttp.json(r).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("idNumber", "form", "email",
                "description", "organ");
        assertThat(r.body()).contains("GB 11643");
    }

    @Test
    void aHundredKilobyteDescriptionOrAScriptIsRefusedClearly() {
        HttpResponse<String> big = http.postJson("/api/v1/public/requests",
                application("sat", "税".repeat(34_000)), null);
        assertThat(big.statusCode()).isEqualTo(400);
        assertThat(big.body()).contains("description", "4000");
        Map<String, Object> script = application("sat", "请公开<script>alert(1)</script>");
        script.put("name", "\"><img src=x onerror=alert(1)>");
        HttpResponse<String> r = http.postJson("/api/v1/public/requests", script, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(RequestsHttp.json(r).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("description", "name");
        assertThat(http.postJson("/api/v1/public/requests", "{not json", null).statusCode()).isEqualTo(400);
        assertThat(http.postJson("/api/v1/public/requests", "", null).statusCode()).isEqualTo(400);
    }

    @Test
    void theFormWorksWithoutJavaScriptAndKeepsInputOnErrors() {
        HttpResponse<String> form = http.get("/sites/guangdong/requests/new", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("for=\"description\"", "aria-describedby", "国家税务总局广东省税务局");
        Map<String, String> fields = new HashMap<>();
        application("guangdong", "2025年度广东省出口退税办理时限统计").forEach((k, v) -> fields.put(k, (String) v));
        fields.put("idNumber", "440106199003071232");
        HttpResponse<String> refused = http.postForm("/sites/guangdong/requests/new", "/sites/guangdong/requests",
                fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("error-summary", "href=\"#idNumber\"", "2025年度广东省出口退税办理时限统计",
                "aria-invalid=\"true\"");
        fields.put("idNumber", ID);
        HttpResponse<String> accepted = http.postForm("/sites/guangdong/requests/new", "/sites/guangdong/requests",
                fields);
        assertThat(accepted.statusCode()).isEqualTo(302);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/requests/receipt/");
        HttpResponse<String> receipt = http.get(location.replaceFirst("^https?://[^/]+", ""), null);
        assertThat(receipt.body()).contains("tracking-code", "2025-10-28").doesNotContain(NAME, ID);
    }

    @Test
    void theSatFormIsAlsoAtRequestsNew() {
        HttpResponse<String> form = http.get("/requests/new", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("国家税务总局");
        assertThat(http.get("/sites/atlantis/requests/new", null).statusCode()).isEqualTo(404);
    }

    long idOf(String code) {
        return requests.findByTrackingCode(TrackingCode.parse(code).orElseThrow().value()).orElseThrow().getId();
    }

    @Autowired
    Requests requests;
}

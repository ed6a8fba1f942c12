package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;
import cn.gongkai.requests.clock.DailySweep;
import cn.gongkai.requests.intake.IdentityNumbers;

/** The procedure of Regulations art. 30–36 through the staff API, with the events the ledger receives. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class RequestProcedureWebTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    RequestsTestConfig.PublishedObligationEvents published;
    @Autowired
    DailySweep sweep;
    @Autowired
    cn.gongkai.obligations.Obligations obligations;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
    }

    void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    String apply(String organ, String description) {
        HttpResponse<String> r = http.postJson("/api/v1/public/requests",
                RequestApplicationWebTests.application(organ, description), null);
        assertThat(r.statusCode()).isEqualTo(201);
        return RequestsHttp.json(r).get("trackingCode").asString();
    }

    long idOf(String code, String token) {
        JsonNode list = RequestsHttp.json(http.get("/api/v1/requests?state=ALL", token));
        for (JsonNode row : list.get("rows")) {
            if (row.get("trackingCode").asString().equals(code)) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("not in queue: " + code + " " + list);
    }

    <T> List<T> eventsOf(Class<T> type, long id, java.util.function.Function<T, String> subjectId) {
        return published.of(type).stream().filter(e -> subjectId.apply(e).equals(String.valueOf(id))).toList();
    }

    @Test
    void correctionThirdPartyExtensionAndPartialDisclosureAcrossSpringFestival() throws Exception {
        today("2025-01-20");
        String code = apply("guangdong", "2024年某企业研发费用加计扣除备案资料");
        long id = idOf(code, http.token("gd-office"));
        // art. 30: one correction notice, 10 working days to correct
        HttpResponse<String> notice = http.postJson("/api/v1/requests/" + id + "/correction-notice",
                Map.of("items", "请写明企业名称或纳税人识别号以外的可识别特征，例如备案年度和项目名称", "days", 10), http.token("gd-office"));
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(RequestsHttp.json(notice).get("state").asString()).isEqualTo("AWAITING_CORRECTION");
        assertThat(http.postJson("/api/v1/requests/" + id + "/correction-notice",
                Map.of("items", "再次补正", "days", 5), http.token("gd-office")).statusCode()).isEqualTo(422);
        // the notice fulfils no duty (art. 30 is a limit); the reply clock stands still in the ledger
        assertThat(eventsOf(ObligationFulfilled.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : ""))
                .isEmpty();
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, new cn.gongkai.obligations.SubjectRef("request",
                String.valueOf(id), null)).orElseThrow().paused()).isTrue();
        // the applicant corrects online on Wed 2025-02-05 (first working day after 春节)
        today("2025-02-05");
        HttpResponse<String> corrected = http.postJson("/api/v1/public/requests/" + code + "/correction",
                Map.of("description", "2024年度研发费用加计扣除优惠备案的汇总统计（不含企业个体信息）"), null);
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(RequestsHttp.json(corrected).get("dueOn").asString()).isEqualTo("2025-03-04");
        assertThat(eventsOf(ObligationRestarted.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : "")).singleElement()
                .satisfies(e -> assertThat(e.triggeredAt()).isEqualTo(Instant.parse("2025-02-04T16:00:00Z")));
        // art. 32: third party consulted from Mon 02-10, answers Fri 02-14
        today("2025-02-10");
        JsonNode consulting = RequestsHttp.json(http.postJson("/api/v1/requests/" + id + "/consultations",
                Map.of("kind", "THIRD_PARTY", "party", "某科技有限公司", "sentOn", "2025-02-10"), http.token("gd-office")));
        assertThat(consulting.get("state").asString()).isEqualTo("CONSULTING");
        long consultation = consulting.get("consultations").get(0).get("id").asLong();
        assertThat(consulting.get("consultations").get(0).get("answerDueOn").asString()).isEqualTo("2025-03-03");
        today("2025-02-14");
        http.postJson("/api/v1/requests/" + id + "/consultations/" + consultation + "/end",
                Map.of("on", "2025-02-14", "answered", true), http.token("gd-office"));
        // art. 33: 10 more working days with the head of the openness office's consent
        today("2025-03-03");
        http.postJson("/api/v1/requests/" + id + "/extension", Map.of("days", 10, "reason", "需汇总多个部门数据"), http.token("gd-office"));
        JsonNode extended = RequestsHttp.json(http.postJson("/api/v1/requests/" + id + "/extension/approval",
                Map.of(), http.token("gd-office")));
        assertThat(extended.get("dueOn").asString()).isEqualTo("2025-03-24");
        assertThat(extended.get("extensionApprovedBy").asString()).contains("gd-office");
        assertThat(extended.get("dueExplanation").toString()).contains("春节", "2025-02-11", "2025-03-24");
        assertThat(eventsOf(ObligationExtended.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : "")).singleElement()
                .satisfies(e -> assertThat(e.workingDays()).isEqualTo(10));
        assertThat(eventsOf(ObligationPaused.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : "")).hasSize(2);
        assertThat(eventsOf(ObligationResumed.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : "")).hasSize(2);
        // reply: partial disclosure, third party's rights
        today("2025-03-20");
        HttpResponse<String> replied = http.postJson("/api/v1/requests/" + id + "/reply", Map.of(
                "replyClass", "PARTIALLY_DISCLOSED", "replyReason", "THIRD_PARTY_RIGHTS",
                "replyText", "汇总统计数据见附件，涉及个别企业的明细不予公开。"), http.token("gd-office"));
        assertThat(replied.statusCode()).isEqualTo(200);
        assertThat(eventsOf(ObligationFulfilled.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : "")).extracting(
                ObligationFulfilled::ruleId).contains(RuleIds.REQUEST_REPLY);
        JsonNode view = RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null));
        assertThat(view.get("state").asString()).isEqualTo("REPLIED");
        assertThat(view.get("events").findValuesAsString("kind")).contains("CORRECTION_REQUESTED", "EXTENDED",
                "REPLIED");
        HttpResponse<byte[]> pdf = http.getBytes(view.get("letterUrl").asString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("政府信息公开申请答复告知书", "2025年1月20日", "2025年3月20日",
                    "区分处理", "保护第三方合法权益", "国家税务总局广东省税务局", "延长10个工作日");
            assertThat(text).doesNotContain(RequestApplicationWebTests.NAME, RequestApplicationWebTests.ID);
        }
    }

    @Test
    void anApplicationWhoseCorrectionNeverComesIsClosedAsAbandoned() {
        today("2025-03-03");
        long id = idOf(apply("guangdong", "某某税务所的内部考核办法"), http.token("gd-office"));
        http.postJson("/api/v1/requests/" + id + "/correction-notice", Map.of("items", "请写明税务所名称", "days", 5),
                http.token("gd-office"));
        today("2025-03-10");
        sweep.closeLapsed();
        assertThat(RequestsHttp.json(http.get("/api/v1/requests/" + id, http.token("gd-office"))).get("state").asString())
                .isEqualTo("AWAITING_CORRECTION");
        today("2025-03-11");
        sweep.closeLapsed();
        JsonNode closed = RequestsHttp.json(http.get("/api/v1/requests/" + id, http.token("gd-office")));
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("replyClass").asString()).isEqualTo("OTHER_PROCESSING");
        assertThat(closed.get("replyReason").asString()).isEqualTo("NO_CORRECTION");
        assertThat(eventsOf(ObligationWaived.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : "")).extracting(ObligationWaived::ruleId)
                .containsExactly(RuleIds.REQUEST_REPLY);
    }

    @Test
    void staffSeeOnlyTheirOrgansRequestsAndSupervisorsTheSubtree() {
        today("2025-04-01");
        long id = idOf(apply("guangdong", "广东省税务局2024年政府信息公开工作年度报告附表"), http.token("gd-office"));
        assertThat(http.get("/api/v1/requests/" + id, http.token("sat-handler")).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/requests/" + id, http.token("gd-drafter")).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/requests/" + id, http.token("sat-office")).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/requests?organ=guangdong", http.token("sat-handler")).statusCode())
                .isEqualTo(400);
        assertThat(http.postJson("/api/v1/requests/" + id + "/correction-notice",
                Map.of("items", "x", "days", 5), http.token("sat-handler")).statusCode()).isEqualTo(404);
    }

    @Test
    void anExtensionNeedsTheHeadOfTheOpennessOfficeAndHappensOnce() {
        today("2025-04-01");
        long id = idOf(apply("sat", "国家税务总局2024年行政复议案件统计"), http.token("sat-handler"));
        assertThat(http.postJson("/api/v1/requests/" + id + "/extension", Map.of("days", 21, "reason", "x"), http.token("sat-handler"))
                .statusCode()).isEqualTo(400);
        http.postJson("/api/v1/requests/" + id + "/extension", Map.of("days", 20, "reason", "需调取档案"), http.token("sat-handler"));
        HttpResponse<String> self = http.postJson("/api/v1/requests/" + id + "/extension/approval", Map.of(), http.token("sat-handler"));
        assertThat(self.statusCode()).isEqualTo(422);
        assertThat(RequestsHttp.json(self).get("code").asString()).isEqualTo("NOT_APPROVER");
        assertThat(http.postJson("/api/v1/requests/" + id + "/extension/approval", Map.of(), http.token("sat-office")).statusCode())
                .isEqualTo(200);
        assertThat(http.postJson("/api/v1/requests/" + id + "/extension", Map.of("days", 5, "reason", "再延"), http.token("sat-handler"))
                .statusCode()).isEqualTo(422);
    }

    @Test
    void aPerPageFeeStopsTheClockAndNonPaymentClosesTheRequest() {
        today("2025-05-06");
        long id = idOf(apply("guangdong", "广东省2020年至2024年全部税务行政处罚决定书"), http.token("gd-office"));
        JsonNode noticed = RequestsHttp.json(http.postJson("/api/v1/requests/" + id + "/fee-notice",
                Map.of("basis", "PER_PAGE", "pages", 150), http.token("gd-office")));
        assertThat(noticed.get("state").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(noticed.get("fee").get("amount").asInt()).isEqualTo(1700);
        // 20 working days to pay: 05-07..09, 12..16, 19..23, 26..30, 06-03 (Dragon Boat 05-31..06-02)
        assertThat(noticed.get("fee").get("payBy").asString()).isEqualTo("2025-06-04");
        today("2025-06-05");
        sweep.closeLapsed();
        JsonNode closed = RequestsHttp.json(http.get("/api/v1/requests/" + id, http.token("gd-office")));
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("replyReason").asString()).isEqualTo("FEE_UNPAID");
    }

    @Test
    void theEleventhApplicationOfAMonthMayBeChargedAHundredYuan() {
        today("2025-06-09");
        Map<String, Object> app = RequestApplicationWebTests.application("guangdong", "某项统计数据");
        app.put("idNumber", "31011519851215002" + IdentityNumbers.residentIdCheck("31011519851215002"));
        long last = 0;
        for (int i = 1; i <= 11; i++) {
            app.put("description", "第" + i + "项：2024年某税种征收统计");
            HttpResponse<String> r = http.postJson("/api/v1/public/requests", app, null);
            last = idOf(RequestsHttp.json(r).get("trackingCode").asString(), http.token("gd-office"));
        }
        JsonNode view = RequestsHttp.json(http.get("/api/v1/requests/" + last, http.token("gd-office")));
        assertThat(view.get("applicationOfMonth").asInt()).isEqualTo(11);
        assertThat(view.get("feeQuotePerApplication").asInt()).isEqualTo(100);
        JsonNode noticed = RequestsHttp.json(http.postJson("/api/v1/requests/" + last + "/fee-notice",
                Map.of("basis", "PER_APPLICATION"), http.token("gd-office")));
        assertThat(noticed.get("fee").get("amount").asInt()).isEqualTo(100);
        today("2025-06-12");
        JsonNode paid = RequestsHttp.json(http.postJson("/api/v1/requests/" + last + "/fee-payment",
                Map.of("paidOn", "2025-06-11"), http.token("gd-office")));
        assertThat(paid.get("state").asString()).isEqualTo("IN_PROGRESS");
        // due 2025-07-07 without the fee; 06-10 and 06-11 not counted → 2025-07-09
        assertThat(paid.get("dueOn").asString()).isEqualTo("2025-07-09");
    }

    @Test
    void anExcessiveRequestGetsAReasonableDeferredReplyDate() {
        // received Tue 2025-04-01: 02, 03, [清明 04-04..06], 07..11, 14..18, 21..25, 27 (Sun make-up), 28, 29
        // → statutory due 2025-04-29 (Regulations art. 33)
        today("2025-04-01");
        long id = idOf(apply("guangdong", "广东省2015年至2024年每一户纳税人的全部纳税申报表"), http.token("gd-office"));
        assertThat(RequestsHttp.json(http.get("/api/v1/requests/" + id, http.token("gd-office"))).get("dueOn")
                .asString()).isEqualTo("2025-04-29");
        http.postJson("/api/v1/requests/" + id + "/reasons-request",
                Map.of("text", "您申请的信息数量明显超过合理范围，请于10个工作日内说明理由。"), http.token("gd-office"));
        assertThat(http.postJson("/api/v1/requests/" + id + "/deferral",
                Map.of("until", "2025-04-20", "reason", "x"), http.token("gd-office")).statusCode()).isEqualTo(400);
        JsonNode deferred = RequestsHttp.json(http.postJson("/api/v1/requests/" + id + "/deferral",
                Map.of("until", "2025-06-30", "reason", "申请人说明了理由，但需逐年调取档案"), http.token("gd-office")));
        assertThat(deferred.get("dueOn").asString()).isEqualTo("2025-06-30");
        assertThat(deferred.get("dueStatus").asString()).isEqualTo("DEFERRED");
        // art. 35 goes to the ledger as a deferral (not the single art. 33 extension), and the ledger's due is the request's
        assertThat(eventsOf(ObligationExtended.class, id, e -> e.subject().type().startsWith("request") ? e.subject().id() : ""))
                .isEmpty();
        assertThat(eventsOf(cn.gongkai.obligations.ObligationEvents.ObligationDeferred.class, id,
                e -> e.subject().id())).singleElement()
                .satisfies(e -> assertThat(e.newLastDay()).isEqualTo(LocalDate.of(2025, 6, 30)));
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, new cn.gongkai.obligations.SubjectRef("request",
                String.valueOf(id), null)).orElseThrow().lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
        String code = deferred.get("trackingCode").asString();
        JsonNode view = RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null));
        assertThat(view.get("dueOn").asString()).isEqualTo("2025-06-30");
        assertThat(view.get("events").findValuesAsString("kind")).contains("REASONS_ASKED", "DEFERRED");
        assertThat(view.toString()).contains("请于10个工作日内说明理由", "第三十五条");
    }
}

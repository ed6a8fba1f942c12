package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 part A through the real API: the periods of the rulebook version in force on the
 * receipt date, the request's due date being the ledger's, the correction-notice and
 * consultation limits, and provisional dates in late December of the last year with data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class RequestLedgerClockWebTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Obligations obligations;
    @Autowired
    RequestsTestConfig.PublishedObligationEvents published;
    @Autowired
    JdbcClient jdbc;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
    }

    void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    JsonNode register(String on, String description) {
        Map<String, Object> app = new HashMap<>(RequestApplicationWebTests.application("guangdong", description));
        HttpResponse<String> r = http.postJson("/api/v1/requests",
                Map.of("application", app, "channel", "IN_PERSON", "channelDate", on), http.token("gd-office"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RequestsHttp.json(r);
    }

    ObligationView reply(long id) {
        return obligations.find(RuleIds.REQUEST_REPLY, new SubjectRef("request", String.valueOf(id), null))
                .orElseThrow();
    }

    JsonNode staffView(long id) {
        return RequestsHttp.json(http.get("/api/v1/requests/" + id, http.token("gd-office")));
    }

    /** The example: 2007 Regulations art. 24 before 2019-05-15, art. 33 from that day; one value. */
    @Test
    void paperApplicationsOf2019AreDueAfter15Or20WorkingDaysAndTheLedgerShowsTheSameDate() {
        today("2019-07-10");
        // Fri 2019-03-01 + 15 working days: 03-04..08, 11..15, 18..22 → 2019-03-22
        JsonNode march = register("2019-03-01", "2018年度某区契税征收统计");
        assertThat(march.get("dueOn").asString()).isEqualTo("2019-03-22");
        ObligationView marchDuty = reply(march.get("id").asLong());
        assertThat(marchDuty.lastDay()).isEqualTo(LocalDate.of(2019, 3, 22));
        assertThat(marchDuty.ruleVersion()).isEqualTo(RuleIds.REQUEST_REPLY + "@2008-05-01");
        assertThat(march.get("dueExplanation").toString()).contains("15", "第二十四条");
        // Mon 2019-06-03 + 20 working days: 06-04..06, [06-07 端午], 10..14, 17..21, 24..28, 07-01, 02 → 2019-07-02
        JsonNode june = register("2019-06-03", "2018年度某区印花税征收统计");
        assertThat(june.get("dueOn").asString()).isEqualTo("2019-07-02");
        assertThat(reply(june.get("id").asLong()).lastDay()).isEqualTo(LocalDate.of(2019, 7, 2));
        assertThat(staffView(june.get("id").asLong()).get("dueOn").asString()).isEqualTo("2019-07-02");

        // the extension of the 2007 version is at most 15 working days
        today("2019-03-05");
        HttpResponse<String> tooLong = http.postJson("/api/v1/requests/" + march.get("id").asLong() + "/extension",
                Map.of("days", 16, "reason", "需调取档案"), http.token("gd-office"));
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("extensionDays", "15");
    }

    /** Art. 30 is a limit: no duty on every request, so no false OVERDUE for requests that were never unclear. */
    @Test
    void noCorrectionNoticeDutyIsRaisedForARequest() {
        today("2025-03-03");
        long id = register("2025-03-03", "2024年度某区房产税征收统计").get("id").asLong();
        SubjectRef subject = new SubjectRef("request", String.valueOf(id), null);
        assertThat(obligations.find(RuleIds.CORRECTION_NOTICE, subject)).isEmpty();
        assertThat(published.of(ObligationTriggered.class)).noneMatch(e -> e.ruleId().equals(RuleIds.CORRECTION_NOTICE));
        assertThat(jdbc.sql("select count(*) from obligation where rule_id = ?").param(RuleIds.CORRECTION_NOTICE)
                .query(Long.class).single()).isZero();
        // the limit is shown on the request: 7 working days from receipt
        assertThat(staffView(id).get("correctionNoticeDueOn").asString()).isEqualTo("2025-03-12");
    }

    @Test
    void aCorrectionNoticeAfterSevenWorkingDaysIsRefusedAndNothingIsWritten() {
        today("2025-03-12");
        long inTime = register("2025-03-03", "某文件（期限内补正）").get("id").asLong();
        long late = register("2025-03-03", "某文件（逾期补正）").get("id").asLong();
        HttpResponse<String> ok = http.postJson("/api/v1/requests/" + inTime + "/correction-notice",
                Map.of("items", "请写明文件名称", "days", 10), http.token("gd-office"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);

        today("2025-03-13");
        int eventsBefore = staffView(late).get("events").size();
        HttpResponse<String> refused = http.postJson("/api/v1/requests/" + late + "/correction-notice",
                Map.of("items", "请写明文件名称", "days", 10), http.token("gd-office"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = RequestsHttp.json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("CORRECTION_NOTICE_LATE");
        assertThat(problem.get("detail").asString()).contains("2025-03-12", "7", "第三十条");
        JsonNode after = staffView(late);
        assertThat(after.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(after.get("events").size()).isEqualTo(eventsBefore);
        assertThat(after.hasNonNull("correctionAskedOn")).isFalse();
        assertThat(reply(late).paused()).isFalse();
    }

    /**
     * Art. 32: the reply clock stops for at most the party's 15 working days and then runs even
     * without an answer; the party's lateness is no duty of the organ.
     */
    @Test
    void aConsultationStopsTheReplyClockForAtMostTheParty15WorkingDays() {
        today("2025-03-05");
        long id = register("2025-03-03", "涉及第三方商业秘密的某文件").get("id").asLong();
        assertThat(reply(id).lastDay()).isEqualTo(LocalDate.of(2025, 3, 31));
        HttpResponse<String> started = http.postJson("/api/v1/requests/" + id + "/consultations",
                Map.of("kind", "THIRD_PARTY", "party", "某公司", "sentOn", "2025-03-05"), http.token("gd-office"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        JsonNode view = staffView(id);
        // the party answers by 2025-03-26 (15 working days); the reply is due at the latest 15 working
        // days after 03-31: 04-01..03, [清明], 07..11, 14..18, 21, 22 → 2025-04-22
        assertThat(view.get("consultations").get(0).get("answerDueOn").asString()).isEqualTo("2025-03-26");
        assertThat(view.get("dueOn").asString()).isEqualTo("2025-04-22");
        assertThat(reply(id).lastDay()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(reply(id).state().isOpen()).isTrue();
        assertThat(jdbc.sql("select count(*) from obligation where rule_id = ?").param(RuleIds.CONSULTATION)
                .query(Long.class).single()).isZero();
        // the party answers late (after its 15 working days): the clock ran from 03-27 on regardless
        today("2025-04-10");
        long consultation = view.get("consultations").get(0).get("id").asLong();
        HttpResponse<String> ended = http.postJson("/api/v1/requests/" + id + "/consultations/" + consultation
                + "/end", Map.of("on", "2025-04-10", "answered", true), http.token("gd-office"));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        assertThat(staffView(id).get("dueOn").asString()).isEqualTo("2025-04-22");
        assertThat(reply(id).lastDay()).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    /** Today (2026-12-01) 2027 has no holiday data: a due date from 12-20 on is provisional, and says so. */
    @Test
    void aDueDateInLateDecemberOfTheLastKnownYearIsMarkedProvisionalInEveryAnswer() {
        today("2026-12-01");
        HttpResponse<String> created = http.postJson("/api/v1/public/requests",
                RequestApplicationWebTests.application("guangdong", "2026年度某区车船税征收统计"), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = RequestsHttp.json(created);
        assertThat(receipt.get("dueOn").asString()).isEqualTo("2026-12-29");
        assertThat(receipt.get("dueProvisional").asBoolean()).isTrue();
        assertThat(receipt.get("dueExplanation").toString()).contains("下一年度放假安排公布后可能调整");
        String code = receipt.get("trackingCode").asString().replace("-", "");
        JsonNode tracked = RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null));
        assertThat(tracked.get("dueProvisional").asBoolean()).isTrue();
        assertThat(tracked.get("dueProvisionalNote").asString()).isEqualTo("下一年度放假安排公布后可能调整。");
        assertThat(http.get("/requests/track/" + code, null).body()).contains("下一年度放假安排公布后可能调整");
        JsonNode due = RequestsHttp.json(http.get("/api/v1/calendar/due?from=2026-12-01&workingDays=20", null));
        assertThat(due.get("due").asString()).isEqualTo("2026-12-29");
        assertThat(due.get("provisional").asBoolean()).isTrue();
        assertThat(RequestsHttp.json(http.get("/api/v1/calendar/due?from=2026-11-02&workingDays=20", null))
                .get("provisional").asBoolean()).isFalse();
        JsonNode ledger = RequestsHttp.json(http.get("/api/v1/obligations?organ=guangdong&rule="
                + RuleIds.REQUEST_REPLY + "&from=2026-12-29&to=2026-12-29", http.token("gd-office")));
        assertThat(ledger.get("items").size()).isPositive();
        assertThat(ledger.get("items").get(0).get("provisional").asBoolean()).isTrue();
        assertThat(ledger.get("items").get(0).get("provisionalNote").asString()).contains("下一年度放假安排公布后可能调整");
    }
}

package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;
import cn.gongkai.requests.reports.SimilarDescriptions;
import cn.gongkai.requests.replies.LetterTemplates;

/** Annual-report statistics with carry-over, proactive-disclosure candidates and letter templates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class RequestReportsWebTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    RequestsHttp http;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
    }

    void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    long register(String organ, String type, String kind, String idOrCode, String description, String on) {
        Map<String, Object> app = new java.util.HashMap<>(RequestApplicationWebTests.application(organ, description));
        app.put("applicantType", type);
        if ("LEGAL_PERSON".equals(type)) {
            app.put("legalPersonKind", kind);
            app.put("creditCode", idOrCode);
            app.remove("idNumber");
        }
        else {
            app.put("idNumber", idOrCode);
        }
        HttpResponse<String> r = http.postJson("/api/v1/requests",
                Map.of("application", app, "channel", "IN_PERSON", "channelDate", on), http.token("gd-office"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RequestsHttp.json(r).get("id").asLong();
    }

    static boolean contains(JsonNode group, long id) {
        for (JsonNode n : group.get("requestIds")) {
            if (n.asLong() == id) {
                return true;
            }
        }
        return false;
    }

    static long count(JsonNode table, String key, String column) {
        for (JsonNode row : table.get("rows")) {
            if (row.get("key").asString().equals(key)) {
                return row.get("counts").get(column).asLong();
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void countsByApplicantTypeAndReplyClassWithCarryOver() {
        // the other tests of this context work in 2025: 2023 and 2024 are this test's own
        today("2023-12-20");
        long carried = register("guangdong", "NATURAL_PERSON", null, "11010519491231002X", "2023年广州市契税征收统计", "2023-12-20");
        long research = register("guangdong", "LEGAL_PERSON", "RESEARCH", "12100000400000624D", "广州市2023年研发费用加计扣除统计", "2023-12-20");
        today("2024-01-15");
        http.postJson("/api/v1/requests/" + research + "/reply", Map.of("replyClass", "UNABLE_TO_PROVIDE",
                "replyReason", "NOT_HELD"), http.token("gd-office"));
        long company = register("guangdong", "LEGAL_PERSON", "COMMERCIAL", "91350100M000100Y43", "广州市某区税务局2023年行政处罚决定书", "2024-01-15");
        http.postJson("/api/v1/requests/" + company + "/reply", Map.of("replyClass", "DISCLOSED"), http.token("gd-office"));
        today("2024-12-30");
        register("guangdong", "NATURAL_PERSON", null, "440106199003071231", "2024年个人所得税汇算退税统计", "2024-12-30");
        today("2025-01-10");
        http.postJson("/api/v1/requests/" + carried + "/reply", Map.of("replyClass", "NOT_PROCESSED",
                "replyReason", "PETITION"), http.token("gd-office"));

        // 2023: two received, none finished → both carried into 2024
        HttpResponse<String> r2023 = http.get("/api/v1/requests/statistics?organ=guangdong&year=2023",
                http.token("gd-office"));
        assertThat(r2023.statusCode()).isEqualTo(200);
        JsonNode y2023 = RequestsHttp.json(r2023);
        assertThat(count(y2023, "received", "TOTAL")).isEqualTo(2);
        assertThat(count(y2023, "carriedOut", "TOTAL")).isEqualTo(2);
        // 2024: carried in 2 (natural person, research), received 2; finished: research (无法提供/不掌握),
        // company (予以公开); carried out: the 2023 natural person and the 2024 natural person
        JsonNode y2024 = RequestsHttp.json(http.get("/api/v1/requests/statistics?organ=guangdong&year=2024",
                http.token("gd-office")));
        assertThat(count(y2024, "carriedIn", "NATURAL_PERSON")).isEqualTo(1);
        assertThat(count(y2024, "carriedIn", "RESEARCH")).isEqualTo(1);
        assertThat(count(y2024, "received", "COMMERCIAL")).isEqualTo(1);
        assertThat(count(y2024, "received", "NATURAL_PERSON")).isEqualTo(1);
        assertThat(count(y2024, "result.UNABLE_TO_PROVIDE", "RESEARCH")).isEqualTo(1);
        assertThat(count(y2024, "reason.NOT_HELD", "RESEARCH")).isEqualTo(1);
        assertThat(count(y2024, "result.DISCLOSED", "COMMERCIAL")).isEqualTo(1);
        assertThat(count(y2024, "total", "TOTAL")).isEqualTo(2);
        assertThat(count(y2024, "carriedOut", "NATURAL_PERSON")).isEqualTo(2);
        assertThat(y2024.get("balanced").asBoolean()).isTrue();
        assertThat(y2024.get("rows").findValuesAsString("row")).contains("（三）不予公开", "3.危及“三安全一稳定”",
                "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理");
        // the console page shows the same table; other organs' staff are refused
        assertThat(http.get("/api/v1/requests/statistics?organ=guangdong&year=2024",
                http.token("sat-handler")).statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/requests/statistics?organ=guangdong&year=1999",
                http.token("gd-office")).statusCode()).isEqualTo(400);
    }

    @Test
    void similarRequestsByDifferentApplicantsAreSuggestedForProactiveDisclosure() {
        today("2025-08-04");
        long first = register("guangdong", "NATURAL_PERSON", null, "11010519491231002X",
                "请公开2024年度个人所得税汇算清缴退税统计数据", "2025-08-04");
        long second = register("guangdong", "NATURAL_PERSON", null, "440106199003071231",
                "2024年度个人所得税汇算清缴退税的统计数据", "2025-08-04");
        long other = register("guangdong", "NATURAL_PERSON", null, "440106199003071231",
                "天河区2025年房产税减免名单", "2025-08-04");
        JsonNode groups = RequestsHttp.json(http.get("/api/v1/requests/candidates?organ=guangdong",
                http.token("gd-office")));
        JsonNode group = null;
        for (JsonNode g : groups) {
            if (contains(g, first)) {
                group = g;
            }
        }
        assertThat(group).as(groups.toString()).isNotNull();
        assertThat(contains(group, second)).isTrue();
        assertThat(contains(group, other)).isFalse();
        assertThat(group.get("applicants").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(http.postJson("/console/requests/candidates", Map.of(), null).statusCode()).isIn(302, 403);
        assertThat(SimilarDescriptions.jaccard(SimilarDescriptions.bigrams("2024年个人所得税汇算退税统计"),
                SimilarDescriptions.bigrams("2024年度企业所得税汇算清缴统计"))).isLessThan(0.5);
    }

    @Test
    void theConsolePagesRenderForTheOrgansStaffOnly() {
        today("2025-08-05");
        long id = register("guangdong", "NATURAL_PERSON", null, "11010519491231002X", "广东省2025年上半年减税降费统计",
                "2025-08-05");
        String base = "http://localhost:" + port;
        ConsoleSession gd = ConsoleSession.login(base, "gd-office", "Demo-Passw0rd!");
        assertThat(gd.get("/console/requests").body()).contains("依申请公开办理");
        assertThat(gd.get("/console/requests/" + id).body()).contains("广东省2025年上半年减税降费统计",
                "11010519491231002X", "答复期限的计算方法");
        assertThat(gd.get("/console/requests/new").status()).isEqualTo(200);
        assertThat(gd.get("/console/requests/statistics?organ=guangdong&year=2025").body())
                .contains("一、本年新收政府信息公开申请数量", "社会公益组织", "四、结转下年度继续办理");
        assertThat(gd.get("/console/requests/candidates?organ=guangdong").status()).isEqualTo(200);
        assertThat(gd.get("/console/requests/templates?organ=guangdong").body()).contains("{{legalBasis}}");
        ApiClient.Response bad = gd.form("/console/requests/templates?organ=guangdong", "/console/requests/templates",
                "organ=guangdong&replyClass=DISCLOSED&body=" + java.net.URLEncoder.encode("致{{applicantName}}：",
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("applicantName");
        ApiClient.Response saved = gd.form("/console/requests/templates?organ=guangdong", "/console/requests/templates",
                "organ=guangdong&replyClass=NOT_PROCESSED&body=" + java.net.URLEncoder.encode(
                        "告知书\n\n{{organ}}认为：{{reason}}\n\n{{organ}}\n{{repliedOn}}",
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(gd.get("/console/requests/templates?organ=guangdong").body()).contains("认为");
        ConsoleSession sat = ConsoleSession.login(base, "sat-handler", "Demo-Passw0rd!");
        assertThat(sat.get("/console/requests/" + id).status()).isEqualTo(404);
        assertThat(sat.get("/console/requests").body()).doesNotContain("广东省2025年上半年减税降费统计");
    }

    @Test
    void unknownTemplatePlaceholdersStayVisibleAndDefaultsShip() {
        assertThat(LetterTemplates.fill("致{{organ}}：{{nope}}", Map.of("organ", "某局"))).isEqualTo("致某局：{{nope}}");
        assertThat(LetterTemplates.shipped(ReplyClass.NOT_DISCLOSED)).contains("{{reason}}", "{{legalBasis}}");
    }
}

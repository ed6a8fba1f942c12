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

import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Replies the Regulations allow only with a content or after a step (art. 30, 35, 37): refused
 * with 422 naming the field and the rule, nothing written; and the applicant's statement of
 * reasons (art. 35) on the public tracking page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class ReplyPreconditionWebTests {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    RequestsHttp http;
    String token;

    @BeforeEach
    void setUp() {
        http = new RequestsHttp(port);
        clock.set(LocalDate.parse("2025-04-01").atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        token = http.token("gd-office");
    }

    String apply(String description) {
        HttpResponse<String> r = http.postJson("/api/v1/public/requests",
                RequestApplicationWebTests.application("guangdong", description), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return RequestsHttp.json(r).get("trackingCode").asString();
    }

    long idOf(String code) {
        for (JsonNode row : RequestsHttp.json(http.get("/api/v1/requests?state=ALL", token)).get("rows")) {
            if (row.get("trackingCode").asString().equals(code)) {
                return row.get("id").asLong();
            }
        }
        throw new AssertionError("not in queue: " + code);
    }

    void refusedOn(long id, Map<String, Object> reply, String field, String ruleText) {
        HttpResponse<String> r = http.postJson("/api/v1/requests/" + id + "/reply", reply, token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode body = RequestsHttp.json(r);
        assertThat(body.get("code").asString()).isEqualTo("PROCEDURE_STEP_MISSING");
        assertThat(body.get("errors").findValuesAsString("field")).contains(field);
        assertThat(body.toString()).contains(ruleText);
        JsonNode after = RequestsHttp.json(http.get("/api/v1/requests/" + id, token));
        assertThat(after.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(after.get("files")).isEmpty();
        assertThat(after.get("events").findValuesAsString("kind")).doesNotContain("REPLIED");
    }

    @Test
    void aPartialDisclosureWithoutTheReasonsForTheWithheldPartIsRefused() {
        long id = idOf(apply("2024年广东省研发费用加计扣除汇总及企业明细"));
        refusedOn(id, Map.of("replyClass", "PARTIALLY_DISCLOSED"), "replyReason", "第三十七条");
        refusedOn(id, Map.of("replyClass", "PARTIALLY_DISCLOSED", "replyReason", "THIRD_PARTY_RIGHTS"), "replyText",
                "第三十七条");
        assertThat(http.postJson("/api/v1/requests/" + id + "/reply", Map.of("replyClass", "PARTIALLY_DISCLOSED",
                "replyReason", "THIRD_PARTY_RIGHTS", "replyText", "企业明细涉及商业秘密，不予公开。"), token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void stillUnclearAfterCorrectionNeedsACorrectionNoticeFirst() {
        long id = idOf(apply("广东省税务局的那个文件"));
        refusedOn(id, Map.of("replyClass", "UNABLE_TO_PROVIDE", "replyReason", "UNCLEAR_AFTER_CORRECTION"),
                "replyReason", "第三十条");
        http.postJson("/api/v1/requests/" + id + "/correction-notice", Map.of("items", "请写明文件名称或文号", "days", 5),
                token);
        String code = RequestsHttp.json(http.get("/api/v1/requests/" + id, token)).get("trackingCode").asString();
        http.postJson("/api/v1/public/requests/" + code + "/correction", Map.of("description", "广东省税务局的某个通知"), null);
        assertThat(http.postJson("/api/v1/requests/" + id + "/reply", Map.of("replyClass", "UNABLE_TO_PROVIDE",
                "replyReason", "UNCLEAR_AFTER_CORRECTION"), token).statusCode()).isEqualTo(200);
    }

    @Test
    void excessiveRequestsNeedTheRequestForReasonsFirstAndTheApplicantAnswersOnTheTrackingPage() {
        String code = apply("广东省2015年至2024年每一户纳税人的全部纳税申报表");
        long id = idOf(code);
        refusedOn(id, Map.of("replyClass", "NOT_PROCESSED", "replyReason", "EXCESSIVE"), "replyReason", "第三十五条");
        String plain = code.replace("-", "");
        assertThat(http.get("/requests/track/" + plain, null).body()).doesNotContain("id=\"reasons\"");
        http.postJson("/api/v1/requests/" + id + "/reasons-request", Map.of("text", "请说明申请大量纳税申报表的理由。"), token);
        String page = http.get("/requests/track/" + plain, null).body();
        assertThat(page).contains("id=\"reasons\"", "说明申请理由");
        // an empty statement is refused beside the field
        HttpResponse<String> empty = http.postForm("/requests/track/" + plain, "/requests/track/" + plain + "/reasons",
                Map.of("reasons", " "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"reasons-error\"");
        HttpResponse<String> sent = http.postForm("/requests/track/" + plain, "/requests/track/" + plain + "/reasons",
                Map.of("reasons", "本人从事税收学术研究，需要分年度样本。"));
        assertThat(sent.statusCode()).isEqualTo(302);
        JsonNode view = RequestsHttp.json(http.get("/api/v1/public/requests/" + code, null));
        assertThat(view.get("reasonsRequested").asBoolean()).isFalse();
        assertThat(view.get("events").toString()).contains("REASONS_ANSWERED", "本人从事税收学术研究");
        JsonNode staff = RequestsHttp.json(http.get("/api/v1/requests/" + id, token));
        assertThat(staff.get("events").toString()).contains("REASONS_ANSWERED", "需要分年度样本", "applicant");
        // no second answer without a new request for reasons
        HttpResponse<String> again = http.postJson("/api/v1/public/requests/" + code + "/reasons",
                Map.of("reasons", "再次说明"), null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(RequestsHttp.json(again).get("code").asString()).isEqualTo("NO_REASONS_REQUEST");
        assertThat(http.postJson("/api/v1/requests/" + id + "/reply", Map.of("replyClass", "NOT_PROCESSED",
                "replyReason", "EXCESSIVE"), token).statusCode()).isEqualTo(200);
    }
}

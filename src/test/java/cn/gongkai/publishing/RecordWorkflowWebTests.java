package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecordWorkflowWebTests {

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    long create(String user, Map<String, Object> body) {
        Api.Answer a = api.post(user, "/api/v1/records", body);
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        return a.id();
    }

    Api.Answer reviewUntilApproved(String user, long id) {
        Api.Answer a = null;
        for (int i = 0; i < 3; i++) {
            a = api.post(user, "/api/v1/records/" + id + "/review", Map.of("decision", "approve", "reason", "同意"));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            if ("APPROVED".equals(a.text("state"))) {
                return a;
            }
        }
        return a;
    }

    long published(String drafter, String office, Map<String, Object> body) {
        long id = create(drafter, body);
        assertThat(api.post(drafter, "/api/v1/records/" + id + "/submit", null).status()).isEqualTo(200);
        reviewUntilApproved(office, id);
        Api.Answer p = api.post(RecordPublicationWebTests.publisherBeside(office), "/api/v1/records/" + id + "/publish",
                null);
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        return id;
    }

    @Test
    void createsADraftAnswering201WithItsId() {
        Api.Answer a = api.post("sat-drafter", "/api/v1/records", Api.draft("创建测试"));
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.raw().headers().firstValue("Location")).hasValue("/api/v1/records/" + a.id());
        assertThat(a.text("state")).isEqualTo("DRAFT");
        assertThat(a.text("organ")).isEqualTo("sat");
        assertThat(a.text("catalogEntry")).isEqualTo("12.01");
    }

    @Test
    void normalizesTheDocumentNumberAndWarnsTheDrafter() {
        Map<String, Object> body = Api.draft("文号规范化");
        body.put("documentNumber", "税总发[2017]44号");
        Api.Answer a = api.post("sat-drafter", "/api/v1/records", body);
        assertThat(a.text("documentNumber")).isEqualTo("税总发〔2017〕44号");
        assertThat(a.json().get("warnings").get(0).asString()).contains("〔2017〕", "GB/T 9704");
    }

    @Test
    void answersInvalidInputWith400NamingTheFields() {
        Map<String, Object> body = Api.draft(" ");
        body.put("documentNumber", "第44号文件");
        body.put("catalogEntry", "99.99");
        Api.Answer a = api.post("sat-drafter", "/api/v1/records", body);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("errors").findValuesAsString("field"))
                .contains("title", "documentNumber", "catalogEntry");
        assertThat(api.post("sat-drafter", "/api/v1/records", Map.of("title", "x", "type", "NOPE")).status())
                .isEqualTo(400);
    }

    // Implementation Measures 七(一)
    @Test
    void refusesSubmissionWithoutAttributeWithItsCodeAndClause() {
        Map<String, Object> body = Api.draft("无公开属性");
        body.remove("attribute");
        long id = create("sat-drafter", body);
        Api.Answer a = api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(a.text("code")).isEqualTo("ATTRIBUTE_MISSING");
        assertThat(a.text("detail")).contains("公开属性", "七(一)", "退文");
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id).text("state")).isEqualTo("DRAFT");
    }

    // Implementation Measures 七(一)
    @Test
    void refusesNondisclosureWithoutALegalReason() {
        Map<String, Object> body = Api.draft("不予公开无理由");
        body.put("attribute", "NOT_DISCLOSED");
        long id = create("sat-drafter", body);
        Api.Answer a = api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("code")).isEqualTo("NONDISCLOSURE_REASON_MISSING");
        assertThat(a.text("detail")).contains("理由", "七(一)");
        body.put("nondisclosureReason", "PROCESS_INFORMATION");
        assertThat(api.put("sat-drafter", "/api/v1/records/" + id, body).status()).isEqualTo(200);
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null).status()).isEqualTo(200);
    }

    // Implementation Measures 八(二): 三同步
    @Test
    void refusesANormativeDocumentWithoutInterpretationAndPublishesBothTogether() {
        Map<String, Object> policy = Api.draft("规范性文件三同步");
        policy.put("type", "NORMATIVE_DOCUMENT");
        policy.put("documentNumber", "国家税务总局公告2018年第31号");
        long id = create("sat-drafter", policy);
        Api.Answer refused = api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("INTERPRETATION_MISSING");
        assertThat(refused.text("detail")).contains("八(二)", "三同步");

        Map<String, Object> interpretation = Api.draft("规范性文件三同步的解读");
        interpretation.put("type", "INTERPRETATION");
        interpretation.put("interpretationOf", id);
        interpretation.put("firstInterpreter", "政策法规司负责同志");
        long iid = create("sat-drafter", interpretation);
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null).status()).isEqualTo(200);
        api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        Api.Answer notYet = api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        assertThat(notYet.status()).isEqualTo(422);
        assertThat(notYet.text("code")).isEqualTo("INTERPRETATION_MISSING");

        assertThat(api.post("sat-drafter", "/api/v1/records/" + iid + "/submit", null).status()).isEqualTo(200);
        reviewUntilApproved("sat-office", iid);
        Api.Answer early = api.post("sat-publisher", "/api/v1/records/" + iid + "/publish", null);
        assertThat(early.text("code")).isEqualTo("POLICY_NOT_PUBLISHED");
        assertThat(api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "approve")).text(
                "state")).isEqualTo("APPROVED");
        Api.Answer p = api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null);
        assertThat(p.text("state")).isEqualTo("PUBLISHED");
        Api.Answer i = api.get("sat-office", "/api/v1/records/" + iid);
        assertThat(i.text("state")).isEqualTo("PUBLISHED");
        assertThat(i.text("firstPublishedAt")).isEqualTo(p.text("firstPublishedAt"));
        assertThat(p.json().get("interpretations").get(0).asLong()).isEqualTo(iid);

        String policyPage = api.get(null, "/records/" + id).body();
        assertThat(policyPage).contains("规范性文件三同步的解读", "/records/" + iid, "国家税务总局公告2018年第31号");
        assertThat(api.get(null, "/records/" + iid).body()).contains("/records/" + id, "政策法规司负责同志");
    }

    // Regulations art. 15
    @Test
    void blocksPersonalDataWithPositionsUntilAReviewerConfirms() {
        Map<String, Object> body = Api.draft("含个人信息");
        body.put("body", "<p>联系人手机13812345678。</p>");
        long id = create("sat-drafter", body);
        Api.Answer a = api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("code")).isEqualTo("PERSONAL_DATA_FOUND");
        assertThat(a.text("detail")).contains("正文第6–16字", "手机号", "138****5678", "第十五条");
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/confirm-personal-data", null).status())
                .isEqualTo(403);
        assertThat(api.post("sat-office", "/api/v1/records/" + id + "/confirm-personal-data", null).status())
                .isEqualTo(200);
        // SAT's demo organ has no department reviewer: the office review is the first step
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null).text("state"))
                .isEqualTo("OFFICE_REVIEW");
    }

    @Test
    void runsTheWholeWorkflowWithAReturnAndResubmission() {
        long id = create("sat-drafter", Api.draft("完整流程"));
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null).text("state"))
                .isEqualTo("OFFICE_REVIEW");
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"))
                .status()).isEqualTo(403);
        assertThat(api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "return"))
                .status()).isEqualTo(400);
        Api.Answer returned = api.post("sat-office", "/api/v1/records/" + id + "/review",
                Map.of("decision", "return", "reason", "请补充主题分类"));
        assertThat(returned.text("state")).isEqualTo("DRAFT");
        assertThat(returned.text("returnReason")).isEqualTo("请补充主题分类");
        Map<String, Object> fixed = Api.draft("完整流程");
        fixed.put("topic", "政务公开");
        assertThat(api.put("sat-drafter", "/api/v1/records/" + id, fixed).status()).isEqualTo(200);
        api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        assertThat(api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null).status()).isEqualTo(422);
        reviewUntilApproved("sat-office", id);
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/publish", null).status()).isEqualTo(403);
        Api.Answer p = api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null);
        assertThat(p.text("state")).isEqualTo("PUBLISHED");
        assertThat(p.text("indexNumber")).matches("000014349/\\d{4}-\\d{5}");
        assertThat(p.text("url")).endsWith("/records/" + id);
        assertThat(api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null).status()).isEqualTo(422);
        List<String> actions = api.get("sat-drafter", "/api/v1/records/" + id + "/steps").json()
                .findValuesAsString("action");
        assertThat(actions).containsSubsequence("created", "submitted", "returned", "edited", "submitted",
                "approved", "published");
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id + "/steps").body()).contains("请补充主题分类");
        assertThat(api.get(null, "/records/" + id).body()).contains("完整流程", p.text("indexNumber"));
        List<String> audited = api.get("admin", "/api/v1/audit/entries?subject=" + id).json().findValuesAsString("action");
        assertThat(audited).contains("record.created", "record.submitted", "record.returned",
                "record.edited", "record.approved", "record.published");
        JsonNode listed = api.get("sat-office", "/api/v1/records?state=PUBLISHED&q=" + java.net.URLEncoder.encode("完整", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(listed.findValuesAsString("title")).contains("完整流程");
        assertThat(listed.findValuesAsString("state")).containsOnly("PUBLISHED");
        assertThat(api.get("gd-office", "/api/v1/records?q=" + java.net.URLEncoder.encode("完整流程", java.nio.charset.StandardCharsets.UTF_8)).json().size()).isZero();
    }

    @Test
    void keepsEditionsWithPublicChangeNotesAndTheIndexNumber() {
        long id = published("sat-drafter", "sat-office", Api.draft("版本历史"));
        String index = api.get("sat-office", "/api/v1/records/" + id).text("indexNumber");
        assertThat(api.post("sat-drafter", "/api/v1/records/" + id + "/revise", Map.of()).status()).isEqualTo(400);
        Api.Answer r = api.post("sat-drafter", "/api/v1/records/" + id + "/revise", Map.of("changeNote", "更正第二段表述"));
        assertThat(r.text("state")).isEqualTo("DRAFT");
        assertThat(r.json().get("edition").asInt()).isEqualTo(2);
        assertThat(api.get(null, "/records/" + id).body()).contains("版本历史的正文");
        Map<String, Object> changed = Api.draft("版本历史");
        changed.put("body", "<p>修订后的正文。</p>");
        api.put("sat-drafter", "/api/v1/records/" + id, changed);
        api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        reviewUntilApproved("sat-office", id);
        Api.Answer p = api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null);
        assertThat(p.text("indexNumber")).isEqualTo(index);
        JsonNode editions = api.get("sat-office", "/api/v1/records/" + id + "/editions").json();
        assertThat(editions.size()).isEqualTo(2);
        assertThat(editions.get(1).get("changeNote").asString()).isEqualTo("更正第二段表述");
        String page = api.get(null, "/records/" + id).body();
        assertThat(page).contains("修订后的正文", "更正第二段表述").doesNotContain("版本历史的正文");
    }

    @Test
    void scopesRecordsToTheirOrgan() {
        long id = create("sat-drafter", Api.draft("总局草稿"));
        assertThat(api.get("gd-drafter", "/api/v1/records/" + id).status()).isEqualTo(403);
        assertThat(api.put("gd-drafter", "/api/v1/records/" + id, Api.draft("改")).status()).isEqualTo(403);
        assertThat(api.post("gd-office", "/api/v1/records/" + id + "/withdraw", Map.of("reason", "x")).status())
                .isEqualTo(403);
        Map<String, Object> body = Api.draft("越权创建");
        body.put("organ", "sat");
        assertThat(api.post("gd-drafter", "/api/v1/records", body).status()).isEqualTo(403);
        assertThat(api.get("sat-drafter", "/api/v1/records/999999").status()).isEqualTo(404);
        assertThat(api.get("sat-drafter", "/api/v1/records/999999").text("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void neverLetsUnsanitizedHtmlReachAPage() {
        Map<String, Object> body = Api.draft("脚本注入");
        body.put("body", "<p onmouseover=\"alert(1)\">正文</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(2)\">点我</a><img src=\"x\" onerror=\"alert(3)\">");
        long id = published("sat-drafter", "sat-office", body);
        String page = api.get(null, "/records/" + id).body();
        assertThat(page).contains("正文", "点我").doesNotContain("alert(", "onmouseover", "onerror", "javascript:");
        String console = api.get("sat-office", "/api/v1/records/" + id).text("body");
        assertThat(console).doesNotContain("alert(", "script");
    }
}

package cn.gongkai.regulations.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.validity.Validities;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 item 6: a cleanup campaign decides per document and provision with a basis, is
 * approved by another person, publishes its result grouped as the SAT's announcements are, and
 * is applied once as CONFIRMED effects of origin CLEANUP.
 */
@WebTest
class CleanupCampaignWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 6, 1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Validities validities;

    private ApiClient as(String who) {
        return new ApiClient(port).as(who);
    }

    /** Documents issued in {@code year} (a year no other test uses) are this campaign's scope. */
    private String doc(String title, int year, int day) {
        return LibraryFixture.aLaw(jdbc, title).articles(3).effectiveOn(LocalDate.of(year, 3, day)).save();
    }

    private long campaign(String who, int year, String announcement) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "关于公布全文失效废止、部分条款失效废止的税收规范性文件目录的公告",
                "scope", Map.of("types", List.of("LAW"), "issuedAfter", (year - 1) + "-12-31",
                        "issuedBefore", (year + 1) + "-01-01"),
                "effectiveOn", EFFECTIVE.toString()));
        if (announcement != null) {
            body.put("announcementDocumentId", announcement);
        }
        ApiClient.Response r = as(who).post("/api/v1/regulations/cleanups", JSON.writeValueAsString(body));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static Map<String, Object> decision(String doc, String eid, String decision, String basis) {
        Map<String, Object> d = new HashMap<>(Map.of("documentId", doc, "decision", decision, "basis", basis));
        if (eid != null) {
            d.put("eId", eid);
        }
        return d;
    }

    private ApiClient.Response decide(String who, long id, List<Map<String, Object>> decisions) {
        return as(who).put("/api/v1/regulations/cleanups/" + id + "/decisions",
                JSON.writeValueAsString(Map.of("decisions", decisions)));
    }

    private ApiClient.Response act(String who, long id, String act) {
        return as(who).post("/api/v1/regulations/cleanups/" + id + "/" + act, "{}");
    }

    private int effectsOn(String doc) {
        return jdbc.sql("select count(*) from reg_effect where affected_document_id = ?").param(doc)
                .query(Integer.class).single();
    }

    @Test
    void decisionsApprovedByAnotherArePublishedAndAppliedOnceAsConfirmedCleanupEffects() {
        String repealed = doc("清理测试全文废止法", 1981, 1);
        String partly = doc("清理测试部分废止法", 1981, 2);
        String kept = doc("清理测试继续有效法", 1981, 3);
        String announcement = doc("清理结果公告", 1979, 1);
        long id = campaign("sat-drafter", 1981, announcement);

        JsonNode campaign = as("sat-drafter").get("/api/v1/regulations/cleanups/" + id).json();
        List<String> inScope = new ArrayList<>();
        campaign.get("documents").forEach(d -> inScope.add(d.get("id").asString()));
        assertThat(inScope).containsExactly(repealed, partly, kept);
        assertThat(campaign.get("stage").asString()).isEqualTo("DRAFT");

        Map<String, Object> amend = decision(partly, "art_3", "AMEND", "与现行规定不一致，予以修改");
        amend.put("newText", "第3条修改后的正文。");
        ApiClient.Response decided = decide("sat-drafter", id, List.of(
                decision(repealed, null, "REPEAL", "已被新法取代"),
                decision(partly, null, "KEEP", "主体内容仍适用"),
                decision(partly, "art_2__para_2", "REPEAL", "该款规定的事项已取消"), amend,
                decision(kept, null, "KEEP", "继续适用")));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        ApiClient.Response early = act("sat-publisher", id, "apply");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("code").asString()).isEqualTo("CLEANUP_NOT_APPROVED");
        assertThat(effectsOn(repealed)).isZero();
        assertThat(new ApiClient(port).status("/regulations/cleanups/" + id)).isEqualTo(404);

        ApiClient.Response approved = act("sat-office", id, "approve");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("approvedBy").asString()).isEqualTo("sat-office");
        ApiClient.Response late = decide("sat-drafter", id, List.of(decision(kept, null, "REPEAL", "改变主意")));
        assertThat(late.status()).isEqualTo(422);

        assertThat(act("sat-publisher", id, "publish").status()).isEqualTo(200);
        JsonNode result = new ApiClient(port).get("/api/v1/public/regulations/cleanups/" + id).json();
        assertThat(result.get("repealedOrExpired").get(0).get("documentId").asString()).isEqualTo(repealed);
        assertThat(result.get("partlyChanged").get(0).get("documentId").asString()).isEqualTo(partly);
        assertThat(result.get("partlyChanged").get(0).get("provisions")).hasSize(2);
        assertThat(result.get("kept").get(0).get("documentId").asString()).isEqualTo(kept);
        String page = new ApiClient(port).text("/regulations/cleanups/" + id);
        assertThat(page).contains("全文废止和失效的文件目录", "部分条款废止和失效", "继续有效", "清理测试全文废止法",
                "第二条第二款", "第3条修改后的正文。", "已被新法取代");
        assertThat(page.indexOf("清理测试全文废止法")).isLessThan(page.indexOf("清理测试部分废止法"));
        assertThat(page.indexOf("清理测试部分废止法")).isLessThan(page.indexOf("清理测试继续有效法"));

        ApiClient.Response answer = as("sat-drafter").post("/api/v1/regulations/answers", JSON.writeValueAsString(
                Map.of("question", "该款规定的事项如何办理？", "answer", "依第二条第二款办理。", "citations",
                        List.of(Map.of("documentId", partly, "eId", "art_2__para_2")))));
        long answerId = answer.json().get("id").asLong();

        ApiClient.Response applied = act("sat-publisher", id, "apply");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("stage").asString()).isEqualTo("APPLIED");
        List<Map<String, Object>> effects = jdbc.sql("""
                select affected_document_id, affected_eid, affecting_document_id, effect_type, effective_on, new_text,
                  note, origin, state, reviewed_by from reg_effect where affected_document_id in (?, ?, ?)
                order by affected_document_id, affected_eid""").params(repealed, partly, kept).query().listOfRows();
        assertThat(effects).hasSize(3);
        assertThat(effects).allSatisfy(e -> {
            assertThat(e.get("ORIGIN")).isEqualTo("CLEANUP");
            assertThat(e.get("STATE")).isEqualTo("CONFIRMED");
            assertThat(e.get("AFFECTING_DOCUMENT_ID")).isEqualTo(announcement);
            assertThat(e.get("EFFECTIVE_ON").toString()).isEqualTo(EFFECTIVE.toString());
            assertThat(e.get("REVIEWED_BY")).isEqualTo("sat-office");
        });
        Map<String, Object> whole = effects.stream().filter(e -> repealed.equals(e.get("AFFECTED_DOCUMENT_ID")))
                .findFirst().orElseThrow();
        assertThat(whole.get("AFFECTED_EID")).isNull();
        assertThat(whole.get("EFFECT_TYPE")).isEqualTo("REPEAL");
        assertThat(whole.get("NOTE")).isEqualTo("已被新法取代");
        assertThat(effects).anySatisfy(e -> {
            assertThat(e.get("AFFECTED_EID")).isEqualTo("art_3");
            assertThat(e.get("EFFECT_TYPE")).isEqualTo("AMEND");
            assertThat(e.get("NEW_TEXT")).isEqualTo("第3条修改后的正文。");
        });
        assertThat(effects).anySatisfy(e -> {
            assertThat(e.get("AFFECTED_EID")).isEqualTo("art_2__para_2");
            assertThat(e.get("EFFECT_TYPE")).isEqualTo("REPEAL");
        });
        assertThat(effectsOn(kept)).isZero();
        // validity derived again at once; the 12366 answer citing the repealed 款 is flagged
        assertThat(validities.documentOn(repealed, EFFECTIVE.minusDays(1))).contains(Validity.IN_FORCE);
        assertThat(validities.documentOn(repealed, EFFECTIVE)).contains(Validity.REPEALED);
        assertThat(validities.documentOn(partly, EFFECTIVE)).contains(Validity.PARTLY_REPEALED);
        assertThat(validities.documentOn(kept, EFFECTIVE)).contains(Validity.IN_FORCE);
        assertThat(new ApiClient(port).get("/api/v1/public/regulations/answers/" + answerId).json().get("flagged")
                .asBoolean()).isTrue();

        ApiClient.Response twice = act("sat-publisher", id, "apply");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("code").asString()).isEqualTo("CLEANUP_APPLIED");
        assertThat(effectsOn(repealed) + effectsOn(partly)).isEqualTo(3);

        List<String> audited = jdbc.sql("select action from audit_entry where subject_type = 'cleanup' and subject_id = ?")
                .param(String.valueOf(id)).query(String.class).list();
        assertThat(audited).contains("regulations.cleanup.created", "regulations.cleanup.decided",
                "regulations.cleanup.approved", "regulations.cleanup.published", "regulations.cleanup.applied");
    }

    @Test
    void whoeverCreatedOrDecidedCannotApprove() {
        String doc = doc("清理测试职责分离法", 1982, 1);
        long own = campaign("sat-office", 1982, null);
        assertThat(decide("sat-office", own, List.of(decision(doc, null, "KEEP", "继续适用"))).status()).isEqualTo(200);
        ApiClient.Response self = act("sat-office", own, "approve");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().get("code").asString()).isEqualTo("SEPARATION_OF_DUTIES");

        long byDrafter = campaign("sat-drafter", 1982, null);
        assertThat(decide("sat-office", byDrafter, List.of(decision(doc, null, "REPEAL", "已过时"))).status())
                .isEqualTo(200);
        assertThat(act("sat-office", byDrafter, "approve").json().get("code").asString())
                .isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(act("sat-drafter", byDrafter, "approve").status()).isEqualTo(403);
        assertThat(act("admin", byDrafter, "approve").status()).isEqualTo(200);
        assertThat(act("admin", own, "approve").status()).isEqualTo(200);
    }

    @Test
    void badDecisionsAreRefusedNamingTheFieldAndEveryDocumentNeedsOne() {
        String first = doc("清理测试校验法一", 1983, 1);
        String second = doc("清理测试校验法二", 1983, 2);
        String outside = doc("清理测试范围外法", 1984, 1);
        long id = campaign("sat-drafter", 1983, null);

        ApiClient.Response notInScope = decide("sat-drafter", id, List.of(decision(outside, null, "KEEP", "x")));
        assertThat(notInScope.status()).isEqualTo(400);
        assertThat(notInScope.json().get("errors").get(0).get("field").asString()).isEqualTo("decisions[0].documentId");
        ApiClient.Response noText = decide("sat-drafter", id, List.of(decision(first, null, "KEEP", "继续适用"),
                decision(first, "art_1", "AMEND", "修改")));
        assertThat(noText.status()).isEqualTo(400);
        assertThat(noText.json().get("errors").get(0).get("field").asString()).isEqualTo("decisions[1].newText");
        ApiClient.Response noBasis = decide("sat-drafter", id, List.of(decision(first, "art_9", "REPEAL", " ")));
        assertThat(noBasis.json().get("errors")).anySatisfy(e -> assertThat(e.get("field").asString())
                .isIn("decisions[0].eId", "decisions[0].basis"));
        assertThat(jdbc.sql("select count(*) from reg_cleanup_decision where cleanup_id = ?").param(id)
                .query(Integer.class).single()).isZero();

        ApiClient.Response conflict = decide("sat-drafter", id, List.of(decision(first, null, "REPEAL", "已取代"),
                decision(first, "art_1", "REPEAL", "已取代")));
        assertThat(conflict.status()).isEqualTo(422);
        assertThat(conflict.json().get("code").asString()).isEqualTo("CONFLICTING_DECISIONS");

        assertThat(decide("sat-drafter", id, List.of(decision(first, null, "REPEAL", "已取代"))).status()).isEqualTo(200);
        ApiClient.Response undecided = act("sat-office", id, "approve");
        assertThat(undecided.status()).isEqualTo(422);
        assertThat(undecided.json().get("code").asString()).isEqualTo("UNDECIDED_DOCUMENTS");
        assertThat(undecided.body()).contains(second);

        ApiClient.Response noTitle = as("sat-drafter").post("/api/v1/regulations/cleanups",
                "{\"scope\":{\"types\":[\"NOVEL\"]},\"effectiveOn\":\"2026-01-01\"}");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body()).contains("title", "scope.types[0]");
        ApiClient.Response badDate = as("sat-drafter").post("/api/v1/regulations/cleanups",
                "{\"title\":\"x\",\"effectiveOn\":\"2026-13-01\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("effectiveOn");
        assertThat(new ApiClient(port).post("/api/v1/regulations/cleanups", "{}").status()).isEqualTo(401);
    }
}

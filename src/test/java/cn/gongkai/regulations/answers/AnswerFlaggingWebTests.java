package cn.gongkai.regulations.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.Organization;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.ProvisionsAffected;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11 item 7: an answer citing a provision is flagged the moment the provision (or one above
 * or below it, or the whole document) is repealed or amended; the owning organ's review duty is
 * in the ledger; the review closes both.
 */
@WebTest
class AnswerFlaggingWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static long effectIds = 880_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Obligations obligations;
    @Autowired
    Organization organization;
    @Autowired
    Clock clock;

    private long answer(String doc, String... eids) {
        List<Map<String, String>> citations = java.util.Arrays.stream(eids)
                .map(e -> Map.of("documentId", doc, "eId", e)).toList();
        ApiClient.Response created = new ApiClient(port).as("sat-drafter").post("/api/v1/regulations/answers",
                JSON.writeValueAsString(Map.of("question", "纳税人如何理解第二条第二款的规定？", "answer",
                        "根据所引条款，纳税人应当……", "category", "征收管理", "citations", citations)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** What the validity package publishes when a confirmed effect takes hold (the variants of the hit rule). */
    private long takesHold(String doc, List<String> eids, EffectType type) {
        long effect = ++effectIds;
        tx.executeWithoutResult(s -> events.publishEvent(new ProvisionsAffected(doc, eids, type,
                LocalDate.now(clock), effect)));
        return effect;
    }

    private JsonNode publicJson(long id) {
        ApiClient.Response r = new ApiClient(port).get("/api/v1/public/regulations/answers/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void a12366AnswerCitingAnArticleIsFlaggedTheMomentThatArticleIsRepealed() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库测试法").articles(3).save();
        long id = answer(doc, "art_2__para_2");
        assertThat(publicJson(id).get("flagged").asBoolean()).isFalse();
        assertThat(new ApiClient(port).text("/regulations/answers/" + id)).doesNotContain("所引条款已修改/废止");
        assertThat(obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id))).isEmpty();

        // end to end: a drafter enters the repeal of art_2 from today, the office confirms it (regulations.validity)
        ApiClient.Response entered = new ApiClient(port).as("sat-drafter").post("/api/v1/regulations/documents/" + doc + "/effects",
                JSON.writeValueAsString(Map.of("affectedEid", "art_2", "type", "REPEAL", "effectiveOn",
                        LocalDate.now(clock).toString(), "note", "第二条废止")));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(publicJson(id).get("flagged").asBoolean()).as("a suggested effect does not count").isFalse();
        ApiClient.Response confirmed = new ApiClient(port).as("sat-office").post("/api/v1/regulations/effects/"
                + entered.json().get("id").asLong() + "/review", "{\"decision\":\"CONFIRM\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

        JsonNode flagged = publicJson(id);
        assertThat(flagged.get("flagged").asBoolean()).isTrue();
        assertThat(flagged.get("citations").get(0).get("documentId").asString()).isEqualTo(doc);
        assertThat(flagged.get("citations").get(0).get("eId").asString()).isEqualTo("art_2__para_2");
        assertThat(flagged.get("citations").get(0).get("validity").asString()).isEqualTo("REPEALED");
        assertThat(flagged.get("notices").get(0).get("eId").asString()).isEqualTo("art_2__para_2");
        assertThat(flagged.get("notices").get(0).get("effect").asString()).isEqualTo("REPEAL");
        String page = new ApiClient(port).text("/regulations/answers/" + id);
        assertThat(page).contains("所引条款已修改/废止", "《知识库测试法》第二条第二款", "废止",
                "/regulations/" + doc + "/art/2/para/2");

        ObligationView duty = obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElseThrow();
        assertThat(duty.state().isOpen()).isTrue();
        assertThat(duty.organId()).isEqualTo(organization.sat().getId());
        assertThat(duty.ruleVersion()).isEqualTo("kb-answer-review@2026-12-01");
        // 10 working days (the rulebook's platform rule): at least 2 weeks, at most a holiday-stretched month
        LocalDate today = LocalDate.now(clock);
        assertThat(duty.lastDay()).isAfterOrEqualTo(today.plusDays(13)).isBefore(today.plusDays(32));

        ApiClient.Response reviewed = new ApiClient(port).as("sat-office").post(
                "/api/v1/regulations/answers/" + id + "/review", "{}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().get("flagged").asBoolean()).isFalse();
        assertThat(reviewed.json().get("reviewedBy").asString()).isEqualTo("sat-office");
        assertThat(publicJson(id).get("flagged").asBoolean()).isFalse();
        assertThat(new ApiClient(port).text("/regulations/answers/" + id)).doesNotContain("所引条款已修改/废止");
        ObligationView closed = obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElseThrow();
        assertThat(closed.state()).isEqualTo(ObligationState.MET_ON_TIME);

        ApiClient.Response again = new ApiClient(port).as("sat-office").post(
                "/api/v1/regulations/answers/" + id + "/review", "{}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().get("code").asString()).isEqualTo("NOT_FLAGGED");
    }

    @Test
    void anAmendedParagraphFlagsACitationOfItsArticleButAnotherArticleStaysClean() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库修改测试法").articles(3).save();
        long ofArticle = answer(doc, "art_2");
        long ofOther = answer(doc, "art_3");
        takesHold(doc, List.of("art_2__para_1"), EffectType.AMEND);
        assertThat(publicJson(ofArticle).get("flagged").asBoolean()).isTrue();
        assertThat(publicJson(ofArticle).get("notices").get(0).get("effect").asString()).isEqualTo("AMEND");
        assertThat(publicJson(ofOther).get("flagged").asBoolean()).isFalse();
        assertThat(obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(ofOther))).isEmpty();
    }

    @Test
    void repealingTheWholeDocumentFlagsEveryCitationOnceAndOneReviewIsDue() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库全文废止测试法").articles(3).save();
        long id = answer(doc, "art_1", "art_3");
        long effect = takesHold(doc, List.of(), EffectType.REPEAL);
        JsonNode flagged = publicJson(id);
        assertThat(flagged.get("flagged").asBoolean()).isTrue();
        assertThat(flagged.get("notices")).hasSize(2);
        // the same effect again (a redelivery) adds nothing
        tx.executeWithoutResult(s -> events.publishEvent(new ProvisionsAffected(doc, List.of(), EffectType.REPEAL,
                LocalDate.now(clock), effect)));
        assertThat(publicJson(id).get("notices")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from obligation where rule_id = ? and subject_id = ?")
                .params(RuleIds.KB_ANSWER_REVIEW, String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCommencementFlagsNothing() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库施行测试法").articles(2).save();
        long id = answer(doc, "art_1");
        takesHold(doc, List.of(), EffectType.COMMENCE);
        assertThat(publicJson(id).get("flagged").asBoolean()).isFalse();
    }

    @Test
    void theReviewMayEditTheAnswerAndOnlyTheOfficeReviews() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库复核测试法").articles(3).save();
        long id = answer(doc, "art_1");
        takesHold(doc, List.of("art_1"), EffectType.REPEAL);
        ApiClient.Response byDrafter = new ApiClient(port).as("sat-drafter").post(
                "/api/v1/regulations/answers/" + id + "/review", "{}");
        assertThat(byDrafter.status()).isEqualTo(403);
        ApiClient.Response edited = new ApiClient(port).as("sat-office").post(
                "/api/v1/regulations/answers/" + id + "/review", JSON.writeValueAsString(Map.of("question",
                        "第一条废止后如何处理？", "answer", "第一条已废止，现依第三条办理。", "citations",
                        List.of(Map.of("documentId", doc, "eId", "art_3")))));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("flagged").asBoolean()).isFalse();
        assertThat(edited.json().get("citations").get(0).get("eId").asString()).isEqualTo("art_3");
        assertThat(publicJson(id).get("answer").asString()).contains("第三条");
    }

    @Test
    void theListSearchesQuestionsAndShowsTheFlag() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库检索测试法").articles(2).save();
        long id = answer(doc, "art_1");
        takesHold(doc, List.of("art_1"), EffectType.EXPIRE);
        JsonNode list = new ApiClient(port).get("/api/v1/public/regulations/answers?q=" +
                java.net.URLEncoder.encode("第二条第二款", java.nio.charset.StandardCharsets.UTF_8)).json();
        JsonNode item = null;
        for (JsonNode n : list.get("items")) {
            if (n.get("id").asLong() == id) {
                item = n;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("flagged").asBoolean()).isTrue();
        assertThat(new ApiClient(port).get("/api/v1/public/regulations/answers?q=zzz-nothing-matches").json()
                .get("items")).isEmpty();
        assertThat(new ApiClient(port).text("/regulations/answers?q=" + java.net.URLEncoder.encode("第二条第二款",
                java.nio.charset.StandardCharsets.UTF_8))).contains("/regulations/answers/" + id);
    }
}

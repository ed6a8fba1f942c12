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
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.ProvisionsAffected;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/** The staff console of the knowledge base and of cleanup campaigns, through real forms. */
@WebTest
class KnowledgeBaseConsoleWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    Clock clock;

    private String base() {
        return "http://localhost:" + port;
    }

    private long flaggedAnswer(String title) {
        String doc = LibraryFixture.aLaw(jdbc, title).articles(2).save();
        long id = new ApiClient(port).as("sat-drafter").post("/api/v1/regulations/answers", JSON.writeValueAsString(
                Map.of("question", "控制台复核测试问题", "answer", "答复正文", "citations",
                        List.of(Map.of("documentId", doc, "eId", "art_1"))))).json().get("id").asLong();
        tx.executeWithoutResult(s -> events.publishEvent(new ProvisionsAffected(doc, List.of("art_1"),
                EffectType.REPEAL, LocalDate.now(clock), 660_000 + id)));
        return id;
    }

    @Test
    void theOfficeConfirmsAFlaggedAnswerInTheConsoleAndItsDueDayIsShown() {
        long id = flaggedAnswer("控制台复核测试法");
        ConsoleSession office = ConsoleSession.login(base(), "sat-office", ApiClient.DEMO_PASSWORD);
        String list = office.get("/console/regulations/answers").body();
        assertThat(list).contains("/console/regulations/answers/" + id, "所引条款已修改/废止");
        String page = office.get("/console/regulations/answers/" + id).body();
        String lastDay = obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElseThrow().lastDay()
                .toString();
        assertThat(page).contains("所引条款已修改/废止", "复核期限：" + lastDay, "confirm-review");
        ApiClient.Response posted = office.form("/console/regulations/answers/" + id,
                "/console/regulations/answers/" + id + "/review", "");
        assertThat(posted.status()).isEqualTo(302);
        assertThat(office.get("/console/regulations/answers/" + id).body()).contains("已复核").doesNotContain("confirm-review");
        assertThat(obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElseThrow().state())
                .isEqualTo(ObligationState.MET_ON_TIME);
    }

    @Test
    void aDrafterWritesAnAnswerInTheConsoleAndABadCitationIsNamed() {
        String doc = LibraryFixture.aLaw(jdbc, "控制台答复测试法").articles(2).save();
        ConsoleSession drafter = ConsoleSession.login(base(), "sat-drafter", ApiClient.DEMO_PASSWORD);
        String question = java.net.URLEncoder.encode("控制台新增的问题？", java.nio.charset.StandardCharsets.UTF_8);
        ApiClient.Response bad = drafter.form("/console/regulations/answers", "/console/regulations/answers",
                "question=" + question + "&answer=x&citations=" + doc + "+art_9");
        assertThat(bad.header("Location")).endsWith("/console/regulations/answers");
        assertThat(drafter.get("/console/regulations/answers").body()).contains("citations[0].eId");
        ApiClient.Response good = drafter.form("/console/regulations/answers", "/console/regulations/answers",
                "question=" + question + "&answer=x&citations=" + doc + "+art_2%0D%0A" + doc + "+art_1");
        assertThat(good.header("Location")).matches(".*/console/regulations/answers/\\d+$");
        long id = Long.parseLong(good.header("Location").replaceAll(".*/", ""));
        assertThat(new ApiClient(port).get("/api/v1/public/regulations/answers/" + id).json().get("citations"))
                .hasSize(2);
    }

    @Test
    void withdrawingAFlaggedAnswerWaivesItsReview() {
        long id = flaggedAnswer("撤回答复测试法");
        ApiClient.Response withdrawn = new ApiClient(port).as("sat-drafter").put("/api/v1/regulations/answers/" + id,
                JSON.writeValueAsString(Map.of("question", "控制台复核测试问题", "answer", "答复正文", "state", "WITHDRAWN")));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("flagged").asBoolean()).isFalse();
        assertThat(obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElseThrow().state())
                .isEqualTo(ObligationState.WAIVED);
        assertThat(new ApiClient(port).get("/api/v1/public/regulations/answers/" + id).status()).isEqualTo(404);
    }

    @Test
    void aCampaignIsCreatedDecidedAndApprovedInTheConsoleWithRefusalsShown() {
        String doc = LibraryFixture.aLaw(jdbc, "控制台清理测试法").articles(2).effectiveOn(LocalDate.of(1986, 4, 4)).save();
        ConsoleSession drafter = ConsoleSession.login(base(), "sat-drafter", ApiClient.DEMO_PASSWORD);
        ApiClient.Response created = drafter.form("/console/regulations/cleanups", "/console/regulations/cleanups",
                "title=%E6%8E%A7%E5%88%B6%E5%8F%B0%E6%B8%85%E7%90%86&types=LAW&issuedAfter=1985-12-31"
                        + "&issuedBefore=1987-01-01&effectiveOn=2026-06-01");
        assertThat(created.status()).isEqualTo(302);
        String location = created.header("Location");
        assertThat(location).matches(".*/console/regulations/cleanups/\\d+$");
        String path = location.substring(location.indexOf("/console/"));
        assertThat(drafter.get(path).body()).contains("控制台清理测试法", doc, "起草中");

        ApiClient.Response noBasis = drafter.form(path, path + "/decisions", "documentId=" + doc + "&decision=REPEAL&basis=");
        assertThat(noBasis.status()).isEqualTo(302);
        assertThat(drafter.get(path).body()).contains("decisions[0].basis");
        drafter.form(path, path + "/decisions", "documentId=" + doc + "&decision=REPEAL&basis=%E5%B7%B2%E8%BF%87%E6%97%B6");
        assertThat(drafter.get(path).body()).contains("废止", "已过时");

        ConsoleSession office = ConsoleSession.login(base(), "sat-office", ApiClient.DEMO_PASSWORD);
        office.form(path, path + "/approve", "");
        assertThat(office.get(path).body()).contains("已审核通过", "cleanup-publish", "cleanup-apply");
        ConsoleSession publisher = ConsoleSession.login(base(), "sat-publisher", ApiClient.DEMO_PASSWORD);
        publisher.form(path, path + "/apply", "");
        assertThat(publisher.get(path).body()).contains("已执行").doesNotContain("cleanup-apply");
        assertThat(jdbc.sql("select count(*) from reg_effect where affected_document_id = ? and origin = 'CLEANUP'")
                .param(doc).query(Integer.class).single()).isEqualTo(1);
    }
}

package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * Search over real HTTP against the demo content (the Implementation Measures, 税总发〔2017〕44号,
 * published through the workflow at start) and records published by the tests.
 */
@WebTest
class SearchWebTests {

    static final String MEASURES = "税总发〔2017〕44号";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    SearchFixtures fixtures;
    long measures;

    @BeforeEach
    void setUp() {
        fixtures = new SearchFixtures(port);
        measures = jdbc.sql("select id from gov_record where document_number = :n").param("n", MEASURES)
                .query(Long.class).single();
        fixtures.awaitFound(measures, "以公开为常态");
    }

    @Test
    void findsTheImplementationMeasuresByAPhraseOfItsBodyAndHighlightsIt() {
        JsonNode hit = hit(fixtures.search("以公开为常态", ""), measures);
        assertThat(hit.get("snippetHtml").asString()).contains("<mark>").contains("常态");
        assertThat(hit.get("documentNumber").asString()).isEqualTo(MEASURES);
        assertThat(hit.get("organName").asString()).isEqualTo("国家税务总局");
        assertThat(hit.get("path").asString()).isEqualTo("/records/" + measures);
    }

    @Test
    void highlightsTheTitleAndEscapesEverythingButTheMarks() {
        JsonNode hit = hit(fixtures.search("政务公开 实施办法", ""), measures);
        String title = hit.get("titleHtml").asString();
        assertThat(title).contains("<mark>").doesNotContain("<script");
        assertThat(title.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void twoSegmentedWordsMatchTogetherAndSeparately() {
        // smartcn cuts 政务公开 into 政务 / 公开: the compound and the two words find the same record
        assertThat(fixtures.finds(measures, "政务公开", "")).isTrue();
        assertThat(fixtures.finds(measures, "政务 公开", "")).isTrue();
        assertThat(fixtures.finds(measures, "政务公开 不存在的词语组合甲乙丙", "")).isFalse();
    }

    @Test
    void findsTheDocumentNumberByItsFragments() {
        assertThat(fixtures.finds(measures, "〔2017〕44", "")).isTrue();
        assertThat(fixtures.finds(measures, "[2017]44号", "")).isTrue();
        assertThat(fixtures.finds(measures, "税总发〔2017〕44号", "")).isTrue();
        assertThat(fixtures.finds(measures, "〔2017〕45", "")).isFalse();
        JsonNode first = fixtures.search("〔2017〕44", "").get("hits").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(measures);
    }

    @Test
    void filtersByOrganCatalogueTypeYearAndValidity() {
        String q = "政务公开";
        assertThat(fixtures.finds(measures, q, "organ=sat")).isTrue();
        // the notice is of type OTHER: not a policy, so Guangdong's site does not syndicate it
        assertThat(fixtures.finds(measures, q, "organ=guangdong")).isFalse();
        assertThat(fixtures.finds(measures, q, "catalog=12")).isTrue();
        assertThat(fixtures.finds(measures, q, "catalog=12.01")).isTrue();
        assertThat(fixtures.finds(measures, q, "catalog=02.02")).isFalse();
        assertThat(fixtures.finds(measures, q, "type=OTHER")).isTrue();
        assertThat(fixtures.finds(measures, q, "type=RULE&validity=ALL")).isFalse();
        assertThat(fixtures.finds(measures, q, "year=2017")).isTrue();
        assertThat(fixtures.finds(measures, q, "year=2018")).isFalse();
        assertThat(fixtures.finds(measures, q, "validity=IN_FORCE")).isTrue();
        assertThat(fixtures.finds(measures, q, "validity=REPEALED")).isFalse();
    }

    @Test
    void regulationTypesDefaultToInForceOnly() {
        // SPEC M4: "only in force" by default for regulations
        JsonNode r = fixtures.search("", "type=NORMATIVE_DOCUMENT");
        assertThat(r.get("query").get("validity").asString()).isEqualTo("IN_FORCE");
        assertThat(fixtures.search("", "type=NORMATIVE_DOCUMENT&validity=ALL").get("query").has("validity")).isFalse();
    }

    @Test
    void sortsByDateNewestFirstAndPages() {
        long older = fixtures.satPublishes("关于排序测试甲的通知", null, "<p>排序测试专用词语鹦鹉螺。</p>", "2016-01-05");
        long newer = fixtures.satPublishes("关于排序测试乙的通知", null, "<p>排序测试专用词语鹦鹉螺，鹦鹉螺。</p>", "2016-02-05");
        fixtures.awaitFound(older, "鹦鹉螺");
        fixtures.awaitFound(newer, "鹦鹉螺");
        JsonNode byDate = fixtures.search("鹦鹉螺", "sort=date").get("hits");
        assertThat(byDate.get(0).get("id").asLong()).isEqualTo(newer);
        assertThat(byDate.get(1).get("id").asLong()).isEqualTo(older);
        JsonNode page = fixtures.search("", "sort=date&size=10&page=1");
        assertThat(page.get("hits").size()).isBetween(1, 10);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(page.get("hits").size());
    }

    @Test
    void aRepeatedSearchShowsARecordPublishedSinceItsFirstAnswer() {
        assertThat(fixtures.search("翡翠色的灯塔", "").get("hits")).isEmpty();
        double recentBefore = meters.counter("gongkai.search.results", "source", "recent").count();
        assertThat(fixtures.search("翡翠色的灯塔", "").get("hits")).as("the same search again").isEmpty();
        assertThat(meters.counter("gongkai.search.results", "source", "recent").count())
                .as("answered from the recent results").isGreaterThan(recentBefore);
        long id = fixtures.satPublishes("关于结果缓存测试的公告", null, "<p>缓存测试专用词语翡翠色的灯塔。</p>", "2020-05-01");
        fixtures.awaitFound(id, "翡翠色的灯塔");
        assertThat(fixtures.anonymous().get("/search?q=" + SearchFixtures.encode("翡翠色的灯塔")).body())
                .contains("/records/" + id + "\"");
    }

    @Test
    void findsARecordByTheTextOfItsAttachedWordDocument() throws Exception {
        java.io.ByteArrayOutputStream docx = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("附件专用词语：靛青色的算盘只在附件中出现。");
            doc.write(docx);
        }
        long id = fixtures.satPublishes("关于附件检索测试的公告", null, "<p>正文不含那个词语。</p>", "2021-06-01",
                "附件检索测试.docx", docx.toByteArray());
        fixtures.awaitFound(id, "靛青色的算盘");
        JsonNode hit = hit(fixtures.search("靛青色的算盘", ""), id);
        assertThat(hit.get("snippetHtml").asString()).as("the snippet comes from the attachment").contains("<mark>")
                .contains("算盘");
    }

    @Test
    void aWithdrawnRecordVanishesFromResultsAtOnce() {
        long id = fixtures.satPublishes("关于撤回测试的公告", "税总发〔2019〕977号", "<p>撤回测试专用词语琥珀色的鲸。</p>", "2019-03-01");
        fixtures.awaitFound(id, "琥珀色的鲸");
        assertThat(fixtures.finds(id, "琥珀色的鲸", "")).as("now also a kept result").isTrue();
        assertThat(fixtures.withdraw(id, "内容有误").status()).isEqualTo(200);
        assertThat(fixtures.finds(id, "琥珀色的鲸", "")).isFalse();
        assertThat(fixtures.finds(id, "〔2019〕977", "")).isFalse();
        assertThat(fixtures.anonymous().get("/search?q=" + SearchFixtures.encode("琥珀色的鲸")).body())
                .doesNotContain("/records/" + id + "\"");
    }

    @Test
    void theSearchPageShowsHighlightedHitsWithoutJavaScript() {
        ApiClient.Response page = fixtures.anonymous().get("/search?q=" + SearchFixtures.encode("以公开为常态"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>").contains(MEASURES).contains("href=\"/records/" + measures + "\"")
                .contains("<form class=\"search-form\" method=\"get\"");
        assertThat(page.header("Set-Cookie")).as("a public page creates no session").isNull();
    }

    @Test
    void aSiteSearchPageSearchesThatSiteAndOffersAllOrgans() {
        ApiClient.Response page = fixtures.anonymous().get("/sites/guangdong/search?q=" + SearchFixtures.encode("以公开为常态"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("href=\"/records/" + measures + "\"").contains("/search?q=");
        assertThat(fixtures.anonymous().get("/sites/no-such-organ/search?q=x").status()).isEqualTo(404);
    }

    @Test
    void anEmptyResultSuggestsWhatToDo() {
        String body = fixtures.anonymous().get("/search?q=zengzhishui").body();
        assertThat(body).contains("拼音").contains("/search?sort=date");
        String en = fixtures.anonymous().get("/search?q=zengzhishui&lang=en").body();
        assertThat(en).contains("pinyin");
    }

    private static JsonNode hit(JsonNode results, long id) {
        for (JsonNode h : results.get("hits")) {
            if (h.get("id").asLong() == id) {
                return h;
            }
        }
        throw new AssertionError("record " + id + " not among " + results);
    }
}

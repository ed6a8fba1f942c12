package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

import tools.jackson.databind.JsonNode;

/**
 * The library over the demo corpus as the importer and the validity derivation left it: the
 * 增值税暂行条例, repealed as a whole by 增值税法 第三十八条 from 2026-01-01, and the largest text,
 * 企业所得税法实施条例 with its 132 articles.
 */
@WebTest
class DemoLibraryWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicPageCache cache;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        cache.invalidateAll();
    }

    String idOf(String title) {
        return jdbc.sql("select id from reg_document where title = ? and state = 'PUBLISHED'").param(title)
                .query(String.class).single();
    }

    @Test
    void theProvisionalVatRegulationsAreInForceOnTheLastDayOf2025AndRepealedByTheVatLawFrom2026() {
        String id = idOf("中华人民共和国增值税暂行条例");
        String law = idOf("中华人民共和国增值税法");
        JsonNode before = http.get("/api/v1/public/regulations/" + id + "?on=2025-12-31").json();
        JsonNode after = http.get("/api/v1/public/regulations/" + id + "?on=2026-01-01").json();
        assertThat(before.get("validity").asString()).isEqualTo("IN_FORCE");
        assertThat(after.get("validity").asString()).isEqualTo("REPEALED");
        assertThat(after.get("provisions").get(0).get("validity").asString()).isEqualTo("REPEALED");
        assertThat(after.get("affectedBy").get(0).get("affectingDocumentId").asString()).isEqualTo(law);

        Document page = http.page("/regulations/" + id + "?on=2026-01-01");
        assertThat(page.select(".validity-banner").text()).contains("全文废止", "中华人民共和国增值税法",
                "本页显示 2026年1月1日 的文本");
        assertThat(page.select(".validity-banner a").attr("href")).isEqualTo("/regulations/" + law);
        assertThat(page.select("#cited-by a").text()).contains("中华人民共和国增值税法");
        // and the law shows the effect it makes
        assertThat(http.page("/regulations/" + law).select("#timeline").text()).contains("中华人民共和国增值税暂行条例");
    }

    @Test
    void theLargestDocumentHas132ArticlesInItsContentsWithChaptersAndAnchors() {
        String id = idOf("中华人民共和国企业所得税法实施条例");
        Document page = http.page("/regulations/" + id);
        assertThat(page.select("nav.library-toc li.toc-article")).hasSize(132);
        assertThat(page.select("nav.library-toc li.toc-chapter")).isNotEmpty();
        assertThat(page.getElementById("art_132")).isNotNull();
        JsonNode art = http.get("/api/v1/public/regulations/" + id + "/provisions/art_33").json();
        assertThat(art.get("provision").get("number").asString()).isEqualTo("第三十三条");
        assertThat(http.page("/regulations/" + id + "/art/33").select("h1").text()).endsWith("第三十三条");
    }
}

package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

@WebTest
class LibraryPagesWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicPageCache cache;

    ApiClient http;
    RepealScenario s;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        s = RepealScenario.write(jdbc);
        cache.invalidateAll(); // the scenario is written straight into the tables, without LibraryChanged
    }

    @Test
    void documentPageHasContentsAndAnchorsNamedByEid() {
        Document page = http.page("/regulations/" + s.lawId());
        assertThat(page.select("h1").text()).isEqualTo("测试税法（库）");
        Element toc = page.selectFirst("nav.library-toc");
        assertThat(toc.select("a")).hasSize(33);
        assertThat(toc.select("a").get(32).attr("href")).isEqualTo("#art_33");
        assertThat(toc.select("a").get(32).text()).isEqualTo("第三十三条");
        Element art33 = page.getElementById("art_33");
        assertThat(art33).isNotNull();
        assertThat(art33.select("a.provision-number").attr("href")).isEqualTo("/regulations/" + s.lawId() + "/art/33");
        assertThat(page.getElementById("art_2__para_2").text()).contains("第2条第2款正文。");
    }

    @Test
    void aProvisionRepealedOnDIsInForceOnTheDayBeforeAndMarkedRepealedOnD() {
        Document before = http.page("/regulations/" + s.lawId() + "?on=" + RepealScenario.D.minusDays(1));
        assertThat(before.getElementById("art_3").hasClass("provision-lapsed")).isFalse();
        assertThat(before.getElementById("art_3").select("del")).isEmpty();
        assertThat(before.select(".validity-banner").text()).contains("全文有效").contains("本页显示 2024年6月30日 的文本");

        Document on = http.page("/regulations/" + s.lawId() + "?on=" + RepealScenario.D);
        Element art3 = on.getElementById("art_3");
        assertThat(art3.hasClass("provision-lapsed")).isTrue();
        assertThat(art3.select(".provision-validity").text()).contains("已废止").contains("关于废止测试税法第三条的决定");
        assertThat(art3.select(".provision-validity a").attr("href")).isEqualTo("/regulations/" + s.repealerId() + "/art/1");
        assertThat(art3.select("del").text()).isEqualTo("第3条正文。");
        Element banner = on.selectFirst(".validity-banner");
        assertThat(banner.text()).contains("部分条款废止").contains("本页显示 2024年7月1日 的文本")
                .contains("变动记录截至 2025年3月31日");
        assertThat(banner.select("a").attr("href")).isEqualTo("/regulations/" + s.repealerId());
        assertThat(on.select("#timeline li").text()).contains("废止").contains("2024-07-01");
        assertThat(on.select("#cited-by a").text()).contains("关于废止测试税法第三条的决定");
        // the date form submits ?on= to the document's own address
        assertThat(on.select("form.day-form").attr("action")).isEqualTo("/regulations/" + s.lawId());
        assertThat(on.select("form.day-form input[name=on]").attr("value")).isEqualTo("2024-07-01");
    }

    @Test
    void provisionTextIsEscapedNotMarkup() {
        jdbc.sql("update reg_provision_version set body = ? where document_id = ? and eid = 'art_1'")
                .params("<b onclick=\"x()\">粗体</b> & 更多", s.lawId()).update();
        Element art1 = http.page("/regulations/" + s.lawId()).getElementById("art_1");
        assertThat(art1.select("b")).isEmpty();
        assertThat(art1.select(".provision-text").text()).isEqualTo("<b onclick=\"x()\">粗体</b> & 更多");
    }

    @Test
    void withoutADayTheBannerSaysNothingAboutADayShown() {
        Document page = http.page("/regulations/" + s.lawId());
        assertThat(page.select(".validity-banner").text()).doesNotContain("本页显示");
    }

    @Test
    void provisionPageShowsTheProvisionWithAllItsVersions() {
        Document page = http.page("/regulations/" + s.lawId() + "/art/5?on=2024-07-01");
        assertThat(page.select("h1").text()).isEqualTo("测试税法（库） 第五条");
        assertThat(page.getElementById("art_5").text()).contains("第5条修改后正文。");
        assertThat(page.select("#versions tbody tr")).hasSize(2);
        assertThat(page.select("#versions tbody tr").get(0).text()).contains("第5条正文。").contains("2024-07-01");
        Document para = http.page("/regulations/" + s.lawId() + "/art/2/para/2");
        assertThat(para.getElementById("art_2__para_2").text()).contains("第2条第2款正文。");
    }

    @Test
    void unknownAddressesAreThePortals404AndABadDayIs400() {
        assertThat(http.status("/regulations/" + s.lawId() + "/art/99")).isEqualTo(404);
        assertThat(http.status("/regulations/" + s.lawId() + "/art/x")).isEqualTo(404);
        assertThat(http.status("/regulations/" + s.lawId() + "/chp/1/art/2")).isEqualTo(404);
        assertThat(http.status("/regulations/law-1900-1")).isEqualTo(404);
        var bad = http.bytes("/regulations/" + s.lawId() + "?on=2024-02-30");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("on");
    }

    @Test
    void libraryListFiltersAndLinksToDocuments() {
        Document page = http.page("/regulations?q=" + java.net.URLEncoder.encode("测试税法（库）",
                java.nio.charset.StandardCharsets.UTF_8) + "&on=2024-07-01");
        assertThat(page.select("table.records tbody tr")).isNotEmpty()
                .allMatch(tr -> tr.text().contains("测试税法（库）"));
        Element row = page.select("table.records tbody tr").stream()
                .filter(tr -> tr.select("a").attr("href").equals("/regulations/" + s.lawId() + "?on=2024-07-01"))
                .findFirst().orElseThrow();
        assertThat(row.text()).contains("部分条款废止");
        Document before = http.page("/regulations?validity=PARTLY_REPEALED&on=2024-06-30");
        assertThat(before.select("a[href^=/regulations/" + s.lawId() + "]")).isEmpty();
        assertThat(http.status("/regulations?type=POEM")).isEqualTo(400);
    }

    @Test
    void englishPagesUseTheEnglishBundle() {
        var r = http.bytes("/regulations/" + s.lawId() + "?on=2024-07-01&lang=en");
        String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("This page shows the text as it stood on 1 July 2024").contains("Partly repealed");
    }
}

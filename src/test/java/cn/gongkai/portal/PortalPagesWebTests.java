package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.gongkai.support.WebTest;
import cn.gongkai.support.ApiClient;

@WebTest
class PortalPagesWebTests {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    ApiClient http;
    PortalFixtures fixtures;

    @BeforeEach
    void setUp() {
        http = ApiClient.at("http://localhost:" + port);
        fixtures = PortalFixtures.of(context);
    }

    @Test
    void satHomeShowsLatestRecordsColumnsSearchBoxFeedsAndSiteIdentity() {
        fixtures.satPublishes("首页测试：回应社会关切的通报", "10.02", "<p>通报正文</p>");
        Document home = http.page("/");
        assertThat(home.title()).isEqualTo("国家税务总局");
        assertThat(home.select("html").attr("lang")).startsWith("zh");
        assertThat(home.select("header nav form[role=search]").attr("action")).isEqualTo("/search");
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/feed.atom");
        assertThat(home.select("#latest-heading + ul a").eachText()).contains("首页测试：回应社会关切的通报");
        assertThat(home.select("main h3 a").eachText()).isNotEmpty().allMatch(t -> t.matches("\\d{2}\\.\\d{2}.*"));
        assertThat(home.select("footer").text()).contains("bm29000002", "京ICP备05013475号", "京公网安备11040102700098号",
                "国家税务总局办公厅");
        assertThat(home.select("a.skip-link").attr("href")).isEqualTo("#main");
        assertThat(home.select("h1")).hasSize(1);
    }

    @Test
    void provincialSiteShowsSatPoliciesWithCanonicalLinksToSat() {
        String name = fixtures.organization().organByCode("guangdong").orElseThrow().getName();
        long policy = fixtures.satPublishesRule("转载测试：国家税务总局规章");
        Document home = http.page("/sites/guangdong/");
        assertThat(home.title()).isEqualTo(name);
        assertThat(home.select("header .site-name").text()).isEqualTo(name);
        assertThat(home.select("header nav form[role=search]").attr("action")).isEqualTo("/sites/guangdong/search");
        assertThat(home.select("main h2").eachText()).contains("最新信息", "政策解读", "通知公告");
        Element link = http.page("/sites/guangdong/records?catalog=02.01&type=RULE").select("main a")
                .stream().filter(a -> a.text().equals("转载测试：国家税务总局规章")).findFirst().orElseThrow();
        assertThat(link.attr("href")).isEqualTo("/records/" + policy);
        // Implementation Measures 十(一): the provincial page republishes and names SAT's page as canonical
        Document page = http.page("/sites/guangdong/records/" + policy);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(ApiClient.SITE + "/records/" + policy);
        assertThat(page.select("p.notice").text()).contains("国家税务总局");
        assertThat(http.status("/sites/guangdong/records/" + fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE)))
                .as("SAT's OTHER records are not syndicated").isEqualTo(404);
    }

    @Test
    void opennessColumnHasItsFourPartsAndSaysWhenAPartIsEmpty() {
        Document column = http.page("/sites/guangdong/openness");
        assertThat(column.select("main h2 a").eachAttr("href")).containsExactly("/sites/guangdong/openness/guide",
                "/sites/guangdong/openness/rules", "/sites/guangdong/catalog", "/sites/guangdong/openness/annual-reports");
        Document guide = http.page("/sites/guangdong/openness/guide");
        assertThat(guide.select("main a.button").attr("href")).isEqualTo("/sites/guangdong/requests/new");
        assertThat(guide.text()).contains("第二十七条", "20个工作日");
        assertThat(http.page("/openness/guide").select("main a.button").attr("href")).isEqualTo("/requests/new");
        assertThat(http.page("/openness/annual-reports").select("main").text()).contains("本栏目暂无信息");
        assertThat(http.page("/openness/rules").select("main a").eachText()).contains(PortalFixtures.MEASURES_TITLE);
    }

    @Test
    void catalogueTreeStatesEachEntryWithItsCountAndEntryPageListsItsRecords() {
        Document tree = http.page("/catalog");
        Element row = tree.select("tr:has(a[href=/catalog/12.01])").first();
        assertThat(row.select("th[scope=row]").text()).isEqualTo("12.01 政务公开制度");
        assertThat(row.select("td").eachText()).contains("办公厅", "信息形成或者变更之日起20个工作日内");
        assertThat(Integer.parseInt(row.select("td").last().text())).isPositive();
        assertThat(tree.select("th[scope=col]").eachText()).contains("公开内容", "责任部门", "公开时限", "公开方式");
        Document entry = http.page("/catalog/12.01");
        assertThat(entry.select("h1").text()).isEqualTo("12.01 政务公开制度");
        assertThat(entry.select("table.records a").eachText()).contains(PortalFixtures.MEASURES_TITLE);
        assertThat(entry.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .contains("/catalog/12.01/feed.atom");
        assertThat(http.page("/catalog/09.01").select("main").text()).contains("本栏目暂无信息");
    }

    @Test
    void listsFilterByTypeYearValidityAndCatalogue() {
        fixtures.satPublishesRule("筛选测试：规章");
        assertThat(http.page("/records?type=RULE").select("table.records a").eachText())
                .contains("筛选测试：规章").doesNotContain(PortalFixtures.MEASURES_TITLE);
        assertThat(http.page("/records?catalog=12.01&validity=IN_FORCE").select("table.records a").eachText())
                .contains(PortalFixtures.MEASURES_TITLE).doesNotContain(PortalFixtures.DEMO_POLICY_TITLE);
        assertThat(http.page("/records?year=1990").select("main").text()).contains("本栏目暂无信息", "共0条信息");
        Document filtered = http.page("/records?type=OTHER");
        assertThat(filtered.select("select[name=type] option[selected]").attr("value")).isEqualTo("OTHER");
        assertThat(filtered.select("p.downloads a").eachAttr("href")).contains("/records.csv?type=OTHER",
                "/records.xlsx?type=OTHER");
    }

    @Test
    void recordPageCarriesMetadataBodyAttachmentAndLinkedInterpretation() {
        long measures = fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE);
        Document page = http.page("/records/" + measures);
        assertThat(page.select("table.record-meta caption").text()).isEqualTo("信息索引");
        assertThat(page.select("table.record-meta th[scope=row]").eachText()).contains("索引号", "文号", "发布机构",
                "成文日期", "发布日期", "有效性");
        assertThat(page.select("table.record-meta td").eachText()).contains("税总发〔2017〕44号", "2017-04-27", "有效");
        assertThat(page.select("h1").text()).isEqualTo(PortalFixtures.MEASURES_TITLE);
        String file = page.select("ul.attachments a").attr("href");
        assertThat(file).endsWith(".docx");
        assertThat(http.bytes(file).statusCode()).isEqualTo(200);
        Document policy = http.page("/records/" + fixtures.demoRecordId(PortalFixtures.DEMO_POLICY_TITLE));
        assertThat(policy.select("main h2").eachText()).contains("相关解读");
    }
}

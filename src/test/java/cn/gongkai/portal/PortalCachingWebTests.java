package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.gongkai.support.WebTest;
import cn.gongkai.support.ApiClient;

@WebTest
class PortalCachingWebTests {

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
    void repeatedVisitsOfEveryKindOfPublicPageAnswer304() {
        long measures = fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE);
        for (String path : new String[] { "/", "/sites/guangdong/", "/records", "/records/" + measures,
                "/sites/guangdong/records?type=NORMATIVE_DOCUMENT", "/openness", "/sites/guangdong/openness/guide",
                "/catalog", "/catalog/12.01", "/feed.atom", "/sites/guangdong/feed.rss", "/sitemap.xml",
                "/records.csv", "/api/v1/public/dcat" }) {
            HttpResponse<byte[]> first = http.bytes(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
            assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).as(path).isEqualTo("no-cache");
            HttpResponse<byte[]> again = http.bytes(path, "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
    }

    @Test
    void publishingAndWithdrawingReachKeptPagesAtOnce() {
        String before = http.text("/sites/guangdong/catalog/01.01");
        String etag = http.bytes("/sites/guangdong/").headers().firstValue("ETag").orElseThrow();
        long id = fixtures.guangdongPublishes("缓存失效测试：广东省税务局机构职能", "01.01", "<p>机构职能</p>");
        assertThat(before).doesNotContain("缓存失效测试");
        assertThat(http.text("/sites/guangdong/catalog/01.01")).contains("缓存失效测试");
        assertThat(http.bytes("/sites/guangdong/", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(http.text("/sites/guangdong/records/" + id)).doesNotContain("id=\"withdrawn\"");
        fixtures.withdraw("gd-office", id, "机构调整，信息已更新");
        assertThat(http.text("/sites/guangdong/records/" + id)).contains("id=\"withdrawn\"", "机构调整，信息已更新");
        assertThat(http.text("/sites/guangdong/catalog/01.01")).doesNotContain("缓存失效测试");
    }
}

package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.WebTest;
import cn.gongkai.support.ApiClient;

@WebTest
class PortalInputWebTests {

    @LocalServerPort
    int port;
    ApiClient http;

    @BeforeEach
    void setUp() {
        http = ApiClient.at("http://localhost:" + port);
    }

    String body(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void pageNumbersOutOfRangeShowTheFirstOrLastPage() {
        assertThat(http.status("/records?page=-1")).isEqualTo(200);
        assertThat(http.status("/records?page=1000000000")).isEqualTo(200);
        assertThat(http.status("/sites/guangdong/catalog/12.01?page=99999999999999999999")).isEqualTo(200);
        HttpResponse<byte[]> words = http.bytes("/records?page=abc");
        assertThat(words.statusCode()).isEqualTo(400);
        assertThat(body(words)).contains("page");
    }

    @Test
    void unknownSitesEntriesAndRecordsAre404Pages() {
        for (String path : new String[] { "/sites/nowhere/", "/sites/nowhere/records", "/sites/nowhere/catalog",
                "/sites/nowhere/feed.atom", "/catalog/99.99", "/sites/guangdong/catalog/..%2F..", "/records/abc",
                "/records/99999999", "/openness/unknown" }) {
            HttpResponse<byte[]> r = http.bytes(path);
            assertThat(r.statusCode()).as(path).isIn(404, 400);
        }
        HttpResponse<byte[]> site = http.bytes("/sites/nowhere/");
        assertThat(site.statusCode()).isEqualTo(404);
        assertThat(site.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(http.status("/catalog/99.99")).isEqualTo(404);
    }

    @Test
    void badFiltersAre400NamingTheParameter() {
        for (String[] c : new String[][] { { "type=BOGUS", "type" }, { "year=20x7", "year" },
                { "validity=%3Cscript%3E", "validity" }, { "catalog=99.99", "catalog" } }) {
            HttpResponse<byte[]> r = http.bytes("/records?" + c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(body(r)).as(c[0]).contains("（" + c[1] + "）").doesNotContain("<script>");
            assertThat(http.status("/records.csv?" + c[0])).as(c[0]).isEqualTo(400);
        }
    }

    @Test
    void invalidPercentEncodingIs400NeverServerError() {
        for (String path : new String[] { "/records?catalog=%E4%ZZ", "/sites/%ZZ/", "/catalog/%E4%B8", "/records?page=%",
                "/sites/guangdong/records?type=%C0%AF", "/feed.atom?x=%FF%FE", "/sites/guangdong/catalog/%" }) {
            assertThat(http.rawStatus(path)).as(path).isBetween(400, 499);
        }
        assertThat(http.rawStatus("/records?catalog=%E4%ZZ")).isEqualTo(400);
        assertThat(http.rawStatus("/sites/%ZZ/")).isEqualTo(400);
    }
}

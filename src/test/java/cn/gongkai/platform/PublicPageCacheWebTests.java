package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/** Hot public pages come from memory with their security headers, revalidate by ETag and never go stale. */
@WebTest
class PublicPageCacheWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicPageCache cache;

    @Test
    void aRepeatedRecordPageIsServedFromMemoryWithTheSameBytesAndHeaders() {
        ApiClient anonymous = new ApiClient(port);
        String path = "/records/" + measures();
        ApiClient.Response first = anonymous.get(path);
        ApiClient.Response second = anonymous.get(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(second.header("Content-Security-Policy")).isEqualTo(first.header("Content-Security-Policy"))
                .contains("script-src 'self'");
        assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(second.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.header("Set-Cookie")).as("a public page creates no session").isNull();
        assertThat(cache.size()).isPositive();
    }

    @Test
    void aRepeatVisitWithTheETagGets304() {
        ApiClient anonymous = new ApiClient(port);
        String path = "/records/" + measures();
        String etag = anonymous.get(path).header("ETag");
        anonymous.get(path);
        ApiClient.Response revalidated = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base() + path))
                .header("If-None-Match", etag).GET());
        assertThat(revalidated.status()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
    }

    @Test
    void eachLanguageHasItsOwnPage() {
        ApiClient anonymous = new ApiClient(port);
        String path = "/records/" + measures();
        String zh = anonymous.get(path).body();
        String en = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base() + path))
                .header("Cookie", "gongkai-lang=en").GET()).body();
        assertThat(zh).contains("索引号");
        assertThat(en).doesNotContain("索引号");
    }

    @Test
    void aWithdrawalForgetsTheKeptPages() {
        ApiClient anonymous = new ApiClient(port);
        long id = publishOwnRecord(anonymous);
        assertThat(anonymous.get("/records/" + id).body()).contains("缓存测试用通知");
        assertThat(cache.size()).isPositive();
        ApiClient.Response withdrawn = anonymous.as("sat-office").post("/api/v1/records/" + id + "/withdraw",
                "{\"reason\":\"缓存测试撤回\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(anonymous.get("/records/" + id).body()).contains("缓存测试撤回");
    }

    @Test
    void aKeptPageIsServedGzippedToABrowserThatTakesGzipAndPlainToOneThatDoesNot() throws Exception {
        ApiClient anonymous = new ApiClient(port);
        String path = "/records/" + measures();
        String plain = anonymous.get(path).body();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        cache.invalidateAll();
        // visit 0 renders the page (and keeps it), visit 1 comes from the cache: both compressed
        for (int visit = 0; visit < 2; visit++) {
            java.net.http.HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(URI.create(anonymous.base() + path))
                    .header("Accept-Encoding", "gzip, deflate, br").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(zipped.statusCode()).isEqualTo(200);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as("visit " + visit).hasValue("gzip");
            assertThat(zipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
            String body;
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
                body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(body).isEqualTo(plain);
            assertThat(zipped.body().length).isLessThan(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
            String etag = zipped.headers().firstValue("ETag").orElseThrow();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(anonymous.base() + path)).header("Accept-Encoding", "gzip")
                    .header("If-None-Match", etag).GET().build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                    .statusCode()).isEqualTo(304);
        }
        assertThat(anonymous.get(path).header("Content-Encoding")).as("no gzip unless asked").isNull();
    }

    @Test
    void pagesOutsideTheCacheAreCompressedByTheServer() throws Exception {
        java.net.http.HttpResponse<byte[]> login = java.net.http.HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/requests/new"))
                        .header("Accept-Encoding", "gzip").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    /** Drafts, reviews and publishes a record of this test's own, through the records API (three people). */
    private long publishOwnRecord(ApiClient anonymous) {
        ApiClient drafter = anonymous.as("sat-drafter");
        ApiClient office = anonymous.as("sat-office");
        ApiClient.Response draft = drafter.post("/api/v1/records", "{\"organ\":\"sat\",\"title\":\"缓存测试用通知\","
                + "\"type\":\"OTHER\",\"body\":\"<p>缓存测试正文</p>\",\"attribute\":\"PROACTIVE\"}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().get("id").asLong();
        ApiClient.Response state = drafter.post("/api/v1/records/" + id + "/submit", "");
        for (int step = 0; step < 4 && !"APPROVED".equals(state.json().get("state").asString()); step++) {
            state = office.post("/api/v1/records/" + id + "/review", "{\"decision\":\"approve\"}");
            assertThat(state.status()).as(state.body()).isEqualTo(200);
        }
        ApiClient.Response published = anonymous.as("sat-publisher").post("/api/v1/records/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private long measures() {
        return jdbc.sql("select id from gov_record where document_number = '税总发〔2017〕44号'").query(Long.class).single();
    }
}

package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * Whatever a reader types or a client sends, search answers with a page (200) or a clear 400 —
 * never a server error (SPEC 6: every public form and API survives malformed and hostile input).
 */
@WebTest
class SearchInputWebTests {

    @LocalServerPort
    int port;

    /** Raw (already percent-encoded where needed) query strings. */
    static Stream<String> hostileQueries() {
        List<String> q = new ArrayList<>();
        for (String syntax : List.of("AND", "OR", "NOT", "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^",
                "\"", "~", "*", "?", ":", "\\", "/")) {
            q.add("q=" + SearchFixtures.encode("增值税 " + syntax + " 发票" + syntax));
            q.add("q=" + SearchFixtures.encode(syntax));
        }
        q.add("q=" + SearchFixtures.encode("\"政务公开"));
        q.add("q=" + SearchFixtures.encode("\"\"\""));
        q.add("q=" + SearchFixtures.encode("title:增值税 AND body:(发票 OR 税率)^3~2 /regex/ field:[a TO z]"));
        q.add("q=" + SearchFixtures.encode("，。！？、；：“”‘’《》【】〔〕……——"));
        q.add("q=" + SearchFixtures.encode("<script>alert(1)</script>"));
        q.add("q=" + SearchFixtures.encode("' OR 1=1 --"));
        q.add("q=" + SearchFixtures.encode("../../etc/passwd"));
        q.add("q=" + SearchFixtures.encode("增".repeat(10_000)));
        q.add("q=" + SearchFixtures.encode("a ".repeat(5_000)));
        q.add("q=" + SearchFixtures.encode("\u0000\u0007\u200b\ud83d\ude00\ufeff税"));
        q.add("q=%E4%B8");
        q.add("q=%ZZ%");
        q.add("q=%C0%AF");
        q.add("q=%FF%FE%FD");
        q.add("q=zengzhishui+fapiao");
        q.add("page=-1");
        q.add("page=1000000000");
        q.add("page=abc");
        q.add("page=99999999999999999999");
        q.add("size=0");
        q.add("size=1000");
        q.add("size=-5");
        q.add("sort=random");
        q.add("type=NOPE");
        q.add("type=");
        q.add("validity=whatever");
        q.add("year=0");
        q.add("year=twenty");
        q.add("catalog=%27%3B--");
        q.add("organ=nowhere");
        q.add("organ=" + SearchFixtures.encode("<b>"));
        q.add("q=a&q=b&page=1&page=2");
        return q.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void theSearchPageAlwaysAnswersWithAPage(String query) throws IOException {
        int status = rawGet("/search?" + query);
        assertThat(status).as(query).isIn(200, 400);
        int site = rawGet("/sites/guangdong/search?" + query);
        assertThat(site).as(query).isIn(200, 400);
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void theApiAnswersWithResultsOrAProblemNamingTheField(String query) throws IOException {
        int status = rawGet("/api/v1/public/search?" + query);
        assertThat(status).as(query).isIn(200, 400);
    }

    @Test
    void anOverlongQueryIsShortenedOnThePageAndRefusedByTheApiWithTheRule() {
        ApiClient api = new ApiClient(port);
        // 300 characters still fit in a URL (10,000 do not: the server answers 400 before the application)
        String longQuery = SearchFixtures.encode("增".repeat(300));
        ApiClient.Response page = api.get("/search?q=" + longQuery);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("已截取前 100 个字符");
        ApiClient.Response refused = api.get("/api/v1/public/search?q=" + longQuery);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("100");
    }

    @Test
    void anOutOfRangePageIsMovedIntoRangeOnThePageAndRefusedByTheApi() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/search?page=1000000000").status()).isEqualTo(200);
        ApiClient.Response refused = api.get("/api/v1/public/search?page=-1&lang=en");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("from 1 to 1000");
    }

    /** A raw HTTP/1.1 request, so that malformed percent-encoding reaches the server unchanged. */
    private int rawGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            in.readAllBytes();
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}

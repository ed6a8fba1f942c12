package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * The import's console pages: the form of a register, an upload run in the background with its
 * progress page (which reloads itself while it runs), and a refused file's report by line.
 */
@WebTest
class RegisterImportConsoleWebTests {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final String FORM = "/console/registers/a-grade-taxpayers/imports/new";

    @LocalServerPort
    int port;

    HttpClient http;
    String base;

    @BeforeEach
    void logIn() throws Exception {
        base = "http://localhost:" + port;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String body = "username=sat-publisher&password=" + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf("/login"), StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).isEqualTo(302);
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    String csrf(String path) throws Exception {
        Matcher m = CSRF.matcher(get(path).body());
        return m.find() ? m.group(1) : "";
    }

    HttpResponse<String> upload(String query, String fileName, byte[] bytes) throws Exception {
        String token = URLEncoder.encode(csrf(FORM), StandardCharsets.UTF_8);
        return send(ApiClient.multipart(HttpRequest.newBuilder(URI.create(base
                + "/console/registers/a-grade-taxpayers/imports?" + query + "&_csrf=" + token)), fileName, bytes));
    }

    /** The progress page once the background import has ended (it reloads itself until then). */
    Document finished(String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Document page;
        do {
            page = Jsoup.parse(get(path).body());
        }
        while (!page.select("meta[http-equiv=refresh]").isEmpty() && System.nanoTime() < deadline);
        return page;
    }

    @Test
    void theFormNamesTheHeaderAndTheModes() throws Exception {
        HttpResponse<String> r = get(FORM);
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(page.select("code").text()).isEqualTo(ImportFixture.A_GRADE_HEADER);
        assertThat(page.select("input[name=mode][value=valid-only]")).hasSize(1);
        assertThat(page.select("select[name=encoding] option")).hasSize(3);
    }

    @Test
    void anUploadRunsInTheBackgroundAndItsPageShowsTheResult() throws Exception {
        HttpResponse<String> r = upload("publish=true", "A级.csv", ImportFixture.utf8(ImportFixture.aGradeCsv(600_000, 2_500, -1)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String detail = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(detail).startsWith("/console/registers/imports/");
        Document page = finished(detail);
        assertThat(page.select("[role=status]").text()).contains("导入完成").contains("2,500");
        assertThat(page.text()).contains("UTF-8").contains("已导入");
        assertThat(Jsoup.parse(get(FORM).body()).select("a[href=" + detail + "]")).as("listed under recent imports")
                .hasSize(1);
    }

    @Test
    void aRefusedFileShowsItsReportByLine() throws Exception {
        HttpResponse<String> r = upload("mode=all", "A级.csv", ImportFixture.gbk(ImportFixture.aGradeCsv(610_000, 30, 9)));
        assertThat(r.statusCode()).isEqualTo(302);
        Document page = finished(URI.create(r.headers().firstValue("Location").orElseThrow()).getPath());
        assertThat(page.select("[role=status]").text()).contains("未导入任何行");
        assertThat(page.select("tbody tr td:first-child").eachText()).contains("11");
        assertThat(page.text()).contains("GB18030").contains("统一社会信用代码");
    }

    @Test
    void anEmptyUploadIsRefusedBesideTheFileField() throws Exception {
        HttpResponse<String> r = upload("mode=all", "空.csv", new byte[0]);
        assertThat(r.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#ri-file-error").text()).contains("文件");
        assertThat(page.select("#ri-file").attr("aria-invalid")).isEqualTo("true");
    }
}

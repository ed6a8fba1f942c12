package cn.gongkai.regulations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/** The importer's console pages: upload with the error beside the file field, findings stripped, publication. */
@WebTest
class ImportConsoleWebTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    HttpClient http;
    String base;

    @BeforeEach
    void login() throws Exception {
        base = "http://127.0.0.1:" + port;
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String body = "username=sat-drafter&password=" + URLEncoder.encode(ApiClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
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

    HttpResponse<String> upload(String fileName, byte[] bytes) throws Exception {
        String token = csrf("/console/regulations/imports");
        return send(ApiClient.multipart(HttpRequest.newBuilder(URI.create(base + "/console/regulations/imports?_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8))), fileName, bytes));
    }

    HttpResponse<String> form(String page, String action, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8))));
    }

    @Test
    void theListShowsTheDemoLibraryAndTheUploadForm() throws Exception {
        HttpResponse<String> r = get("/console/regulations/imports");
        assertThat(r.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(page.text()).contains("全面推进政务公开工作实施办法").contains("规范性文件").contains("已发布");
        assertThat(page.select("a[href=/console/regulations/imports]")).as("menu entry").isNotEmpty();
    }

    @Test
    void aCorruptFileIsRefusedBesideTheFileField() throws Exception {
        HttpResponse<String> r = upload("坏.docx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#i-file-error").text()).contains("DOCX");
        assertThat(page.select("#i-file").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void anUploadedDraftHasItsFindingStrippedFromThePage() throws Exception {
        String text = "关于控制台测试的通知\n\n一、推行“互联网+乐动安卓app ”，扩大参与。\n\n国家税务总局\n\n2020年9月1日";
        HttpResponse<String> r = upload("通知.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String detail = URI.create(r.headers().firstValue("Location").orElseThrow()).getPath();
        Document page = Jsoup.parse(get(detail).body());
        assertThat(page.select("h1").text()).isEqualTo("关于控制台测试的通知");
        assertThat(page.text()).contains("疑似插入内容").contains("第 3 行").contains("乐动安卓app");
        String strip = page.select("form:has(input[name=resolution][value=STRIPPED])").attr("action");
        HttpResponse<String> stripped = form(detail, strip, "resolution=STRIPPED&replacement="
                + URLEncoder.encode("政务服务", StandardCharsets.UTF_8));
        assertThat(stripped.statusCode()).isEqualTo(302);
        Document after = Jsoup.parse(get(detail).body());
        assertThat(after.text()).contains("已删除").contains("sat-drafter");
        assertThat(after.select("form:has(input[name=resolution])")).isEmpty();
    }
}

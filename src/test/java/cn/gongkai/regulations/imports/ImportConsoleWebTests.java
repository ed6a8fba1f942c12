package cn.gongkai.regulations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/** The importer's console pages: upload with the error beside the file field, findings stripped, publication. */
@WebTest
class ImportConsoleWebTests {

    @LocalServerPort
    int port;

    ConsoleSession console;

    @BeforeEach
    void login() {
        console = ConsoleSession.login("http://127.0.0.1:" + port, "sat-drafter", ApiClient.DEMO_PASSWORD);
    }

    ApiClient.Response get(String path) {
        return console.get(path);
    }

    ApiClient.Response upload(String fileName, byte[] bytes) {
        return console.upload("/console/regulations/imports", "/console/regulations/imports", fileName, bytes);
    }

    ApiClient.Response form(String page, String action, String body) {
        return console.form(page, action, body);
    }

    @Test
    void theListShowsTheDemoLibraryAndTheUploadForm() throws Exception {
        ApiClient.Response r = get("/console/regulations/imports");
        assertThat(r.status()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(page.text()).contains("全面推进政务公开工作实施办法").contains("规范性文件").contains("已发布");
        assertThat(page.select("a[href=/console/regulations/imports]")).as("menu entry").isNotEmpty();
    }

    @Test
    void aCorruptFileIsRefusedBesideTheFileField() throws Exception {
        ApiClient.Response r = upload("坏.docx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r.status()).isEqualTo(422);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#i-file-error").text()).contains("DOCX");
        assertThat(page.select("#i-file").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void anUploadedDraftHasItsFindingStrippedFromThePage() throws Exception {
        String text = "关于控制台测试的通知\n\n一、推行“互联网+乐动安卓app ”，扩大参与。\n\n国家税务总局\n\n2020年9月1日";
        ApiClient.Response r = upload("通知.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        String detail = URI.create(r.header("Location")).getPath();
        Document page = Jsoup.parse(get(detail).body());
        assertThat(page.select("h1").text()).isEqualTo("关于控制台测试的通知");
        assertThat(page.text()).contains("疑似插入内容").contains("第 3 行").contains("乐动安卓app");
        String strip = page.select("form:has(input[name=resolution][value=STRIPPED])").attr("action");
        ApiClient.Response stripped = form(detail, strip, "resolution=STRIPPED&replacement="
                + URLEncoder.encode("政务服务", StandardCharsets.UTF_8));
        assertThat(stripped.status()).isEqualTo(302);
        Document after = Jsoup.parse(get(detail).body());
        assertThat(after.text()).contains("已删除").contains("sat-drafter");
        assertThat(after.select("form:has(input[name=resolution])")).isEmpty();
    }
}

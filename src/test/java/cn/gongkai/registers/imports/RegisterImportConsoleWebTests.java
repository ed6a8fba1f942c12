package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * The import's console pages: the form of a register, an upload run in the background with its
 * progress page (which reloads itself while it runs), and a refused file's report by line.
 */
@WebTest
class RegisterImportConsoleWebTests {

    static final String FORM = "/console/registers/a-grade-taxpayers/imports/new";

    @LocalServerPort
    int port;

    ConsoleSession console;

    @BeforeEach
    void logIn() {
        console = ConsoleSession.login("http://localhost:" + port, "sat-publisher", ApiClient.DEMO_PASSWORD);
    }

    ApiClient.Response get(String path) {
        return console.get(path);
    }

    ApiClient.Response upload(String query, String fileName, byte[] bytes) {
        return console.upload(FORM, "/console/registers/a-grade-taxpayers/imports?" + query, fileName, bytes);
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
        ApiClient.Response r = get(FORM);
        assertThat(r.status()).isEqualTo(200);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=file]")).hasSize(1);
        assertThat(page.select("code").text()).isEqualTo(ImportFixture.A_GRADE_HEADER);
        assertThat(page.select("input[name=mode][value=valid-only]")).hasSize(1);
        assertThat(page.select("select[name=encoding] option")).hasSize(3);
    }

    @Test
    void anUploadRunsInTheBackgroundAndItsPageShowsTheResult() throws Exception {
        ApiClient.Response r = upload("publish=true", "A级.csv", ImportFixture.utf8(ImportFixture.aGradeCsv(600_000, 2_500, -1)));
        assertThat(r.status()).as(r.body()).isEqualTo(302);
        String detail = URI.create(r.header("Location")).getPath();
        assertThat(detail).startsWith("/console/registers/imports/");
        Document page = finished(detail);
        assertThat(page.select("[role=status]").text()).contains("导入完成").contains("2,500");
        assertThat(page.text()).contains("UTF-8").contains("已导入");
        assertThat(Jsoup.parse(get(FORM).body()).select("a[href=" + detail + "]")).as("listed under recent imports")
                .hasSize(1);
    }

    @Test
    void aRefusedFileShowsItsReportByLine() throws Exception {
        ApiClient.Response r = upload("mode=all", "A级.csv", ImportFixture.gbk(ImportFixture.aGradeCsv(610_000, 30, 9)));
        assertThat(r.status()).isEqualTo(302);
        Document page = finished(URI.create(r.header("Location")).getPath());
        assertThat(page.select("[role=status]").text()).contains("未导入任何行");
        assertThat(page.select("tbody tr td:first-child").eachText()).contains("11");
        assertThat(page.text()).contains("GB18030").contains("统一社会信用代码");
    }

    @Test
    void anEmptyUploadIsRefusedBesideTheFileField() throws Exception {
        ApiClient.Response r = upload("mode=all", "空.csv", new byte[0]);
        assertThat(r.status()).isEqualTo(400);
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#ri-file-error").text()).contains("文件");
        assertThat(page.select("#ri-file").attr("aria-invalid")).isEqualTo("true");
    }
}

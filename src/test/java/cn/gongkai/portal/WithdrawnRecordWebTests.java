package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10 B.3: a withdrawn record keeps its address, title, metadata and the public reason, and
 * no longer serves its body or attachments on any channel — record page, public API, feeds,
 * attachment URLs (410 Gone with a Chinese page), CSV/XLSX downloads and search.
 */
@WebTest
class WithdrawnRecordWebTests {

    static final String REASON = "该通知已被新文件替代";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    ApiClient http;
    PortalFixtures fixtures;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        fixtures = PortalFixtures.of(context);
    }

    /** A record whose body word and attachment word appear nowhere else; published, then withdrawn. */
    record Withdrawn(long id, String title, String bodyWord, String filePath, String indexNumber) {
    }

    Withdrawn publishAndWithdraw(String title, String bodyWord) throws IOException {
        long id = fixtures.satPublishesWithAttachment(title, "12.04", "<p>正文含" + bodyWord + "的说明。</p>",
                "撤回附件.docx", docx("附件正文：撤回附件专用语句"));
        JsonNode before = json.readTree(http.text("/api/v1/public/records/" + id));
        assertThat(before.get("body").asString()).contains(bodyWord);
        String filePath = before.get("attachments").get(0).get("path").asString();
        assertThat(http.status(filePath)).as("the attachment is served while the record is public").isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> searchHits(bodyWord).contains("\"id\":" + id + ","));
        fixtures.withdraw("sat-office", id, REASON);
        return new Withdrawn(id, title, bodyWord, filePath, before.get("indexNumber").asString());
    }

    @Test
    void recordPageKeepsTitleMetadataAndReasonButNotTheBodyOrAttachments() throws IOException {
        Withdrawn w = publishAndWithdraw("撤回测试：页面只留元数据", "页面撤回专用词甲");
        Document page = http.page("/records/" + w.id());
        assertThat(page.select("h1").text()).isEqualTo(w.title());
        assertThat(page.select("table.record-meta").text()).contains(w.indexNumber(), "国家税务总局");
        assertThat(page.select("#withdrawn").text()).contains("撤回", REASON, "正文和附件不再提供");
        assertThat(page.html()).doesNotContain(w.bodyWord()).doesNotContain(w.filePath()).doesNotContain("撤回附件.docx");
        assertThat(page.select(".record-body")).isEmpty();
    }

    @Test
    void publicApiCarriesTheWithdrawalWithoutBodyOrAttachments() throws IOException {
        Withdrawn w = publishAndWithdraw("撤回测试：接口只留元数据", "接口撤回专用词乙");
        HttpResponse<byte[]> r = http.bytes("/api/v1/public/records/" + w.id());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode record = json.readTree(r.body());
        assertThat(record.get("title").asString()).isEqualTo(w.title());
        assertThat(record.get("indexNumber").asString()).isEqualTo(w.indexNumber());
        assertThat(record.get("withdrawal").get("reason").asString()).isEqualTo(REASON);
        assertThat(record.hasNonNull("body")).as("no body once withdrawn").isFalse();
        assertThat(record.hasNonNull("mediaUrl")).isFalse();
        assertThat(record.get("attachments")).isEmpty();
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).doesNotContain(w.bodyWord(), w.filePath());
    }

    @Test
    void attachmentAddressAnswers410GoneWithAChinesePage() throws IOException {
        Withdrawn w = publishAndWithdraw("撤回测试：附件地址", "附件撤回专用词丙");
        HttpResponse<byte[]> r = http.bytes(w.filePath());
        assertThat(r.statusCode()).isEqualTo(410);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        String page = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(page).contains("已于", "撤回", "附件不再提供", REASON).doesNotContain("附件正文", "Whitelabel");
    }

    @Test
    void feedsAndDownloadsNoLongerListIt() throws IOException {
        Withdrawn w = publishAndWithdraw("撤回测试：订阅与下载", "订阅撤回专用词丁");
        for (String path : new String[] { "/feed.atom", "/feed.rss", "/catalog/12.04/feed.atom", "/catalog/12.04/feed.rss",
                "/records.csv", "/records.csv?catalog=12.04" }) {
            assertThat(http.text(path)).as(path).doesNotContain(w.title()).doesNotContain(w.bodyWord());
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(http.bytes("/records.xlsx").body()))) {
            for (Row row : book.getSheetAt(0)) {
                assertThat(row.getCell(0).getStringCellValue()).isNotEqualTo(w.title());
            }
        }
    }

    @Test
    void searchNoLongerFindsItByABodyWordAndShowsNoBodyText() throws IOException {
        Withdrawn w = publishAndWithdraw("撤回测试：检索", "检索撤回专用词戊");
        assertThat(searchHits(w.bodyWord())).doesNotContain("\"id\":" + w.id() + ",").doesNotContain(w.bodyWord() + "的说明");
        assertThat(searchHits("撤回测试")).doesNotContain("\"id\":" + w.id() + ",").doesNotContain(w.bodyWord());
        assertThat(http.text("/search?q=" + URLEncoder.encode(w.bodyWord(), StandardCharsets.UTF_8)))
                .doesNotContain("/records/" + w.id() + "\"");
        assertThat(json.readTree(searchHits(w.bodyWord())).get("total").asLong()).isZero();
    }

    String searchHits(String q) {
        return http.text("/api/v1/public/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }
}

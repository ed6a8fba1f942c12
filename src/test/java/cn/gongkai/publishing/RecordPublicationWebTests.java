package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RecordPublicationWebTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    long approved(String drafter, String office, Map<String, Object> body) {
        Api.Answer c = api.post(drafter, "/api/v1/records", body);
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long id = c.id();
        assertThat(api.post(drafter, "/api/v1/records/" + id + "/submit", null).status()).isEqualTo(200);
        for (int i = 0; i < 3 && !"APPROVED".equals(api.get(office, "/api/v1/records/" + id).text("state")); i++) {
            api.post(office, "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        }
        return id;
    }

    /** The organ's publisher: separation of duties keeps the reviewer from publishing what they reviewed. */
    static String publisherBeside(String office) {
        return office.startsWith("gd-") ? "gd-publisher" : "sat-publisher";
    }

    long published(String drafter, String office, Map<String, Object> body) {
        long id = approved(drafter, office, body);
        assertThat(api.post(publisherBeside(office), "/api/v1/records/" + id + "/publish", null).text("state"))
                .isEqualTo("PUBLISHED");
        return id;
    }

    // Implementation Measures 十(一): provincial sites republish and link SAT's policies
    @Test
    void syndicatesSatPoliciesToProvincialSitesAndWithdrawsThemEverywhere() {
        Map<String, Object> policy = Api.draft("总局政策联动转载");
        policy.put("type", "RULE");
        long id = published("sat-drafter", "sat-office", policy);
        long notice = published("sat-drafter", "sat-office", Api.draft("总局内部通知不转载"));
        long own = published("gd-drafter", "gd-office", Api.draft("广东本级信息"));

        String gdList = api.get(null, "/sites/guangdong/records").body();
        assertThat(gdList).contains("总局政策联动转载", "广东本级信息", "href=\"/records/" + id + "\"",
                "href=\"/sites/guangdong/records/" + own + "\"").doesNotContain("总局内部通知不转载");
        assertThat(api.get(null, "/sites/jiangsu/records").body()).contains("总局政策联动转载").doesNotContain("广东本级信息");
        assertThat(api.get(null, "/sites/guangdong-guangzhou/records").body()).doesNotContain("总局政策联动转载");
        assertThat(api.get(null, "/records").body()).contains("总局政策联动转载").doesNotContain("广东本级信息");

        Api.Answer gdPage = api.get(null, "/sites/guangdong/records/" + id);
        assertThat(gdPage.status()).isEqualTo(200);
        assertThat(gdPage.body()).contains("<link rel=\"canonical\" href=\"https://www.gongkai.test/records/" + id + "\"");
        assertThat(api.get(null, "/records/" + id).body()).contains("rel=\"canonical\"");
        assertThat(api.get(null, "/sites/guangdong/records/" + notice).status()).isEqualTo(404);
        assertThat(api.get(null, "/records/" + own).status()).isEqualTo(404);
        assertThat(api.get(null, "/records/abc").status()).isEqualTo(404);
        assertThat(api.get(null, "/sites/no-such-organ/records").status()).isEqualTo(404);
        assertThat(api.get(null, "/sites/guangdong/records/" + own).body()).contains("广东本级信息");

        assertThat(api.post("sat-office", "/api/v1/records/" + id + "/withdraw", Map.of()).status()).isEqualTo(400);
        Api.Answer w = api.post("sat-office", "/api/v1/records/" + id + "/withdraw", Map.of("reason", "已被新规章替代"));
        assertThat(w.text("state")).isEqualTo("WITHDRAWN");
        assertThat(api.get(null, "/sites/guangdong/records").body()).doesNotContain("总局政策联动转载");
        assertThat(api.get(null, "/records").body()).doesNotContain("总局政策联动转载");
        assertThat(api.get(null, "/records/" + id).body()).contains("撤回原因", "已被新规章替代");
        assertThat(api.get(null, "/sites/guangdong/records/" + id).body()).contains("已被新规章替代");
    }

    @Test
    void roundTripsAnAttachmentWithItsSniffedType() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("附件往返")).id();
        Api.Answer up = api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", "说明.pdf", PDF);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.text("contentType")).isEqualTo("application/pdf");
        long aid = up.id();
        String path = "/files/" + aid + "/" + java.net.URLEncoder.encode("说明.pdf", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(api.get(null, path).status()).isEqualTo(404);
        api.post("sat-drafter", "/api/v1/records/" + id + "/submit", null);
        for (int i = 0; i < 2; i++) {
            api.post("sat-office", "/api/v1/records/" + id + "/review", Map.of("decision", "approve"));
        }
        api.post("sat-publisher", "/api/v1/records/" + id + "/publish", null);
        Api.Answer down = api.get(null, path);
        assertThat(down.status()).isEqualTo(200);
        assertThat(down.raw().body()).isEqualTo(PDF);
        assertThat(down.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(down.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(down.raw().headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(api.get(null, "/records/" + id).body()).contains("/files/" + aid + "/");
    }

    @Test
    void refusesRenamedExecutablesWrongTypesAndOtherOrgans() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("附件拒收")).id();
        String path = "/api/v1/records/" + id + "/attachments";
        Api.Answer exe = api.upload("sat-drafter", path, "年度报告.pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 });
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.body()).contains("file", "可执行程序");
        Api.Answer elf = api.upload("sat-drafter", path, "image.png", new byte[] { 0x7f, 'E', 'L', 'F', 2, 1 });
        assertThat(elf.body()).contains("可执行程序");
        Api.Answer mismatch = api.upload("sat-drafter", path, "表格.xlsx", PDF);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.body()).contains("PDF", "扩展名");
        Api.Answer html = api.upload("sat-drafter", path, "page.pdf", "<html><script>alert(1)</script>".getBytes());
        assertThat(html.body()).contains("PDF、DOCX、XLSX、PNG、JPEG");
        assertThat(api.upload("sat-drafter", path, "empty.pdf", new byte[0]).status()).isEqualTo(400);
        assertThat(api.upload("gd-drafter", path, "a.pdf", PDF).status()).isEqualTo(403);
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id).json().get("attachments").size()).isZero();
    }

    @Test
    void refusesAnUploadOverTheSizeLimit() {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("超大附件")).id();
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Api.Answer a = api.upload("sat-drafter", "/api/v1/records/" + id + "/attachments", "big.pdf", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.text("code")).isEqualTo("TOO_LARGE");
    }

    @Test
    void importsTheBodyFromADocx() throws IOException {
        long id = api.post("sat-drafter", "/api/v1/records", Api.draft("Word导入")).id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("第一段<script>");
            var p = doc.createParagraph().createRun();
            p.setBold(true);
            p.setText("加粗段落");
            doc.write(out);
        }
        Api.Answer a = api.upload("sat-drafter", "/api/v1/records/" + id + "/body/docx", "正文.docx", out.toByteArray());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.text("body")).contains("<p>第一段&lt;script&gt;</p>", "<strong>加粗段落</strong>");
        assertThat(api.upload("sat-drafter", "/api/v1/records/" + id + "/body/docx", "x.docx", PDF).status())
                .isEqualTo(400);
    }
}

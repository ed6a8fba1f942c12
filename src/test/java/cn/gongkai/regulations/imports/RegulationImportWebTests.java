package cn.gongkai.regulations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * The importer over real HTTP: text, DOCX, HTML and PDF imports with their findings, refusals
 * (corrupt, oversized, unsupported, no token) that write nothing, resolving findings and the
 * publication gate; and the demo library loaded at start.
 */
@WebTest
class RegulationImportWebTests {

    static final String PATH = "/api/v1/regulations/imports";
    static final String LAW = """
            中华人民共和国测试税法

            2020年1月2日 第十三届全国人民代表大会常务委员会第十五次会议通过

            第一章 总则

            第一条 为了测试，制定本法。

            第二条 纳税人应当依照本法缴纳税款。

            下列所得，免征：

            （一）国债利息；

            （二）抚恤金。

            第二章 附则

            第三条 本法自2021年1月1日起施行。
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.gongkai.platform.PdfFonts pdfFonts;

    ApiClient drafter;
    ApiClient publisher;

    @BeforeEach
    void setUp() {
        drafter = new ApiClient(port).as("sat-drafter");
        publisher = new ApiClient(port).as("sat-publisher");
    }

    int documents() {
        return jdbc.sql("select count(*) from reg_document").query(Integer.class).single();
    }

    String json(String filename, String text) {
        return "{\"filename\":" + quote(filename) + ",\"text\":" + quote(text) + "}";
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aTextImportAnswersTheRecoveredMetadataAndArticleCount() {
        ApiClient.Response r = drafter.post(PATH, json("测试税法.txt", LAW));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode j = r.json();
        assertThat(j.get("id").asString()).startsWith("law-2020-");
        assertThat(j.get("title").asString()).isEqualTo("中华人民共和国测试税法");
        assertThat(j.get("organ").asString()).isEqualTo("全国人民代表大会常务委员会");
        assertThat(j.get("issuedOn").asString()).isEqualTo("2020-01-02");
        assertThat(j.get("effectiveOn").asString()).isEqualTo("2021-01-01");
        assertThat(j.get("type").asString()).isEqualTo("LAW");
        assertThat(j.get("state").asString()).isEqualTo("DRAFT");
        assertThat(j.get("articles").asInt()).isEqualTo(3);
        assertThat(j.hasNonNull("documentNumber")).isFalse();
        assertThat(j.get("findings")).isEmpty();
        String id = j.get("id").asString();
        assertThat(jdbc.sql("select eid from reg_provision where document_id = ? order by seq").param(id)
                .query(String.class).list()).containsExactly("chp_1", "art_1", "art_2", "art_2__para_1", "art_2__para_2",
                        "art_2__para_2__point_1", "art_2__para_2__point_2", "chp_2", "art_3");
        assertThat(drafter.get(PATH + "/" + id).json().get("title").asString()).isEqualTo("中华人民共和国测试税法");
    }

    @Test
    void overridesWinOverWhatTheTextSays() {
        ApiClient.Response r = drafter.post(PATH, "{\"filename\":\"n.txt\",\"text\":" + quote(LAW)
                + ",\"type\":\"NORMATIVE_DOCUMENT\",\"documentNumber\":\"税总发〔2020〕1号\",\"effectiveOn\":\"2020-03-01\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("id").asString()).startsWith("normative-2020-");
        assertThat(r.json().get("documentNumber").asString()).isEqualTo("税总发〔2020〕1号");
        assertThat(r.json().get("effectiveOn").asString()).isEqualTo("2020-03-01");
    }

    @Test
    void aMalformedOverrideDateIsRefusedNamingTheField() {
        ApiClient.Response r = drafter.post(PATH, "{\"text\":" + quote(LAW) + ",\"issuedOn\":\"2020-13-45\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("issuedOn");
    }

    @Test
    void hiddenDocxTextIsAnInjectedTextFinding() throws IOException {
        byte[] docx = docx();
        ApiClient.Response r = drafter.upload(PATH, "公告.docx", docx);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode findings = r.json().get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("code").asString()).isEqualTo("INJECTED_TEXT");
        assertThat(findings.get(0).get("text").asString()).contains("隐藏推广词");
        assertThat(findings.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(r.json().get("title").asString()).isEqualTo("国家税务总局关于测试的公告");
        assertThat(r.json().get("documentNumber").asString()).isEqualTo("税总发〔2020〕9号");
    }

    @Test
    void hiddenHtmlTextIsAnInjectedTextFinding() {
        String html = """
                <html><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head><body>
                <p class="MsoNormal" style="mso-line-height-rule:exactly">国家税务总局关于网页测试的通知</p>
                <p class="MsoNormal">一、总体要求</p>
                <p class="MsoNormal">（一）做好公开工作<span style="display:none">威尼斯人娱乐</span>，及时更新。</p>
                <p class="MsoNormal">（二）规范解读<span style="color:#FFFFFF">白字广告</span>。</p>
                <p class="MsoNormal">国家税务总局</p><p class="MsoNormal">2020年5月6日</p>
                </body></html>""";
        ApiClient.Response r = drafter.upload(PATH, "通知.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("issuedOn").asString()).isEqualTo("2020-05-06");
        assertThat(r.json().get("articles").asInt()).isEqualTo(1);
        JsonNode findings = r.json().get("findings");
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0).get("injected").asString()).isEqualTo("威尼斯人娱乐");
        assertThat(findings.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(findings.get(1).get("injected").asString()).isEqualTo("白字广告");
    }

    @Test
    void aPdfWithATextLayerIsImported() throws IOException {
        ApiClient.Response r = drafter.upload(PATH, "办法.pdf", pdf(cjkFont(), List.of("国家税务总局测试管理办法",
                "第一条 为了规范测试，制定本办法。", "第二条 本办法自二〇二〇年七月一日起施行。")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("title").asString()).isEqualTo("国家税务总局测试管理办法");
        assertThat(r.json().get("articles").asInt()).isEqualTo(2);
        assertThat(r.json().get("effectiveOn").asString()).isEqualTo("2020-07-01");
    }

    @Test
    void aPdfWithoutTextLayerIsRefused() throws IOException {
        int before = documents();
        ApiClient.Response r = drafter.upload(PATH, "扫描件.pdf", pdf(cjkFont(), List.of()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("NO_TEXT_LAYER");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aCorruptDocxOrPdfIsRefusedAndWritesNothing() {
        int before = documents();
        ApiClient.Response docx = drafter.upload(PATH, "坏.docx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(docx.status()).as(docx.body()).isEqualTo(422);
        assertThat(docx.json().get("code").asString()).isEqualTo("UNREADABLE_FILE");
        ApiClient.Response pdf = drafter.upload(PATH, "坏.pdf", "%PDF-1.7\n garbage".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(422);
        assertThat(pdf.json().get("code").asString()).isEqualTo("UNREADABLE_FILE");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void anOversizedFileIsRefusedWithAClearMessage() {
        int before = documents();
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        ApiClient.Response r = drafter.upload(PATH, "big.txt", big);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asString()).isEqualTo("FILE_TOO_LARGE");
        assertThat(r.json().get("detail").asString()).contains("MB");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void anUploadOverTheMultipartLimitIsA413ProblemNotA500() {
        int before = documents();
        ApiClient.Response r = drafter.upload(PATH, "big.txt", new byte[21 * 1024 * 1024]);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asString()).isEqualTo("TOO_LARGE");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void anUnsupportedTypeIs415() {
        ApiClient.Response r = drafter.upload(PATH, "图片.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.json().get("code").asString()).isEqualTo("UNSUPPORTED_FILE_TYPE");
    }

    @Test
    void withoutATokenTheImportIs401() {
        int before = documents();
        assertThat(new ApiClient(port).post(PATH, json("a.txt", LAW)).status()).isEqualTo(401);
        assertThat(new ApiClient(port).get(PATH + "/law-2020-1").status()).isEqualTo(401);
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void aRoleWithoutImportRightsIsRefused() {
        ApiClient handler = new ApiClient(port).as("sat-handler");
        assertThat(handler.post(PATH, json("a.txt", LAW)).status()).isEqualTo(403);
    }

    @Test
    void publicationIsRefusedWhileAnInjectedFindingIsOpenAndAllowedOnceStripped() {
        String text = "关于测试的通知\n\n一、工作要求\n\n（一）推行“互联网+乐动安卓app ”，扩大参与。\n\n国家税务总局\n\n2020年8月1日";
        JsonNode j = drafter.post(PATH, json("通知.txt", text)).json();
        String id = j.get("id").asString();
        JsonNode finding = j.get("findings").get(0);
        assertThat(finding.get("code").asString()).isEqualTo("INJECTED_TEXT");
        assertThat(finding.get("text").asString()).contains("乐动安卓app");
        assertThat(finding.get("line").asInt()).isEqualTo(5);

        ApiClient.Response refused = publisher.post(PATH + "/" + id + "/publication", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("code").asString()).isEqualTo("OPEN_FINDINGS");
        assertThat(drafter.post(PATH + "/" + id + "/publication", null).status()).as("the drafter may not publish")
                .isEqualTo(403);

        ApiClient.Response bad = drafter.post(PATH + "/" + id + "/findings/" + finding.get("id").asLong(),
                "{\"resolution\":\"NOTED\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("resolution");

        ApiClient.Response stripped = drafter.post(PATH + "/" + id + "/findings/" + finding.get("id").asLong(),
                "{\"resolution\":\"STRIPPED\",\"replacement\":\"政务服务\"}");
        assertThat(stripped.status()).as(stripped.body()).isEqualTo(200);
        JsonNode resolved = stripped.json().get("findings").get(0);
        assertThat(resolved.get("state").asString()).isEqualTo("STRIPPED");
        assertThat(resolved.get("resolvedBy").asString()).isEqualTo("sat-drafter");
        assertThat(resolved.hasNonNull("resolvedAt")).isTrue();
        assertThat(jdbc.sql("select body from reg_provision_version where document_id = ? and eid = 'part_1__point_1'")
                .param(id).query(String.class).single()).isEqualTo("推行“互联网+政务服务”，扩大参与。");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'regulations.import.finding.stripped' and subject_type = 'regulation' and subject_id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(drafter.post(PATH + "/" + id + "/findings/" + finding.get("id").asLong(),
                "{\"resolution\":\"CONFIRMED\"}").status()).as("resolved once").isEqualTo(422);

        ApiClient.Response published = publisher.post(PATH + "/" + id + "/publication", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("state").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void aConfirmedFindingKeepsTheText() {
        String text = "关于测试的通知\n\n一、使用WeChat小程序办理，提高效率。";
        JsonNode j = drafter.post(PATH, json("通知.txt", text)).json();
        String id = j.get("id").asString();
        JsonNode finding = j.get("findings").get(0);
        assertThat(finding.get("injected").asString()).isEqualTo("WeChat");
        ApiClient.Response r = drafter.post(PATH + "/" + id + "/findings/" + finding.get("id").asLong(),
                "{\"resolution\":\"CONFIRMED\"}");
        assertThat(r.json().get("findings").get(0).get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select body from reg_provision_version where document_id = ? and eid = 'part_1'")
                .param(id).query(String.class).single()).contains("WeChat");
    }

    @Test
    void anUnparsedLineIsReportedWithItsNumberAndDoesNotBlockPublication() {
        String text = "测试规定\n\n第一条 正文。\n\n=====\n\n第二条 本规定自公布之日起施行。";
        JsonNode j = drafter.post(PATH, json("规定.txt", text)).json();
        JsonNode finding = j.get("findings").get(0);
        assertThat(finding.get("code").asString()).isEqualTo("UNPARSED_LINE");
        assertThat(finding.get("line").asInt()).isEqualTo(5);
        assertThat(finding.get("text").asString()).isEqualTo("=====");
        String id = j.get("id").asString();
        ApiClient.Response noted = drafter.post(PATH + "/" + id + "/findings/" + finding.get("id").asLong(),
                "{\"resolution\":\"NOTED\"}");
        assertThat(noted.json().get("findings").get(0).get("state").asString()).isEqualTo("NOTED");
        assertThat(publisher.post(PATH + "/" + id + "/publication", null).status()).isEqualTo(200);
    }

    @Test
    void anotherOrgansStaffCannotSeeOrResolveADraft() {
        JsonNode j = drafter.post(PATH, json("通知.txt", "关于测试的通知\n\n一、使用WeChat办理。")).json();
        String id = j.get("id").asString();
        ApiClient gd = new ApiClient(port).as("gd-drafter");
        assertThat(gd.get(PATH + "/" + id).status()).isEqualTo(403);
        assertThat(gd.post(PATH + "/" + id + "/findings/" + j.get("findings").get(0).get("id").asLong(),
                "{\"resolution\":\"CONFIRMED\"}").status()).isEqualTo(403);
        assertThat(gd.post(PATH + "/" + id + "/publication", null).status()).isEqualTo(403);
    }

    @Test
    void metadataOfADraftCanBeCorrected() {
        String id = drafter.post(PATH, json("a.txt", LAW)).json().get("id").asString();
        ApiClient.Response r = drafter.send(HttpRequest.newBuilder(URI.create(drafter.base() + PATH + "/" + id))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"documentNumber\":\"中华人民共和国主席令第99号\"}")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("documentNumber").asString()).isEqualTo("中华人民共和国主席令第99号");
        assertThat(r.json().get("title").asString()).isEqualTo("中华人民共和国测试税法");
    }

    @Test
    void theDemoLibraryHoldsTheCorpusAndTheSeedPublished() {
        assertThat(jdbc.sql("select count(*) from reg_document where imported_by = 'system' and state = 'PUBLISHED'")
                .query(Integer.class).single()).isEqualTo(39);
        var seed = jdbc.sql("select id, document_number, organs, issued_on from reg_document where source_file = ?")
                .param(DemoLibrary.SEED).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toString())).single();
        assertThat(seed).containsExactly("normative-2017-1", "税总发〔2017〕44号", "国家税务总局", "2017-04-27");
        assertThat(jdbc.sql("select body from reg_provision_version where document_id = 'normative-2017-1' and eid = 'part_1__point_2'")
                .query(String.class).single()).contains("推行“互联网+政务服务”，扩大公众参与").doesNotContain("乐动安卓");
        assertThat(jdbc.sql("select resolution || '/' || replacement || '/' || resolved_by from reg_import_finding where document_id = 'normative-2017-1'")
                .query(String.class).list()).containsExactly("STRIPPED/政务服务/system");
        assertThat(jdbc.sql("select count(*) from reg_provision where document_id = (select id from reg_document where source_file like '%企业所得税法实施条例%') and kind = 'ARTICLE'")
                .query(Integer.class).single()).isEqualTo(132);
    }

    static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("国家税务总局关于测试的公告");
            doc.createParagraph().createRun().setText("税总发〔2020〕9号");
            XWPFParagraph p = doc.createParagraph();
            p.createRun().setText("一、各级税务机关应当及时公开");
            XWPFRun hidden = p.createRun();
            hidden.setText("隐藏推广词");
            hidden.setVanish(true);
            p.createRun().setText("政策文件。");
            doc.createParagraph().createRun().setText("二、本公告自发布之日起施行。");
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The first TrueType font of gongkai.pdf.fonts (the CJK font every PDF of the application uses). */
    Path cjkFont() {
        return pdfFonts.fonts().stream().map(Path::of).filter(p -> p.toString().endsWith(".ttf"))
                .filter(java.nio.file.Files::isReadable).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK font of gongkai.pdf.fonts is installed"));
    }

    /** A PDF drawn with the CJK font the reply letters use; no lines = no text layer. */
    static byte[] pdf(Path font, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                if (!lines.isEmpty()) {
                    PDType0Font cjk = PDType0Font.load(doc, font.toFile());
                    float y = 700;
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(cjk, 12);
                        cs.newLineAtOffset(50, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 30;
                    }
                }
                else {
                    cs.addRect(50, 50, 100, 100);
                    cs.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

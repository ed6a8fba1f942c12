package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Element;
import org.xml.sax.SAXParseException;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * Every published document's Akoma Ntoso export (demo corpus and fixtures, on today and on a day
 * with effects) validates against the OASIS Akoma Ntoso 3.0 schema kept in
 * {@code shared/reference/akn/} (loaded offline: it imports only its local xml.xsd).
 */
@WebTest
class AknExportWebTests {

    static Schema schema;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void loadSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        schema = factory.newSchema(schemaFile().toFile());
    }

    static Path schemaFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/akn/akomantoso30.xsd");
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Akoma Ntoso 3.0 schema not found: expected shared/reference/akn/ in an "
                + "ancestor of " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyPublishedDocumentExportsSchemaValidAkomaNtoso() {
        RepealScenario.write(jdbc);
        List<String> ids = jdbc.sql("select id from reg_document where state = 'PUBLISHED' order by id")
                .query(String.class).list();
        assertThat(ids).isNotEmpty();
        ApiClient http = new ApiClient(port);
        List<String> problems = new ArrayList<>();
        for (String id : ids) {
            for (String on : List.of("", "?on=2024-07-01")) {
                HttpResponse<byte[]> r = http.bytes("/regulations/" + id + "/akn.xml" + on);
                assertThat(r.statusCode()).as(id).isEqualTo(200);
                String xml = new String(r.body(), StandardCharsets.UTF_8);
                try {
                    Validator v = schema.newValidator();
                    v.validate(new StreamSource(new StringReader(xml)));
                }
                catch (SAXParseException e) {
                    problems.add(id + on + " line " + e.getLineNumber() + ": " + e.getMessage());
                }
                catch (Exception e) {
                    problems.add(id + on + ": " + e);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSchemaRefusesAWorkWithoutItsCountryOrAnArticleWithUnknownContent() throws Exception {
        RepealScenario s = RepealScenario.write(jdbc);
        String xml = new ApiClient(port).text("/regulations/" + s.lawId() + "/akn.xml");
        for (String broken : List.of(xml.replaceFirst("<FRBRcountry value=\"cn\"/?>(</FRBRcountry>)?", ""),
                xml.replaceFirst("<content><p>第1条正文。</p></content>", "<text>第1条正文。</text>"))) {
            assertThat(broken).isNotEqualTo(xml);
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> schema.newValidator().validate(new StreamSource(new StringReader(broken))))
                    .isInstanceOf(SAXParseException.class);
        }
    }

    @Test
    void exportCarriesTheEidsNumbersAndTheRepealOfTheDay() throws Exception {
        RepealScenario s = RepealScenario.write(jdbc);
        String xml = new ApiClient(port).text("/regulations/" + s.lawId() + "/akn.xml?on=2024-07-01");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
        var articles = doc.getElementsByTagNameNS(AknExport.NS, "article");
        assertThat(articles.getLength()).isEqualTo(33);
        Element art3 = (Element) articles.item(2);
        assertThat(art3.getAttribute("eId")).isEqualTo("art_3");
        assertThat(art3.getAttribute("status")).isEqualTo("removed");
        assertThat(((Element) articles.item(32)).getElementsByTagNameNS(AknExport.NS, "num").item(0).getTextContent())
                .isEqualTo("第三十三条");
        var paragraphs = doc.getElementsByTagNameNS(AknExport.NS, "paragraph");
        assertThat(((Element) paragraphs.item(1)).getAttribute("eId")).isEqualTo("art_2__para_2");
        assertThat(doc.getElementsByTagNameNS(AknExport.NS, "FRBRdate").item(1).getAttributes().getNamedItem("date")
                .getNodeValue()).isEqualTo("2024-07-01");
        assertThat(doc.getElementsByTagNameNS(AknExport.NS, "textualMod").getLength()).isEqualTo(1);
        Element before = (Element) f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(
                new ApiClient(port).text("/regulations/" + s.lawId() + "/akn.xml?on=2024-06-30"))))
                .getElementsByTagNameNS(AknExport.NS, "article").item(2);
        assertThat(before.hasAttribute("status")).isFalse();
    }

    @Test
    void htmlAndPdfDownloadsShowTheTextOfTheDay() throws Exception {
        RepealScenario s = RepealScenario.write(jdbc);
        ApiClient http = new ApiClient(port);
        HttpResponse<byte[]> html = http.bytes("/regulations/" + s.lawId() + "/text.html?on=2024-07-01");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        var page = org.jsoup.Jsoup.parse(new String(html.body(), StandardCharsets.UTF_8));
        assertThat(page.getElementById("art_3").select("del").text()).isEqualTo("第3条正文。");
        assertThat(page.getElementById("art_5").text()).contains("第5条修改后正文。");
        assertThat(page.select("script")).isEmpty();

        HttpResponse<byte[]> pdf = http.bytes("/regulations/" + s.lawId() + "/text.pdf?on=2024-06-30");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("测试税法（库）").contains("第三十三条").contains("第5条正文。")
                    .doesNotContain("修改后");
        }
        assertThat(http.status("/regulations/law-1900-1/text.pdf")).isEqualTo(404);
        assertThat(http.status("/regulations/" + s.lawId() + "/akn.xml?on=2024-99-01")).isEqualTo(400);
    }
}

package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import cn.gongkai.support.WebTest;
import cn.gongkai.support.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebTest
class MachineAccessWebTests {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    ApiClient http;
    PortalFixtures fixtures;
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void setUp() {
        http = ApiClient.at("http://localhost:" + port);
        fixtures = PortalFixtures.of(context);
    }

    static Document xml(HttpResponse<byte[]> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
    }

    static List<String> texts(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void atomAndRssFeedsOfASiteListItsNewestRecords() throws Exception {
        HttpResponse<byte[]> atom = http.bytes("/feed.atom");
        assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        Document feed = xml(atom);
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getElementsByTagNameNS(ATOM, "entry").getLength()).isBetween(1, Feeds.ITEMS);
        assertThat(feed.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).isEqualTo(ApiClient.SITE + "/feed.atom");
        long policy = fixtures.satPublishesRule("订阅测试：国家税务总局规章");
        Document rss = xml(http.bytes("/sites/guangdong/catalog/02.01/feed.rss"));
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(texts(rss.getElementsByTagName("link"))).contains(ApiClient.SITE + "/records/" + policy);
    }

    @Test
    void catalogueEntryFeedHoldsOnlyThatEntrysRecords() throws Exception {
        Document feed = xml(http.bytes("/catalog/12.01/feed.atom"));
        assertThat(texts(feed.getElementsByTagNameNS(ATOM, "title"))).contains(PortalFixtures.MEASURES_TITLE)
                .doesNotContain(PortalFixtures.DEMO_POLICY_TITLE);
        assertThat(xml(http.bytes("/sites/guangdong/catalog/12.01/feed.rss")).getElementsByTagName("channel").getLength())
                .isEqualTo(1);
        assertThat(http.status("/catalog/99.99/feed.atom")).isEqualTo(404);
    }

    @Test
    void sitemapsListEachSitesOwnPagesAndRecords() throws Exception {
        long measures = fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE);
        long policy = fixtures.demoRecordId(PortalFixtures.DEMO_POLICY_TITLE);
        String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        List<String> sat = texts(xml(http.bytes("/sitemap.xml")).getElementsByTagNameNS(ns, "loc"));
        assertThat(sat).contains(ApiClient.SITE + "/", ApiClient.SITE + "/records/" + measures, ApiClient.SITE + "/catalog/12.01");
        List<String> gd = texts(xml(http.bytes("/sites/guangdong/sitemap.xml")).getElementsByTagNameNS(ns, "loc"));
        assertThat(gd).contains(ApiClient.SITE + "/sites/guangdong/", ApiClient.SITE + "/sites/guangdong/openness/guide")
                .noneMatch(u -> u.endsWith("/records/" + policy));
    }

    @Test
    void csvDownloadIsUtf8WithBomAndHoldsTheFilteredList() {
        HttpResponse<byte[]> r = http.bytes("/records.csv?catalog=12.01");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        byte[] b = r.body();
        assertThat(new byte[] { b[0], b[1], b[2] }).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(b, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("标题,文号,索引号,发布机构");
        assertThat(lines).anyMatch(l -> l.contains(PortalFixtures.MEASURES_TITLE) && l.contains("税总发〔2017〕44号"))
                .noneMatch(l -> l.contains(PortalFixtures.DEMO_POLICY_TITLE));
    }

    @Test
    void xlsxDownloadParsesBackWithTheSameRows() throws Exception {
        HttpResponse<byte[]> r = http.bytes("/records.xlsx?type=OTHER");
        assertThat(r.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("标题");
            List<String> titles = new ArrayList<>();
            for (Row row : sheet) {
                titles.add(row.getCell(0).getStringCellValue());
            }
            assertThat(titles).contains(PortalFixtures.MEASURES_TITLE).doesNotContain(PortalFixtures.DEMO_POLICY_TITLE);
        }
    }

    @Test
    void dcatCatalogueDescribesEachSitesListWithItsDistributions() throws Exception {
        HttpResponse<byte[]> r = http.bytes("/api/v1/public/dcat");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode c = json.readTree(r.body());
        assertThat(c.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(c.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        JsonNode gd = null;
        for (JsonNode d : c.get("dcat:dataset")) {
            if (d.get("@id").asString().equals(ApiClient.SITE + "/sites/guangdong/records")) {
                gd = d;
            }
        }
        assertThat(gd).isNotNull();
        assertThat(gd.get("@type").asString()).isEqualTo("dcat:Dataset");
        List<String> formats = new ArrayList<>();
        for (JsonNode d : gd.get("dcat:distribution")) {
            assertThat(d.get("@type").asString()).isEqualTo("dcat:Distribution");
            formats.add(d.get("dct:title").asString());
            assertThat(http.status(d.get("dcat:downloadURL").get("@id").asString().substring(ApiClient.SITE.length())))
                    .isEqualTo(200);
        }
        assertThat(formats).containsExactly("CSV", "XLSX", "JSON", "ATOM");
        assertThat(json.readTree(http.bytes("/catalog.jsonld").body()).get("@type").asString()).isEqualTo("dcat:Catalog");
    }

    @Test
    void publicJsonApiListsSitesRecordsAndOneRecordAndIsDocumented() throws Exception {
        JsonNode sites = json.readTree(http.bytes("/api/v1/public/sites").body());
        assertThat(sites.size()).isGreaterThan(36);
        JsonNode list = json.readTree(http.bytes("/api/v1/public/sites/sat/records?catalog=12.01&size=100").body());
        assertThat(list.get("total").asLong()).isPositive();
        // other tests publish into 12.01 too: look for the demo notice rather than take the first item
        long id = fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE);
        assertThat(list.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(id);
        JsonNode record = json.readTree(http.bytes("/api/v1/public/records/" + id).body());
        assertThat(record.get("indexNumber").asString()).isNotBlank();
        assertThat(record.get("documentNumber").asString()).isEqualTo("税总发〔2017〕44号");
        assertThat(http.status("/api/v1/public/records/abc")).isEqualTo(404);
        HttpResponse<byte[]> bad = http.bytes("/api/v1/public/sites/sat/records?size=1000");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("size");
        assertThat(http.status("/api/v1/public/sites/nowhere/records")).isEqualTo(404);
        String docs = http.text("/v3/api-docs");
        assertThat(docs).contains("/api/v1/public/sites/{organCode}/records", "/api/v1/public/records/{id}",
                "/api/v1/public/dcat", "/api/v1/public/sites");
    }
}

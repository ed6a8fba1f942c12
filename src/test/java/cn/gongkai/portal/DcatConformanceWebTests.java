package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * The DCAT catalogue as a harvester sees it (issue 10 C.6): fetched over HTTP from the running
 * application, read as JSON-LD by Apache Jena and validated against the official DCAT-AP 3.0.0
 * SHACL shapes. The shapes are a validation suite kept outside the project
 * ({@code shared/reference/dcat-ap/}, whose README says to read them from there rather than copy
 * them); they are found by walking up from the working directory, or at {@code -Ddcat-ap.shapes=}.
 */
@WebTest
class DcatConformanceWebTests {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    static Graph shapes;

    @LocalServerPort
    int port;

    ApiClient http;

    @BeforeAll
    static void loadShapes() {
        shapes = RDFDataMgr.loadGraph(shapesFile().toString());
    }

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    static Path shapesFile() {
        String configured = System.getProperty("dcat-ap.shapes");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/dcat-ap/dcat-ap-3.0.0-SHACL.ttl");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("DCAT-AP 3.0.0 shapes not found: expected shared/reference/dcat-ap/ "
                + "in an ancestor of " + Path.of("").toAbsolutePath() + " (or set -Ddcat-ap.shapes=FILE)");
    }

    Graph catalogue(String path) {
        HttpResponse<byte[]> r = http.bytes(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))
                .lang(Lang.JSONLD).parse(g);
        return g;
    }

    @Test
    void catalogueConformsToTheDcatAp300Shapes() {
        for (String path : List.of("/api/v1/public/dcat", "/catalog.jsonld")) {
            Graph data = catalogue(path);
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            List<ReportEntry> violations = report.getEntries().stream()
                    .filter(e -> e.severity().level().equals(Severity.Violation.level())).toList();
            Map<String, Long> byKind = violations.stream().collect(Collectors.groupingBy(
                    e -> e.resultPath() + " " + e.constraint(), TreeMap::new, Collectors.counting()));
            System.out.println("DCAT-AP 3.0.0 violations of " + path + ": " + violations.size() + " " + byKind);
            assertThat(violations).as("DCAT-AP 3.0.0 violations of %s by path and message: %s", path, byKind)
                    .isEmpty();
        }
    }

    @Test
    void catalogueNamesItsLicenceDatesPublisherContactAndThemes() {
        Graph g = catalogue("/api/v1/public/dcat");
        Node catalog = NodeFactory.createURI(ApiClient.SITE + "/api/v1/public/dcat");
        assertThat(g.contains(catalog, RDF.type.asNode(), uri(DCAT + "Catalog"))).isTrue();

        Node licence = one(g, catalog, DCT + "license");
        assertThat(licence.isURI()).as("licence is an IRI").isTrue();
        assertThat(g.contains(licence, RDF.type.asNode(), uri(DCT + "LicenseDocument"))).isTrue();
        assertThat(one(g, catalog, DCT + "issued").getLiteralDatatypeURI()).endsWith("#dateTime");
        assertThat(one(g, catalog, DCT + "modified").getLiteralDatatypeURI()).endsWith("#dateTime");

        Node publisher = one(g, catalog, DCT + "publisher");
        assertThat(publisher.isURI()).as("publisher is an IRI, not a blank node").isTrue();
        assertThat(g.contains(publisher, RDF.type.asNode(), uri(FOAF + "Agent"))).isTrue();
        Node name = one(g, publisher, FOAF + "name");
        assertThat(name.getLiteralLexicalForm()).isEqualTo("国家税务总局");
        assertThat(name.getLiteralLanguage()).isEqualToIgnoringCase("zh-CN");

        List<Node> titles = objects(g, catalog, DCT + "title");
        assertThat(titles).anySatisfy(t -> {
            assertThat(t.getLiteralLexicalForm()).contains("国家税务总局");
            assertThat(t.getLiteralLanguage()).isEqualToIgnoringCase("zh-CN");
        });
        assertThat(titles).anySatisfy(t -> assertThat(t.getLiteralLanguage()).isEqualTo("en"));

        Node guangdong = NodeFactory.createURI(ApiClient.SITE + "/sites/guangdong/records");
        Node gdPublisher = one(g, guangdong, DCT + "publisher");
        assertThat(gdPublisher.isURI()).isTrue();
        assertThat(gdPublisher).isNotEqualTo(publisher);
        Node contact = one(g, guangdong, DCAT + "contactPoint");
        assertThat(g.contains(contact, RDF.type.asNode(), uri(VCARD + "Kind"))).isTrue();
        assertThat(one(g, contact, VCARD + "fn").getLiteralLexicalForm()).isNotBlank();
        List<Node> themes = objects(g, guangdong, DCAT + "theme");
        assertThat(themes).contains(uri("http://publications.europa.eu/resource/authority/data-theme/GOVE"));
        assertThat(themes).contains(uri(ApiClient.SITE + "/catalog/12.01"));
        assertThat(one(g, uri(ApiClient.SITE + "/catalog/12.01"), "http://www.w3.org/2004/02/skos/core#prefLabel")
                .getLiteralLanguage()).isEqualToIgnoringCase("zh-CN");
        assertThat(objects(g, catalog, DCAT + "themeTaxonomy")).hasSize(2);

        for (Node distribution : objects(g, guangdong, DCAT + "distribution")) {
            assertThat(one(g, distribution, DCAT + "downloadURL").isURI()).isTrue();
            assertThat(one(g, distribution, DCAT + "accessURL").isURI()).isTrue();
            assertThat(one(g, distribution, DCAT + "mediaType").getURI())
                    .startsWith("http://www.iana.org/assignments/media-types/");
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * Every disclosure register is a dataset (issue 12, open data): update frequency, the day of
     * its last change, its three full downloads and its data dictionary (documentation page and the
     * schema its files conform to) — and the catalogue with them still conforms to DCAT-AP 3.0.0.
     */
    @Test
    void registersAreDatasetsWithFrequencyLastChangeDownloadsAndDictionary() {
        java.time.Instant at = java.time.Instant.parse("2026-05-06T03:00:00Z");
        jdbc.update("insert into register_row (register_code, organ_id, state, version, values_json, public_json, "
                + "created_at, created_by, published_at, published_by, updated_at) values ('a-grade-taxpayers', 26, "
                + "'PUBLISHED', 1, '{}', '{\"name\":\"某公司\"}', ?, 'dcat-test', ?, 'dcat-test', ?)",
                java.sql.Timestamp.from(at), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at));
        try {
            Graph g = catalogue("/api/v1/public/dcat");
            List<ReportEntry> violations = ShaclValidator.get().validate(shapes, g).getEntries().stream()
                    .filter(e -> e.severity().level().equals(Severity.Violation.level())).toList();
            assertThat(violations).as("DCAT-AP 3.0.0 violations with registers").isEmpty();

            Node catalog = uri(ApiClient.SITE + "/api/v1/public/dcat");
            Node aGrade = uri(ApiClient.SITE + "/registers/a-grade-taxpayers");
            assertThat(objects(g, catalog, DCAT + "dataset")).contains(aGrade);
            assertThat(g.contains(aGrade, RDF.type.asNode(), uri(DCAT + "Dataset"))).isTrue();
            assertThat(one(g, aGrade, DCT + "identifier").getLiteralLexicalForm()).isEqualTo("registers-a-grade-taxpayers");
            assertThat(objects(g, aGrade, DCT + "title")).anySatisfy(t -> assertThat(t.getLiteralLexicalForm())
                    .isEqualTo("纳税信用A级纳税人名单"));
            Node frequency = one(g, aGrade, DCT + "accrualPeriodicity");
            assertThat(frequency).isEqualTo(uri("http://publications.europa.eu/resource/authority/frequency/ANNUAL"));
            assertThat(g.contains(frequency, RDF.type.asNode(), uri(DCT + "Frequency"))).isTrue();
            Node modified = one(g, aGrade, DCT + "modified");
            // the day of the register's last public change (other tests may have written later rows)
            java.time.LocalDate last = jdbc.queryForObject("select max(updated_at) from register_row where "
                    + "register_code = 'a-grade-taxpayers' and published_at is not null", java.sql.Timestamp.class)
                    .toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
            assertThat(modified.getLiteralLexicalForm()).isEqualTo(last.toString());
            assertThat(modified.getLiteralDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#date");

            Node page = one(g, aGrade, FOAF + "page");
            assertThat(page).isEqualTo(uri(ApiClient.SITE + "/registers/a-grade-taxpayers/dictionary"));
            assertThat(g.contains(page, RDF.type.asNode(), uri(FOAF + "Document"))).isTrue();
            Node schema = one(g, aGrade, DCT + "conformsTo");
            assertThat(schema).isEqualTo(uri(ApiClient.SITE + "/registers/a-grade-taxpayers/dictionary.json"));
            assertThat(g.contains(schema, RDF.type.asNode(), uri(DCT + "Standard"))).isTrue();

            List<String> downloads = objects(g, aGrade, DCAT + "distribution").stream().map(d -> {
                assertThat(one(g, d, DCT + "conformsTo")).isEqualTo(schema);
                assertThat(one(g, d, DCAT + "mediaType").getURI()).startsWith("http://www.iana.org/assignments/media-types/");
                String url = one(g, d, DCAT + "downloadURL").getURI();
                assertThat(http.status(url.substring(ApiClient.SITE.length()))).as(url).isEqualTo(200);
                return url;
            }).toList();
            assertThat(http.status(page.getURI().substring(ApiClient.SITE.length()))).isEqualTo(200);
            assertThat(http.status(schema.getURI().substring(ApiClient.SITE.length()))).isEqualTo(200);
            assertThat(downloads).containsExactlyInAnyOrder(ApiClient.SITE + "/registers/a-grade-taxpayers/data.csv",
                    ApiClient.SITE + "/registers/a-grade-taxpayers/data.xlsx",
                    ApiClient.SITE + "/registers/a-grade-taxpayers/data.json");

            // every register of the API contract is listed; one without public rows has no modification date
            for (String code : List.of("powers", "licensing", "licensing-decisions", "penalty-decisions", "major-cases",
                    "a-grade-taxpayers", "arrears", "abnormal-households", "fixed-quota", "invalid-certificates",
                    "deadline-notices", "entrusted-collection", "random-inspections", "budgets", "procurement")) {
                assertThat(objects(g, catalog, DCAT + "dataset")).as(code).contains(uri(ApiClient.SITE + "/registers/" + code));
            }
            Node budgets = uri(ApiClient.SITE + "/registers/budgets");
            if (jdbc.queryForObject("select count(*) from register_row where register_code = 'budgets'", Long.class) == 0) {
                assertThat(objects(g, budgets, DCT + "modified")).isEmpty();
            }
        }
        finally {
            jdbc.update("delete from register_row where created_by = 'dcat-test'");
        }
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static List<Node> objects(Graph g, Node subject, String predicate) {
        return g.find(subject, uri(predicate), Node.ANY).mapWith(Triple::getObject).toList();
    }

    static Node one(Graph g, Node subject, String predicate) {
        List<Node> found = objects(g, subject, predicate);
        assertThat(found).as(subject + " " + predicate).hasSize(1);
        return found.get(0);
    }
}

package cn.gongkai.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No masked or non-public value ever reaches the public (issue 12, "Must show"): one row per
 * register is entered through the staff API with distinctive originals in every masked field
 * (ID numbers, phones, natural persons' names, accounts, addresses), one is corrected with new
 * originals and one retracted, and every public output is scanned for the originals: the list
 * and row pages, the JSON API, the query service, feeds, CSV/XLSX/JSON downloads, the data
 * dictionary, DCAT, the sitemap and search. Each scan also proves the row is there (its public
 * marker appears), so a page that shows nothing cannot pass.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterLeakWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    RegisterCatalog catalog;

    ApiClient anonymous;
    final List<String> secrets = new ArrayList<>();
    /** register code → row id → markers of that row that must be public. */
    final Map<String, Map<Long, List<String>>> rows = new LinkedHashMap<>();
    final List<String> credits = new ArrayList<>();
    String retractedPage;

    @BeforeAll
    void enterRowsWithKnownOriginals() {
        anonymous = new ApiClient(port);
        ApiClient publisher = anonymous.as("gd-publisher");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (RegisterType type : catalog.all()) {
            RegisterSamples.Sample sample = RegisterSamples.of(type, today);
            long id = create(publisher, type.code(), sample.values());
            secrets.addAll(sample.secrets());
            rows.computeIfAbsent(type.code(), c -> new LinkedHashMap<>()).put(id, sample.markers());
            type.fields().stream().filter(f -> "CREDIT".equals(f.query()) && f.type() == FieldType.CREDIT_CODE).map(f -> sample.values().get(f.code()))
                    .forEach(credits::add);
            if (!sample.secrets().isEmpty()) {
                // a correction with new originals: the history keeps the old version, masked too
                RegisterSamples.Sample corrected = RegisterSamples.of(type, today);
                Map<String, String> values = new LinkedHashMap<>(sample.values());
                type.fields().stream().filter(f -> f.mask() != MaskRule.NONE || !f.isPublic())
                        .forEach(f -> values.put(f.code(), corrected.values().get(f.code())));
                ApiClient.Response put = publisher.put("/api/v1/registers/" + type.code() + "/rows/" + id,
                        json(Map.of("values", values, "reason", "泄露检查：更正登记信息")));
                assertThat(put.status()).as(type.code() + " correction: " + put.body()).isEqualTo(200);
                secrets.addAll(corrected.secrets());
            }
        }
        assertThat(secrets).as("the register types mask something").hasSizeGreaterThan(10);
        // a retracted row keeps its public page with the reason: masked there too
        String arrears = "arrears";
        long retracted = create(publisher, arrears, track(arrears, RegisterSamples.of(catalog.required(arrears), today)));
        ApiClient.Response r = publisher.post("/api/v1/registers/" + arrears + "/rows/" + retracted + "/retract",
                json(Map.of("reason", "泄露检查：欠税已缴清")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        retractedPage = "/registers/" + arrears + "/rows/" + retracted;
    }

    private Map<String, String> track(String code, RegisterSamples.Sample sample) {
        secrets.addAll(sample.secrets());
        return sample.values();
    }

    private long create(ApiClient publisher, String code, Map<String, String> values) {
        ApiClient.Response r = publisher.post("/api/v1/registers/" + code + "/rows",
                json(Map.of("values", values, "publish", true)));
        assertThat(r.status()).as(code + ": " + r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void listAndRowPagesShowTheRowsMaskedOnly() {
        scanShowing("/registers", List.of());
        scanShowing(retractedPage, List.of("泄露检查：欠税已缴清"));
        for (var register : rows.entrySet()) {
            String code = register.getKey();
            for (var row : register.getValue().entrySet()) {
                scanShowing("/registers/" + code + "/rows/" + row.getKey(), row.getValue());
            }
            scanShowing("/registers/" + code, List.of());
            scanShowing("/registers/" + code + "?organ=guangdong", List.of());
            HttpResponse<byte[]> svg = anonymous.bytes("/registers/" + code + "/rows/" + register.getValue().keySet()
                    .iterator().next() + "/flow.svg");
            if (svg.statusCode() == 200) {
                assertNoSecret("flow.svg of " + code, new String(svg.body(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void theJsonApiAnswersMaskedValuesOnly() {
        scanShowing("/api/v1/public/registers", List.of());
        for (var register : rows.entrySet()) {
            String code = register.getKey();
            String list = scanShowing("/api/v1/public/registers/" + code + "/rows", List.of());
            for (var row : register.getValue().entrySet()) {
                scanShowing("/api/v1/public/registers/" + code + "/rows/" + row.getKey(), row.getValue());
            }
            assertThat(list).as(code).isNotBlank();
        }
    }

    @Test
    void searchingForAnOriginalFindsNothing() {
        for (String secret : secrets) {
            for (String code : rows.keySet()) {
                JsonNode answer = anonymous.get("/api/v1/public/registers/" + code + "/rows?q=" + encode(secret)).json();
                assertThat(answer.get("total").asLong()).as(code + " q=" + secret).isZero();
            }
            ApiClient.Response search = anonymous.get("/api/v1/public/search?q=" + encode(secret));
            if (search.status() == 200) {
                JsonNode results = search.json().has("items") ? search.json().get("items") : search.json().get("results");
                assertNoSecret("search " + secret, results == null ? "" : results.toString());
            }
        }
    }

    @Test
    void theQueryServiceAnswersMaskedValuesOnly() {
        int found = 0;
        for (String credit : credits) {
            ApiClient.Response r = anonymous.get("/api/v1/public/registers/query?credit=" + credit);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertNoSecret("query credit=" + credit, r.json().get("items").toString());
            found += r.json().get("items").size();
            assertNoSecret("/registers/query?credit=" + credit, anonymous.text("/registers/query?credit=" + credit));
        }
        assertThat(found).as("the query service finds the entered taxpayers").isPositive();
        for (String secret : secrets) {
            ApiClient.Response r = anonymous.get("/api/v1/public/registers/query?name=" + encode(secret));
            if (r.status() == 200) {
                assertThat(r.json().get("items")).as("name=" + secret + " finds no row").isEmpty();
            }
        }
    }

    @Test
    void feedsDownloadsAndTheDictionaryHoldMaskedValuesOnly() {
        scanShowing("/registers/changes.atom", List.of());
        for (var register : rows.entrySet()) {
            String code = register.getKey();
            List<String> markers = register.getValue().values().stream().flatMap(List::stream).toList();
            scanShowing("/registers/" + code + "/changes.atom", List.of());
            scanShowing("/registers/" + code + "/data.csv", markers);
            scanShowing("/registers/" + code + "/data.json", markers);
            HttpResponse<byte[]> xlsx = anonymous.bytes("/registers/" + code + "/data.xlsx");
            assertThat(xlsx.statusCode()).as(code + " data.xlsx").isEqualTo(200);
            String sheets = unzippedXml(xlsx.body());
            assertNoSecret(code + " data.xlsx", sheets);
            markers.forEach(m -> assertThat(sheets).as(code + " data.xlsx shows the row").contains(m));
            scanShowing("/registers/" + code + "/dictionary", List.of());
            scanShowing("/registers/" + code + "/dictionary.json", List.of());
        }
    }

    @Test
    void theSiteWideCataloguesHoldMaskedValuesOnly() {
        for (String path : List.of("/api/v1/public/dcat", "/sitemap.xml", "/feed.atom", "/sites/guangdong/sitemap.xml")) {
            scanShowing(path, List.of());
        }
        assertThat(anonymous.text("/api/v1/public/dcat")).contains("/registers/a-grade-taxpayers");
    }

    /** Fetches a public path (200 expected), asserts no original in it and every marker in it; returns the body. */
    private String scanShowing(String path, List<String> markers) {
        HttpResponse<byte[]> r = anonymous.bytes(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        String text = body.startsWith("{") || body.startsWith("[") ? JSON.readTree(body).toString() + body : body;
        assertNoSecret(path, text);
        markers.forEach(m -> assertThat(text).as(path + " shows the row").contains(m));
        return body;
    }

    private void assertNoSecret(String where, String text) {
        for (String secret : secrets) {
            assertThat(text).as(where + " must not hold the original " + secret).doesNotContain(secret);
        }
    }

    /** Every part of an XLSX file (ZipFile, not ZipInputStream: POI's streamed parts carry data descriptors). */
    private static String unzippedXml(byte[] bytes) {
        StringBuilder all = new StringBuilder();
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("leak-scan", ".xlsx");
            try (ZipFile zip = new ZipFile(java.nio.file.Files.write(file, bytes).toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    try (java.io.InputStream in = zip.getInputStream(e)) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            finally {
                java.nio.file.Files.delete(file);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}

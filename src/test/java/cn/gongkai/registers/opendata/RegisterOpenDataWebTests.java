package cn.gongkai.registers.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Open data over HTTP: full downloads of 50,000 rows in three formats, only public rows and only
 * their public values (the entered originals never), the data dictionary and the feeds. Rows are
 * written straight into {@code register_row} (the schema contract), as any entry path leaves them.
 */
@WebTest
class RegisterOpenDataWebTests {

    static final long GUANGDONG = 26;
    static final String TEST_ACTOR = "opendata-test";
    static final String ORIGINAL = "ORIGINAL-UNMASKED-110101199003078515";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient http;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
    }

    @AfterEach
    void removeTestRows() {
        jdbc.update("delete from register_row_version where row_id in (select id from register_row where created_by = ?)",
                TEST_ACTOR);
        jdbc.update("delete from register_row where created_by = ?", TEST_ACTOR);
        jdbc.update("delete from register_mask_setting where changed_by = ?", TEST_ACTOR);
    }

    /** A row as the row store leaves it: entered values (with the original) and public values apart. */
    long row(String code, String state, String publicJson, Instant publishedAt, LocalDate visibleUntil) {
        Timestamp at = Timestamp.from(publishedAt == null ? Instant.now() : publishedAt);
        jdbc.update("insert into register_row (register_code, organ_id, state, version, values_json, public_json, "
                + "created_at, created_by, published_at, published_by, updated_at, visible_until) "
                + "values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", code, GUANGDONG, state,
                "{\"original\":\"" + ORIGINAL + "\"}", publicJson, at, TEST_ACTOR,
                publishedAt == null ? null : at, publishedAt == null ? null : TEST_ACTOR, at, visibleUntil);
        return jdbc.queryForObject("select max(id) from register_row where created_by = ?", Long.class, TEST_ACTOR);
    }

    void version(long rowId, int version, String kind, String publicJson, String reason, Instant at) {
        jdbc.update("insert into register_row_version (row_id, version, kind, values_json, public_json, reason, actor, at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", rowId, version, kind, "{\"original\":\"" + ORIGINAL + "\"}",
                publicJson, reason, TEST_ACTOR, Timestamp.from(at));
    }

    /** The names of this test's rows (no other test writes them). */
    static final String OURS = "开放数据测试贸易有限公司";

    static String aGrade(int i) {
        return "{\"creditCode\":\"91440300MA5D" + String.format("%05d", i) + "X\",\"name\":\"" + OURS + i
                + "\",\"year\":\"2025\"}";
    }

    /** 50,000 published A-grade rows, plus a draft, an expired and a retracted row that no download may hold. */
    void fiftyThousandRowsAndThreeThatAreNotPublic() {
        Timestamp at = Timestamp.from(Instant.parse("2026-04-01T02:00:00Z"));
        List<Object[]> batch = new ArrayList<>();
        for (int i = 1; i <= 50_000; i++) {
            batch.add(new Object[] { aGrade(i), at, at, at });
            if (batch.size() == 2_000) {
                insertBatch(batch);
                batch.clear();
            }
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        row("a-grade-taxpayers", "DRAFT", "{\"name\":\"草稿企业\"}", null, null);
        row("a-grade-taxpayers", "PUBLISHED", "{\"name\":\"已过公示期企业\"}", Instant.parse("2025-01-01T00:00:00Z"),
                today.minusDays(1));
        row("a-grade-taxpayers", "RETRACTED", "{\"name\":\"已撤回企业\"}", Instant.parse("2025-01-01T00:00:00Z"), null);
    }

    private void insertBatch(List<Object[]> batch) {
        jdbc.batchUpdate("insert into register_row (register_code, organ_id, state, version, values_json, public_json, "
                + "created_at, created_by, published_at, published_by, updated_at) values ('a-grade-taxpayers', 26, "
                + "'PUBLISHED', 1, '{\"original\":\"" + ORIGINAL + "\"}', ?, ?, '" + TEST_ACTOR + "', ?, '" + TEST_ACTOR
                + "', ?)", batch);
    }

    @Test
    void downloadsHoldEveryPublicRowWithoutACapAndNothingElse() throws Exception {
        fiftyThousandRowsAndThreeThatAreNotPublic();

        HttpResponse<byte[]> csv = http.bytes("/registers/a-grade-taxpayers/data.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
                .contains("a-grade-taxpayers.csv");
        assertThat(csv.headers().firstValue("Content-Length")).as("streamed (chunked), not buffered").isEmpty();
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertThat(http.bytes("/registers/a-grade-taxpayers/data.csv", "If-None-Match", etag).statusCode()).isEqualTo(304);
        long extra = row("a-grade-taxpayers", "PUBLISHED", aGrade(50_001), Instant.now(), null);
        HttpResponse<byte[]> changed = http.bytes("/registers/a-grade-taxpayers/data.csv", "If-None-Match", etag);
        assertThat(changed.statusCode()).as("a new row makes the reader's copy stale").isEqualTo(200);
        jdbc.update("delete from register_row where id = ?", extra);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"编号\",\"统一社会信用代码\",\"纳税人名称\",\"评价年度\",\"所属机关\",\"发布日期\"");
        assertThat(text).doesNotContain(ORIGINAL).doesNotContain("草稿企业").doesNotContain("已过公示期企业")
                .doesNotContain("已撤回企业");
        try (Reader in = new StringReader(text.substring(1));
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            Set<String> names = new HashSet<>();
            for (CSVRecord r : parser) {
                if (r.get("纳税人名称").startsWith(OURS)) {
                    names.add(r.get("纳税人名称"));
                    assertThat(r.get("所属机关")).isEqualTo("国家税务总局广东省税务局");
                }
            }
            // other tests sharing the database may have rows of their own in this register
            assertThat(names).hasSize(50_000).contains(OURS + 1, OURS + 50000);
        }

        HttpResponse<byte[]> json = http.bytes("/registers/a-grade-taxpayers/data.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Length")).isEmpty();
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).doesNotContain(ORIGINAL).doesNotContain("草稿企业");
        int items = 0;
        try (JsonParser p = DataTable.JSON.createParser(json.body())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode item = DataTable.JSON.readerFor(JsonNode.class)
                        .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
                if (item.get("values").get("name").asString().startsWith(OURS)) {
                    assertThat(item.get("values").get("year").asString()).isEqualTo("2025");
                    assertThat(item.get("publishedOn").asString()).isEqualTo("2026-04-01");
                    items++;
                }
            }
        }
        assertThat(items).isEqualTo(50_000);

        HttpResponse<byte[]> xlsx = http.bytes("/registers/a-grade-taxpayers/data.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).startsWith(DataDownloads.XLSX);
        List<String> header = new ArrayList<>();
        int[] rows = { 0 };
        Set<String> seen = new HashSet<>();
        readXlsx(xlsx.body(), (rowNum, col, value) -> {
            if (rowNum == 0) {
                header.add(value);
            }
            else {
                if (col == 2 && value.startsWith(OURS)) {
                    seen.add(value);
                    rows[0]++;
                }
            }
        });
        assertThat(header).startsWith("编号", "统一社会信用代码", "纳税人名称", "评价年度");
        assertThat(rows[0]).isEqualTo(50_000);
        assertThat(seen).contains(OURS + 25000);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).doesNotContain("草稿企业");
    }

    interface Cells {
        void cell(int row, int column, String value);
    }

    /** Reads an XLSX with POI's SAX event API (a DOM of 50,000 rows would need far more heap than the file). */
    static void readXlsx(byte[] bytes, Cells cells) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                    int[] current = { 0 };
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                            new XSSFSheetXMLHandler.SheetContentsHandler() {
                                @Override
                                public void startRow(int rowNum) {
                                    current[0] = rowNum;
                                }

                                @Override
                                public void endRow(int rowNum) {
                                }

                                @Override
                                public void cell(String ref, String value, XSSFComment comment) {
                                    int col = new org.apache.poi.ss.util.CellReference(ref).getCol();
                                    cells.cell(current[0], col, value);
                                }
                            }, new DataFormatter(), false));
                    xml.parse(new InputSource(sheet));
                }
            }
        }
    }

    /**
     * End to end through the row store (staff API): a natural person's licence, published and then
     * corrected, and a draft. The files and feeds carry the masked values the public rows API shows,
     * never the name, ID number or phone as entered, and nothing of the draft.
     */
    @Test
    void rowsEnteredThroughTheRowStoreAreDownloadedAsThePublicSeesThem() throws Exception {
        String number = "粤税许准字〔2026〕开放" + System.nanoTime() + "号";
        String id = "440106198503172018";
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("documentNumber", number);
        values.put("itemName", "增值税专用发票（增值税税控系统）最高开票限额审批");
        values.put("content", "准予最高开票限额十万元");
        values.put("counterpartType", "NATURAL_PERSON");
        values.put("counterpart", "欧阳开放");
        values.put("idNumber", id);
        values.put("decidedOn", "2026-11-02");
        values.put("organ", "guangdong");
        values.put("contact", "13812345678");
        ApiClient publisher = new ApiClient(port).as("gd-publisher");
        ApiClient.Response created = publisher.post("/api/v1/registers/licensing-decisions/rows",
                DataTable.JSON.writeValueAsString(java.util.Map.of("values", values, "publish", true)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long row = created.json().get("id").asLong();
        values.put("content", "准予最高开票限额一百万元");
        ApiClient.Response corrected = new ApiClient(port).as("gd-office").put(
                "/api/v1/registers/licensing-decisions/rows/" + row,
                DataTable.JSON.writeValueAsString(java.util.Map.of("values", values, "reason", "限额录入有误")));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        values.put("documentNumber", number.replace("开放", "草稿"));
        assertThat(new ApiClient(port).as("gd-drafter").post("/api/v1/registers/licensing-decisions/rows",
                DataTable.JSON.writeValueAsString(java.util.Map.of("values", values, "publish", false))).status())
                .isEqualTo(201);

        JsonNode api = new ApiClient(port).get("/api/v1/public/registers/licensing-decisions/rows/" + row).json();
        JsonNode ours = null;
        byte[] json = http.bytes("/registers/licensing-decisions/data.json").body();
        for (JsonNode item : DataTable.JSON.readTree(json)) {
            if (item.get("id").asLong() == row) {
                ours = item;
            }
        }
        assertThat(ours).as("the published row is in data.json").isNotNull();
        assertThat(ours.get("values").get("counterpart").asString()).isEqualTo(api.get("values").get("counterpart").asString())
                .startsWith("欧").isNotEqualTo("欧阳开放");
        assertThat(ours.get("values").get("idNumber").asString()).isEqualTo(api.get("values").get("idNumber").asString())
                .isNotEqualTo(id);
        assertThat(ours.get("values").get("content").asString()).isEqualTo("准予最高开票限额一百万元");
        assertThat(ours.get("version").asInt()).isEqualTo(2);
        assertThat(ours.get("values").has("contact")).isFalse();

        String csv = http.text("/registers/licensing-decisions/data.csv");
        String xlsx = new String(http.bytes("/registers/licensing-decisions/data.xlsx").body(), StandardCharsets.ISO_8859_1);
        String feed = http.text("/registers/licensing-decisions/changes.atom");
        String all = http.text("/registers/changes.atom");
        for (String out : List.of(new String(json, StandardCharsets.UTF_8), csv, feed, all)) {
            assertThat(out).contains(number).doesNotContain("欧阳开放", id, "13812345678", number.replace("开放", "草稿"));
        }
        assertThat(xlsx).doesNotContain("13812345678", id);
        assertThat(feed).contains("限额录入有误");
    }

    @Test
    void anUnknownRegisterIsNotFoundInEveryFormat() {
        for (String path : List.of("/registers/no-such-register/data.csv", "/registers/no-such-register/data.xlsx",
                "/registers/no-such-register/data.json", "/registers/no-such-register/dictionary.json",
                "/registers/no-such-register/changes.atom")) {
            assertThat(http.status(path)).as(path).isEqualTo(404);
        }
    }

    @Test
    void dictionaryNamesEveryPublicFieldItsTypeAndMaskAsTheOperatorSetIt() {
        JsonNode d = http.get("/registers/licensing-decisions/dictionary.json").json();
        assertThat(d.get("register").asString()).isEqualTo("licensing-decisions");
        List<String> codes = new ArrayList<>();
        d.get("fields").forEach(f -> codes.add(f.get("code").asString()));
        // the contact phone is not public: no column, no dictionary entry
        assertThat(codes).containsExactly("documentNumber", "itemName", "content", "counterpartType", "counterpart",
                "creditCode", "idNumber", "decidedOn", "validFrom", "validTo", "organ");
        JsonNode id = field(d, "idNumber");
        assertThat(id.get("masked").asBoolean()).isTrue();
        assertThat(id.get("mask").asString()).isEqualTo("ID_NUMBER");
        assertThat(id.get("label").asString()).isEqualTo("身份证件号码");
        assertThat(id.get("labelEn").asString()).isEqualTo("ID number");
        assertThat(id.get("type").asString()).isEqualTo("ID_NUMBER");
        assertThat(id.get("description").asString()).contains("GB 11643-1999").contains("隐去出生日期");
        assertThat(id.get("descriptionEn").asString()).contains("birth date");
        assertThat(field(d, "counterpart").get("description").asString()).contains("仅当相对人类别为“自然人”时");
        assertThat(field(d, "counterpartType").get("values")).hasSize(3);
        assertThat(field(d, "documentNumber").get("masked").asBoolean()).isFalse();
        assertThat(d.get("rowColumns")).hasSize(5);

        // an operator hides the decision number: the dictionary and the files follow at once
        jdbc.update("insert into register_mask_setting (register_code, field, mask_rule, changed_by, changed_at) "
                + "values ('licensing-decisions', 'documentNumber', 'HIDDEN', ?, ?)", TEST_ACTOR, Timestamp.from(Instant.now()));
        JsonNode after = http.get("/registers/licensing-decisions/dictionary.json").json();
        assertThat(after.get("fields").findValuesAsString("code")).doesNotContain("documentNumber");
        assertThat(http.text("/registers/licensing-decisions/data.csv")).doesNotContain("决定书文号");

        String page = http.text("/registers/licensing-decisions/dictionary");
        assertThat(page).contains("行政许可决定公示：数据字典").contains("身份证件号码").contains("隐去出生日期")
                .contains("/registers/licensing-decisions/data.xlsx").doesNotContain("<code>documentNumber</code>")
                .contains("<code>itemName</code>");
    }

    static JsonNode field(JsonNode dictionary, String code) {
        for (JsonNode f : dictionary.get("fields")) {
            if (f.get("code").asString().equals(code)) {
                return f;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void feedsListPublicationsCorrectionsAndRetractionsButNothingNeverPublic() throws Exception {
        // a year ahead: newer than any other test's change, so the 50 newest entries hold all of ours
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(365, ChronoUnit.DAYS);
        String v1 = "{\"documentNumber\":\"粤税许〔2026〕1号\",\"counterpart\":\"张**\",\"decidedOn\":\"2026-03-02\"}";
        long published = row("licensing-decisions", "PUBLISHED", v1, t0, null);
        version(published, 1, "CREATED", v1, null, t0);
        String v2 = v1.replace("1号", "11号");
        version(published, 2, "CORRECTED", v2, "文号录入错误", t0.plusSeconds(60));
        jdbc.update("update register_row set version = 2, public_json = ? where id = ?", v2, published);

        long draft = row("licensing-decisions", "DRAFT", "{\"documentNumber\":\"粤税许〔2026〕99号\"}", null, null);
        version(draft, 1, "CREATED", "{\"documentNumber\":\"粤税许〔2026〕99号\"}", null, t0);
        long retracted = row("licensing-decisions", "RETRACTED", "{\"documentNumber\":\"粤税许〔2026〕5号\"}", t0, null);
        version(retracted, 2, "RETRACTED", "{\"documentNumber\":\"粤税许〔2026〕5号\"}", "决定已被撤销", t0.plusSeconds(120));
        long grade = row("a-grade-taxpayers", "PUBLISHED", aGrade(7), t0.plusSeconds(30), null);

        HttpResponse<byte[]> r = http.bytes("/registers/licensing-decisions/changes.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        String xml = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain(ORIGINAL).doesNotContain("粤税许〔2026〕99号");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getTitle()).isEqualTo("行政许可决定公示：变动");
        // only this test's rows (others may share the database): they are the newest by their times
        List<SyndEntry> ours = feed.getEntries().stream().filter(e -> e.getLink().contains("/rows/" + published + "#")
                || e.getLink().contains("/rows/" + retracted + "#")).toList();
        List<String> titles = ours.stream().map(SyndEntry::getTitle).toList();
        assertThat(titles).containsExactly("行政许可决定公示：撤回：粤税许〔2026〕5号",
                "行政许可决定公示：更正：粤税许〔2026〕11号 · 张** · 2026-03-02",
                "行政许可决定公示：公开：粤税许〔2026〕5号",
                "行政许可决定公示：公开：粤税许〔2026〕11号 · 张** · 2026-03-02");
        SyndEntry correction = ours.get(1);
        assertThat(correction.getDescription().getValue()).contains("理由：文号录入错误");
        assertThat(correction.getLink()).endsWith("/registers/licensing-decisions/rows/" + published + "#version-2");
        assertThat(ours.get(0).getDescription().getValue()).contains("决定已被撤销");

        SyndFeed all = new SyndFeedInput().build(new StringReader(http.text("/registers/changes.atom")));
        assertThat(all.getEntries().stream().map(SyndEntry::getLink).toList())
                .anyMatch(l -> l.endsWith("/registers/a-grade-taxpayers/rows/" + grade + "#published"))
                .anyMatch(l -> l.endsWith("/registers/licensing-decisions/rows/" + published + "#version-2"))
                .noneMatch(l -> l.contains("/rows/" + draft + "#"));
    }
}

package cn.gongkai.registers.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.RegisterType;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The download writers without Spring: formats parse, CSV injection is neutralised, and output
 * leaves the writer while rows are still being read (the response begins before the last row).
 */
class DownloadWritersTests {

    static final RegisterType TYPE = new RegisterType("a-grade-taxpayers", "纳税信用A级纳税人名单", "A-grade taxpayers",
            "src", "src", "d", "d", "TABLE", List.of(
                    field("creditCode", "统一社会信用代码", FieldType.CREDIT_CODE, MaskRule.NONE),
                    field("name", "纳税人名称", FieldType.TEXT, MaskRule.NONE),
                    field("year", "评价年度", FieldType.INTEGER, MaskRule.NONE),
                    field("secret", "内部备注", FieldType.TEXT, MaskRule.HIDDEN)),
            null, null, "ANNUAL", "year");

    static FieldDef field(String code, String label, FieldType type, MaskRule mask) {
        return new FieldDef(code, label, code, type, false, true, mask, null, List.of(), 0, null, true);
    }

    final DataTable table = new DataTable(DataColumns.of(TYPE, Map.of()), "https://x.test/registers/a/rows/",
            ZoneId.of("Asia/Shanghai"));

    static PublicRow row(long i) {
        return new PublicRow(i, "国家税务总局广东省税务局",
                "{\"creditCode\":\"91440300MA5XXXXX" + (i % 10) + "X\",\"name\":\"企业" + i + "\",\"year\":\"2025\"}",
                Instant.parse("2026-03-01T02:00:00Z"), 1);
    }

    /** A cursor of {@code n} rows that records how many bytes had left the writer when row {@code probeAt} was read. */
    static final class ProbingRows implements Consumer<Consumer<PublicRow>> {
        final int n;
        final int probeAt;
        final ByteArrayOutputStream out;
        long bytesAtProbe = -1;
        int read;

        ProbingRows(int n, int probeAt, ByteArrayOutputStream out) {
            this.n = n;
            this.probeAt = probeAt;
            this.out = out;
        }

        @Override
        public void accept(Consumer<PublicRow> sink) {
            for (int i = 1; i <= n; i++) {
                if (i == probeAt) {
                    bytesAtProbe = out.size();
                }
                read++;
                sink.accept(row(i));
            }
        }
    }

    @Test
    void csvOf50000RowsLeavesTheWriterBeforeTheLastRowIsReadAndParses() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProbingRows rows = new ProbingRows(50_000, 25_000, out);
        CsvDownload.write(table.header(List.of("编号", "所属机关", "发布日期", "版本", "网址")),
                sink -> rows.accept(r -> sink.accept(table.cells(r))), out);
        assertThat(rows.bytesAtProbe).as("bytes written when half the rows were read").isGreaterThan(100_000);

        byte[] bytes = out.toByteArray();
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF); // UTF-8 byte-order mark
        try (Reader in = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)
                    .getRecords();
            assertThat(records).hasSize(50_000);
            assertThat(records.get(0).getParser().getHeaderNames()).containsExactly("编号", "统一社会信用代码", "纳税人名称",
                    "评价年度", "所属机关", "发布日期", "版本", "网址");
            assertThat(records.get(41).get("纳税人名称")).isEqualTo("企业42");
            assertThat(records.get(41).get("发布日期")).isEqualTo("2026-03-01");
            assertThat(records.get(41).get("网址")).isEqualTo("https://x.test/registers/a/rows/42");
        }
    }

    @Test
    void hiddenFieldsAreNoColumn() {
        assertThat(table.header(List.of("编号", "机关", "日", "版", "址"))).doesNotContain("内部备注");
        DataColumns overridden = DataColumns.of(TYPE, Map.of("name", "HIDDEN", "year", "NO_SUCH_RULE"));
        assertThat(overridden.columns()).extracting(c -> c.field().code()).containsExactly("creditCode");
    }

    @Test
    void csvCellsThatASpreadsheetWouldEvaluateGetAnApostrophe() {
        // OWASP CSV injection: = + - @ tab and carriage return start a formula
        assertThat(CsvDownload.safe("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvDownload.safe("+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvDownload.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvDownload.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvDownload.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvDownload.safe("\r=1")).isEqualTo("'\r=1");
        // a plain negative amount is data, not a formula
        assertThat(CsvDownload.safe("-1234.50")).isEqualTo("-1234.50");
        assertThat(CsvDownload.safe("广州市某某公司")).isEqualTo("广州市某某公司");
        assertThat(CsvDownload.safe(null)).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvDownload.write(List.of("a", "b"), sink -> sink.accept(List.of("=1+1", "say \"hi\", ok")), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=1+1\",\"say \"\"hi\"\", ok\"");
    }

    @Test
    void jsonArrayLeavesTheWriterBeforeTheLastRowAndParsesAsTheRowsApiShape() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProbingRows rows = new ProbingRows(50_000, 25_000, out);
        JsonDownload.write(table, rows, out);
        assertThat(rows.bytesAtProbe).isGreaterThan(100_000);

        int n = 0;
        JsonNode first = null;
        try (JsonParser p = DataTable.JSON.createParser(out.toByteArray())) {
            assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode item = DataTable.JSON.readerFor(JsonNode.class)
                        .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(p);
                if (first == null) {
                    first = item;
                }
                n++;
            }
        }
        assertThat(n).isEqualTo(50_000);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("values").get("name").asString()).isEqualTo("企业1");
        assertThat(first.get("values").has("secret")).isFalse();
        assertThat(first.get("organ").asString()).isEqualTo("国家税务总局广东省税务局");
        assertThat(first.get("publishedOn").asString()).isEqualTo("2026-03-01");
        assertThat(first.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void xlsxParsesAndContinuesOnANewSheetPastTheSheetLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> header = table.header(List.of("编号", "所属机关", "发布日期", "版本", "网址"));
        XlsxDownload.write(TYPE.title(), header, sink -> {
            for (int i = 1; i <= 2_500; i++) {
                sink.accept(table.cells(row(i)));
            }
        }, out, 1_000);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            List<String> names = new ArrayList<>();
            int rows = 0;
            for (Sheet s : book) {
                names.add(s.getSheetName());
                assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("统一社会信用代码");
                rows += s.getLastRowNum();
            }
            assertThat(rows).isEqualTo(2_500);
            assertThat(names).containsExactly("纳税信用A级纳税人名单", "纳税信用A级纳税人名单 2", "纳税信用A级纳税人名单 3");
            assertThat(book.getSheetAt(2).getRow(500).getCell(2).getStringCellValue()).isEqualTo("企业2500");
        }
    }
}

package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * The bulk import over real HTTP (issue 12, "Must show"): one wrong check digit among 10,000
 * lines imports nothing and names its line; valid-only imports the other 9,999; GBK is detected;
 * bad dates, amounts and enumerations are named by line and column; oversized and undecodable
 * files are refused; XLSX; progress; and the recovery of an import whose node died.
 */
@WebTest
class RegisterImportWebTests {

    static final String A_GRADE = "a-grade-taxpayers";
    static final String PATH = "/api/v1/registers/" + A_GRADE + "/imports";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegisterCatalog catalog;

    @Autowired
    ImportRecovery recovery;

    ApiClient publisher;

    @BeforeEach
    void setUp() {
        publisher = new ApiClient(port).as("sat-publisher");
    }

    int rows(String code) {
        return jdbc.sql("select count(*) from register_row where register_code = ?").param(code).query(Integer.class)
                .single();
    }

    /** The rows an import left STAGED (other tests of the shared database stage rows of their own batches). */
    int staged(long importId) {
        return jdbc.sql("select count(*) from register_row where state = 'STAGED' and batch_id = ?").param(importId)
                .query(Integer.class).single();
    }

    @Test
    void oneWrongCheckDigitAmongTenThousandLinesImportsNothingAndNamesItsLine() {
        int before = rows(A_GRADE);
        ApiClient.Response r = publisher.upload(PATH, "A级名单.csv",
                ImportFixture.utf8(ImportFixture.aGradeCsv(100_000, 10_000, 4_321)));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode j = r.json();
        assertThat(j.get("imported").asInt()).isZero();
        assertThat(j.get("state").asString()).isEqualTo("REJECTED");
        assertThat(j.get("rejected")).hasSize(1);
        JsonNode bad = j.get("rejected").get(0);
        assertThat(bad.get("line").asInt()).as("taxpayer 4,321 is on line 4,323 (header = line 1)").isEqualTo(4_323);
        assertThat(bad.get("column").asString()).isEqualTo("统一社会信用代码");
        assertThat(bad.get("rule").asString()).isEqualTo("CREDIT_CODE_CHECK_DIGIT");
        assertThat(bad.get("message").asString()).contains("统一社会信用代码");
        assertThat(rows(A_GRADE)).as("register_row unchanged").isEqualTo(before);
        assertThat(staged(j.get("id").asLong())).isZero();
        JsonNode progress = publisher.get(PATH + "/" + j.get("id").asLong()).json();
        assertThat(progress.get("state").asString()).isEqualTo("REJECTED");
        assertThat(progress.get("linesRead").asInt()).isEqualTo(10_000);
        assertThat(progress.get("rejected").get(0).get("line").asInt()).isEqualTo(4_323);
        assertThat(publisher.get("/api/v1/registers/arrears/imports/" + j.get("id").asLong()).status())
                .as("an import is read under its own register").isEqualTo(404);
    }

    @Test
    void csvTextInAJsonBodyImportsLikeAFileAndAnEmptyTextIsRefusedByName() throws Exception {
        int before = rows(A_GRADE);
        String csv = ImportFixture.aGradeCsv(410_000, 3, -1);
        ApiClient.Response r = publisher.post(PATH, tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(java.util.Map.of("filename", "A级.csv", "text", csv)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(3);
        assertThat(r.json().get("encoding").asString()).isEqualTo("UTF-8");
        assertThat(rows(A_GRADE)).isEqualTo(before + 3);
        ApiClient.Response empty = publisher.post(PATH, "{\"text\":\"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("text").contains("CSV");
        assertThat(rows(A_GRADE)).isEqualTo(before + 3);
    }

    @Test
    void validOnlyImportsTheOther9999AndReportsTheWrongLine() {
        int before = rows(A_GRADE);
        ApiClient.Response r = publisher.upload(PATH + "?mode=valid-only", "A级名单.csv",
                ImportFixture.utf8(ImportFixture.aGradeCsv(200_000, 10_000, 17)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(9_999);
        assertThat(r.json().get("rejected").get(0).get("line").asInt()).isEqualTo(19);
        assertThat(rows(A_GRADE)).isEqualTo(before + 9_999);
        assertThat(jdbc.sql("select count(*) from register_row where batch_id = ? and state = 'PUBLISHED'")
                .param(r.json().get("id").asLong()).query(Integer.class).single()).isEqualTo(9_999);
        assertThat(staged(r.json().get("id").asLong())).isZero();
        assertThat(jdbc.sql("select count(*) from register_row where query_credit = ?")
                .param(ImportFixture.creditCode(200_017)).query(Integer.class).single())
                .as("the refused line is not there").isZero();
    }

    @Test
    void aGbkFileIsDetectedAndItsNamesKeptExactly() {
        ApiClient.Response r = publisher.upload(PATH, "名单-GBK.csv",
                ImportFixture.gbk(ImportFixture.aGradeCsv(300_000, 3, -1)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("encoding").asString()).isEqualTo("GB18030");
        assertThat(r.json().get("imported").asInt()).isEqualTo(3);
        String publicJson = jdbc.sql("select public_json from register_row where query_credit = ?")
                .param(ImportFixture.creditCode(300_001)).query(String.class).single();
        assertThat(publicJson).contains("福建测试300001贸易有限公司");
        assertThat(jdbc.sql("select encoding from register_import where id = ?").param(r.json().get("id").asLong())
                .query(String.class).single()).isEqualTo("GB18030");
    }

    @Test
    void anUndecodableFileIsRefusedNamingTheEncodingsAndTheOverride() {
        byte[] junk = ImportFixture.utf8(ImportFixture.A_GRADE_HEADER + "\n");
        byte[] file = new byte[junk.length + 4];
        System.arraycopy(junk, 0, file, 0, junk.length);
        file[junk.length] = (byte) 0xFF;
        file[junk.length + 1] = (byte) 0xFF;
        file[junk.length + 2] = ',';
        file[junk.length + 3] = '\n';
        ApiClient.Response r = publisher.upload(PATH, "坏.csv", file);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("UTF-8").contains("GB18030").contains("encoding=");
        assertThat(r.json().get("imported").asInt()).isZero();
        assertThat(r.json().get("rejected").get(0).get("rule").asString()).isEqualTo("UNDECODABLE_FILE");
        ApiClient.Response named = publisher.upload(PATH + "?encoding=UTF-8", "名单.csv",
                ImportFixture.gbk(ImportFixture.aGradeCsv(310_000, 2, -1)));
        assertThat(named.status()).as("GBK bytes read as the UTF-8 the operator named").isEqualTo(422);
        assertThat(named.body()).contains("UTF-8");
        assertThat(publisher.upload(PATH + "?encoding=klingon", "名单.csv", ImportFixture.utf8("a\n")).status())
                .isEqualTo(400);
    }

    @Test
    void badDatesAmountsAndEnumerationsAreNamedByLineAndColumn() {
        RegisterType type = catalog.required("penalty-decisions");
        int before = rows(type.code());
        List<Map<String, String>> lines = List.of(valid(type, 1, Map.of("decidedOn", "2024-02-30")),
                valid(type, 2, Map.of("fine", "一千元")), valid(type, 3, Map.of("kind", "罚没")), valid(type, 4, Map.of()),
                valid(type, 5, Map.of("decidedOn", "五月六日")));
        ApiClient.Response r = publisher.upload("/api/v1/registers/penalty-decisions/imports", "处罚.csv",
                ImportFixture.utf8(csv(type, lines)));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        List<String> found = new ArrayList<>();
        r.json().get("rejected").forEach(p -> found.add(p.get("line").asInt() + "|" + p.get("column").asString() + "|"
                + p.get("rule").asString()));
        assertThat(found).containsExactly("2|" + label(type, "decidedOn") + "|DATE_INVALID",
                "3|" + label(type, "fine") + "|AMOUNT_FORMAT", "4|" + label(type, "kind") + "|ENUM_VALUE",
                "6|" + label(type, "decidedOn") + "|DATE_FORMAT");
        assertThat(r.json().get("rejected").get(0).get("message").asString()).contains(label(type, "decidedOn"));
        assertThat(rows(type.code())).isEqualTo(before);
    }

    @Test
    void anUnknownColumnRefusesTheFileNamingIt() {
        ApiClient.Response r = publisher.upload(PATH, "名单.csv", ImportFixture.utf8(
                ImportFixture.A_GRADE_HEADER + ",备注\n" + ImportFixture.creditCode(1) + ",某公司,2024,无\n"));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode p = r.json().get("rejected").get(0);
        assertThat(p.get("line").asInt()).isEqualTo(1);
        assertThat(p.get("column").asString()).isEqualTo("备注");
        assertThat(p.get("rule").asString()).isEqualTo("UNKNOWN_COLUMN");
        assertThat(p.get("message").asString()).contains("备注").contains("D");
    }

    @Test
    void anOversizedFileIsRefusedWith413AndNothingWritten() {
        int before = rows(A_GRADE);
        byte[] big = new byte[16 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        ApiClient.Response r = publisher.upload(PATH, "大.csv", big);
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("16");
        assertThat(rows(A_GRADE)).isEqualTo(before);
    }

    @Test
    void anXlsxWorkbookIsImportedWithItsDateCellsAsDays() throws Exception {
        RegisterType type = catalog.required("penalty-decisions");
        List<Map<String, String>> lines = List.of(valid(type, 11, Map.of()), valid(type, 12, Map.of()));
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("处罚决定");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            List<String> codes = new ArrayList<>(lines.get(0).keySet());
            Row h = sheet.createRow(0);
            for (int c = 0; c < codes.size(); c++) {
                h.createCell(c).setCellValue(label(type, codes.get(c)));
            }
            for (int i = 0; i < lines.size(); i++) {
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < codes.size(); c++) {
                    String value = lines.get(i).get(codes.get(c));
                    if (type.field(codes.get(c)).orElseThrow().type() == cn.gongkai.registers.FieldType.DATE) {
                        row.createCell(c).setCellValue(java.time.LocalDate.parse(value));
                        row.getCell(c).setCellStyle(date);
                    }
                    else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            wb.write(out);
            xlsx = out.toByteArray();
        }
        ApiClient.Response r = publisher.upload("/api/v1/registers/penalty-decisions/imports", "处罚.xlsx", xlsx);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        String values = jdbc.sql("select values_json from register_row where batch_id = ? order by line_no")
                .param(r.json().get("id").asLong()).query(String.class).list().get(0);
        assertThat(values).contains("2024-05-06");
    }

    @Test
    void onlyStaffOfTheOrganMayImport() {
        byte[] file = ImportFixture.utf8(ImportFixture.aGradeCsv(400_000, 1, -1));
        assertThat(new ApiClient(port).upload(PATH, "a.csv", file).status()).isIn(401, 403);
        assertThat(new ApiClient(port).as("sat-handler").upload(PATH, "a.csv", file).status()).isEqualTo(403);
        assertThat(new ApiClient(port).as("sat-drafter").upload(PATH + "?publish=true", "a.csv", file).status())
                .as("a drafter may not publish").isEqualTo(403);
        ApiClient.Response drafts = new ApiClient(port).as("sat-drafter").upload(PATH, "a.csv", file);
        assertThat(drafts.status()).as(drafts.body()).isEqualTo(201);
        assertThat(jdbc.sql("select state from register_row where batch_id = ?").param(drafts.json().get("id").asLong())
                .query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    void anImportWhoseHeartbeatStoppedIsAbortedOnceAndItsStagedRowsDeleted() {
        long organ = jdbc.sql("select id from organ where code = 'sat'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into register_import (register_code, organ_id, filename, file_format, mode, publish, state,
                  lines_read, imported, rejected_count, started_by, started_at, heartbeat_at)
                values ('a-grade-taxpayers', ?, 'killed.csv', 'CSV', 'ALL', true, 'RUNNING', 1000, 0, 0, 'sat-publisher',
                  timestamp '2020-01-01 00:00:00', timestamp '2020-01-01 00:00:00')""").param(organ).update() > 0
                ? jdbc.sql("select max(id) from register_import").query(Long.class).single() : -1;
        jdbc.sql("""
                insert into register_row (register_code, organ_id, state, version, batch_id, line_no, values_json,
                  public_json, created_at, created_by, updated_at)
                values ('a-grade-taxpayers', ?, 'STAGED', 1, ?, 2, '{}', '{}', current_timestamp, 'sat-publisher',
                  current_timestamp)""").param(organ).param(id).update();
        assertThat(recovery.sweep()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select state from register_import where id = ?").param(id).query(String.class).single())
                .isEqualTo("ABORTED");
        assertThat(jdbc.sql("select count(*) from register_row where batch_id = ?").param(id).query(Integer.class)
                .single()).isZero();
        assertThat(recovery.sweep()).as("exactly once").isZero();
    }

    /** Values for every required field of {@code type} (n makes them distinct), with {@code overrides}. */
    static Map<String, String> valid(RegisterType type, int n, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDef f : type.fields()) {
            if (!f.required() && !overrides.containsKey(f.code()) && !f.code().equals("decidedOn")) {
                continue;
            }
            values.put(f.code(), switch (f.type()) {
                case DATE -> "2024-05-06";
                case AMOUNT -> "1000.00";
                case INTEGER -> "2024";
                case CREDIT_CODE, TAXPAYER_ID -> ImportFixture.creditCode(500_000 + n);
                case ID_NUMBER -> "11010519491231002X";
                case ORGAN -> "sat";
                case ENUM -> f.values().get(0).code();
                case PHONE -> "010-63417114";
                case URL -> "https://www.chinatax.gov.cn/a.html";
                case STEPS -> "[{\"name\":\"受理\"}]";
                default -> f.label() + n;
            });
        }
        values.putAll(overrides);
        return values;
    }

    static String label(RegisterType type, String code) {
        return type.field(code).orElseThrow().label();
    }

    static String csv(RegisterType type, List<Map<String, String>> lines) {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        lines.forEach(l -> all.addAll(l.keySet()));
        List<String> codes = new ArrayList<>(all);
        StringBuilder s = new StringBuilder(String.join(",", codes.stream().map(c -> label(type, c)).toList()))
                .append('\n');
        for (Map<String, String> line : lines) {
            s.append(String.join(",", codes.stream().map(c -> "\"" + line.getOrDefault(c, "").replace("\"", "\"\"") + "\"").toList()))
                    .append('\n');
        }
        return s.toString();
    }
}

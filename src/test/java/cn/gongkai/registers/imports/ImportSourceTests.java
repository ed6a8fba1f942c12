package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Encoding detection and the CSV/XLSX readers of the bulk import, without Spring. */
class ImportSourceTests {

    private static final String CSV = "统一社会信用代码,纳税人名称,评价年度\n91350100M000100Y43,福建某某有限公司,2024\n";

    @Test
    void detectsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = CSV.getBytes(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(plain)).hasValueSatisfying(d -> {
            assertThat(d.encoding()).isEqualTo("UTF-8");
            assertThat(d.text()).isEqualTo(CSV);
        });
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(TextEncoding.detect(bom)).hasValueSatisfying(d -> assertThat(d.text()).isEqualTo(CSV));
    }

    @Test
    void detectsGbkAsGb18030BecauseItIsNotUtf8() {
        byte[] gbk = CSV.getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(TextEncoding.detect(gbk)).hasValueSatisfying(d -> {
            assertThat(d.encoding()).isEqualTo("GB18030");
            assertThat(d.text()).isEqualTo(CSV);
        });
    }

    @Test
    void refusesBytesNeitherEncodingDefinesInsteadOfReplacingThem() {
        byte[] junk = { 'a', ',', (byte) 0xFF, (byte) 0xFF, (byte) 0x80, '\n' };
        assertThat(TextEncoding.detect(junk)).isEmpty();
        assertThat(TextEncoding.decode("名称".getBytes(java.nio.charset.Charset.forName("GBK")), StandardCharsets.UTF_8))
                .isEmpty();
        assertThat(TextEncoding.named("no-such-encoding")).isEmpty();
        assertThat(TextEncoding.named("gbk")).isPresent();
    }

    @Test
    void csvLinesAreNumberedAsASpreadsheetNumbersRowsAndBlankLinesSkipped() {
        Collected c = new Collected();
        CsvSource.read(new StringReader("a,b\n1,\"two\nlines\"\n\n3,4\n"), c);
        assertThat(c.header).containsExactly("a", "b");
        assertThat(c.lines).containsExactly("2:[1, two\nlines]", "4:[3, 4]");
    }

    @Test
    void anUnclosedQuoteIsAMalformedFile() {
        assertThatThrownBy(() -> CsvSource.read(new StringReader("a,b\n1,\"open\n"), new Collected()))
                .isInstanceOf(MalformedFileException.class);
    }

    @Test
    void xlsxIsReadByTheStreamingReaderWithExcelDatesAsIsoDays() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("A级");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("统一社会信用代码");
            h.createCell(1).setCellValue("日期");
            h.createCell(2).setCellValue("年度");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("91350100M000100Y43");
            r.createCell(1).setCellValue(LocalDate.of(2024, 3, 5));
            r.getCell(1).setCellStyle(date);
            r.createCell(2).setCellValue(2024);
            Row gap = sheet.createRow(3); // line 4, column A empty
            gap.createCell(2).setCellFormula("2020+5");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            xlsx = out.toByteArray();
        }
        Collected c = new Collected();
        XlsxSource.read(new ByteArrayInputStream(xlsx), c);
        assertThat(c.header).containsExactly("统一社会信用代码", "日期", "年度");
        assertThat(c.lines.get(0)).isEqualTo("2:[91350100M000100Y43, 2024-03-05, 2024]");
        assertThat(c.lines.get(1)).isEqualTo("4:[, , 2025]");
        assertThat(c.lines.get(1)).doesNotContain("2020+5");
        assertThat(XlsxSource.serialDate("45356")).isEqualTo("2024-03-05");
        assertThat(XlsxSource.serialDate("2024-03-05")).isEqualTo("2024-03-05");
    }

    @Test
    void somethingElseThanAWorkbookIsAMalformedXlsx() {
        assertThatThrownBy(() -> XlsxSource.read(new ByteArrayInputStream("PK\3\4 not a zip".getBytes()), new Collected()))
                .isInstanceOf(MalformedFileException.class);
    }

    @Test
    void theFixtureComputesCheckDigitsAsGb32100Does() {
        // a published code (福建, organization code M000100Y4)
        assertThat(ImportFixture.checkDigit("91350100M000100Y4")).isEqualTo('3');
        String code = ImportFixture.creditCode(42);
        assertThat(code).hasSize(18).startsWith("91350100");
        assertThat(ImportFixture.wrongCheckDigit(code)).isNotEqualTo(code).startsWith(code.substring(0, 17));
    }

    @Test
    void columnsAreLetteredAsInASpreadsheet() {
        assertThat(ImportLines.columnLetter(0)).isEqualTo("A");
        assertThat(ImportLines.columnLetter(25)).isEqualTo("Z");
        assertThat(ImportLines.columnLetter(26)).isEqualTo("AA");
    }

    private static final class Collected implements LineSink {

        List<String> header;
        final List<String> lines = new ArrayList<>();

        @Override
        public void header(List<String> cells) {
            header = cells;
        }

        @Override
        public void line(int line, List<String> cells) {
            lines.add(line + ":" + cells);
        }
    }
}

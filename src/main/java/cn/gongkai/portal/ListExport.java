package cn.gongkai.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gongkai.publishing.PublicRecord;

/**
 * A public list as a table for download: CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel
 * reads the Chinese correctly) or XLSX. Columns: title, document number, index number, issuing
 * organ, type, catalogue entry, date written, date published, validity, URL.
 */
final class ListExport {

    static final String[] KEYS = { "title", "documentNumber", "indexNumber", "organ", "type", "catalog", "writtenOn",
            "publishedAt", "validity", "url" };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("Asia/Shanghai"));

    private ListExport() {
    }

    /** The rows: each a list of cells in the order of {@link #KEYS}. */
    static List<List<String>> rows(List<PublicRecord.Summary> items, String base, Function<String, String> label) {
        List<List<String>> rows = new ArrayList<>();
        for (PublicRecord.Summary r : items) {
            rows.add(Arrays.asList(r.title(), nz(r.documentNumber()), nz(r.indexNumber()), r.organName(),
                    label.apply("publishing.type." + r.type()), nz(r.catalogEntry()),
                    r.writtenOn() == null ? "" : r.writtenOn().toString(), DAY.format(r.publishedAt()),
                    label.apply("publishing.validity." + r.validity()), base + r.canonicalPath()));
        }
        return rows;
    }

    static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("\uFEFF");
        line(s, header);
        rows.forEach(r -> line(s, r));
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String sheetName, List<String> header, List<List<String>> rows) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            book.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static void line(StringBuilder s, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = safe(cells.get(i));
            s.append(c.matches("(?s).*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        s.append("\r\n");
    }

    /** Neutralizes spreadsheet formulas (a cell starting with = + - @ is read as a formula by Excel). */
    private static String safe(String cell) {
        return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package cn.gongkai.registers.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a dataset as XLSX with POI's streaming workbook: only a window of rows stays in memory, the
 * rest goes to compressed temporary files until the workbook is zipped into the response. Cells are
 * strings (never formulas, so nothing is evaluated). No row cap: past a sheet's 1,048,576 rows the
 * table continues on a further sheet with the header repeated.
 */
final class XlsxDownload {

    /** Rows kept in memory by the streaming workbook. */
    static final int WINDOW = 100;
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    private XlsxDownload() {
    }

    static void write(String sheetName, List<String> header, Consumer<Consumer<List<String>>> rows, OutputStream out) {
        write(sheetName, header, rows, out, ROWS_PER_SHEET);
    }

    static void write(String sheetName, List<String> header, Consumer<Consumer<List<String>>> rows, OutputStream out,
            int rowsPerSheet) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(WINDOW)) {
            book.setCompressTempFiles(true);
            Sheet[] sheet = { newSheet(book, sheetName, 1, header) };
            int[] next = { 1 };
            rows.accept(cells -> {
                if (next[0] > rowsPerSheet) {
                    sheet[0] = newSheet(book, sheetName, book.getNumberOfSheets() + 1, header);
                    next[0] = 1;
                }
                write(sheet[0].createRow(next[0]++), cells);
            });
            book.write(out);
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet newSheet(SXSSFWorkbook book, String name, int number, List<String> header) {
        // sheet names: at most 31 characters, unique
        String base = name.length() > 26 ? name.substring(0, 26) : name;
        Sheet sheet = book.createSheet(number == 1 ? base : base + " " + number);
        write(sheet.createRow(0), header);
        return sheet;
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}

package cn.gongkai.registers.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes a dataset as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel reads the Chinese)
 * row by row as the cursor yields them. CSV injection is neutralised as OWASP recommends: every
 * cell is quoted, and a cell that a spreadsheet would read as a formula (starting with {@code = + -
 * @}, tab or carriage return) gets a leading apostrophe — except a plain number such as a negative
 * amount, which no spreadsheet evaluates.
 */
final class CsvDownload {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    private CsvDownload() {
    }

    /** {@code rows} calls its consumer once per row; the output is flushed every few hundred rows. */
    static void write(List<String> header, Consumer<Consumer<List<String>>> rows, OutputStream out) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(writer, FORMAT);
            csv.printRecord(header.stream().map(CsvDownload::safe));
            int[] n = { 0 };
            rows.accept(cells -> {
                try {
                    csv.printRecord(cells.stream().map(CsvDownload::safe));
                    if (++n[0] % PublicRows.FETCH_SIZE == 0) {
                        csv.flush();
                    }
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OWASP CSV injection: a leading = + - @ TAB CR makes a spreadsheet evaluate the cell. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}

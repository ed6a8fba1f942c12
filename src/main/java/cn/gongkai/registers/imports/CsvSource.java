package cn.gongkai.registers.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file (RFC 4180, as spreadsheet software writes it) with commons-csv, one record at
 * a time. A record is one line of the report even when a quoted value spans several physical
 * lines, which is how a spreadsheet numbers it.
 */
final class CsvSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvSource() {
    }

    /** @throws MalformedFileException when the CSV structure is broken (an unclosed quote) */
    static void read(Reader text, LineSink sink) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (header) {
                    sink.header(cells);
                    header = false;
                }
                else if (!blank(cells)) {
                    sink.line(Math.toIntExact(record.getRecordNumber()), cells);
                }
            }
        }
        catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedFileException("CSV", e);
        }
    }

    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}

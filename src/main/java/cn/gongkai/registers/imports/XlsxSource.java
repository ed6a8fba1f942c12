package cn.gongkai.registers.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an XLSX workbook with POI's streaming event API (SAX over the
 * sheet XML, shared strings read-only): memory stays bounded however many rows the sheet has.
 * A cell formatted as a date (an Excel serial number) arrives as ISO {@code yyyy-MM-dd}; a
 * formula arrives as its cached result, never as the formula.
 */
final class XlsxSource {

    private XlsxSource() {
    }

    static void read(InputStream in, LineSink sink) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedFileException("XLSX", null);
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink),
                        new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        }
        catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new MalformedFileException("XLSX", e);
        }
    }

    /** An Excel serial day number (a DATE column typed as a number) as ISO; else the value unchanged. */
    static String serialDate(String value) {
        if (value != null && value.matches("\\d{5}(\\.0+)?")) {
            double serial = Double.parseDouble(value);
            if (DateUtil.isValidExcelDate(serial)) {
                return DateUtil.getLocalDateTime(serial).toLocalDate().toString();
            }
        }
        return value;
    }

    /** Formats cells as shown, except dates: ISO day (with the time when it is not midnight). */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904);
                return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** Collects one row's cells by column (gaps for empty cells) and hands it to the sink. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final LineSink sink;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        Rows(LineSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> row = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
            if (!headerSeen) {
                if (CsvSource.blank(row)) {
                    return; // leading empty rows before the header
                }
                headerSeen = true;
                sink.header(row);
            }
            else if (!CsvSource.blank(row)) {
                sink.line(rowNum + 1, row);
            }
        }

        @Override
        public void cell(String ref, String formatted, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(formatted);
        }
    }
}

package cn.gongkai.registers.imports;

import java.util.List;

/**
 * Receives an import file's lines as they are read (streamed: CSV record by record, XLSX row by
 * row through the SAX reader). {@code line} is the row number a spreadsheet shows, the header
 * being line 1; blank lines are skipped but counted.
 */
interface LineSink {

    void header(List<String> cells);

    void line(int line, List<String> cells);
}

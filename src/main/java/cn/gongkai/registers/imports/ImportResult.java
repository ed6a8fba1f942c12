package cn.gongkai.registers.imports;

import java.util.List;

/**
 * What an import came to (the API's answer): {@code id} of the import (null when the file was
 * refused before it started), its state (COMMITTED, REJECTED, RUNNING …), the rows imported, the
 * refusals (the first 1,000; {@code rejectedCount} counts all refused lines), the lines read and
 * the encoding the CSV was read with.
 */
record ImportResult(Long id, String state, int imported, List<RejectedLine> rejected, int rejectedCount, int linesRead,
        String encoding) {
}

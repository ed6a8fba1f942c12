package cn.gongkai.regulations.cleanup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign's published result: 全文废止和失效的文件目录 ({@code repealedOrExpired}),
 * 部分条款废止和失效（含修改）的文件目录 ({@code partlyChanged}), 继续有效 ({@code kept}).
 */
record CleanupResult(long id, String title, String organ, LocalDate effectiveOn, String announcementDocumentId,
        Instant publishedAt, boolean applied, List<Entry> repealedOrExpired, List<Entry> partlyChanged,
        List<Entry> kept) {

    /** {@code decision} on the whole document (KEEP, REPEAL, EXPIRE) and the provisions decided. */
    record Entry(String documentId, String title, String documentNumber, String decision, String basis,
            List<Provision> provisions) {
    }

    /** {@code number} as written, e.g. 第三条第二款. */
    record Provision(String eId, String number, String decision, String newText, String basis) {
    }
}

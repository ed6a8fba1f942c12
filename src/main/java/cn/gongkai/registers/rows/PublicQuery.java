package cn.gongkai.registers.rows;

import cn.gongkai.platform.GongkaiException;

/** The list parameters: the text search trimmed and bounded (a 400 naming {@code q} beyond it), the page clamped. */
final class PublicQuery {

    static final int MAX = 100;

    private PublicQuery() {
    }

    /** A page number from 1; a page beyond any list is just empty (no offset overflow). */
    static int page(int page) {
        return Math.min(Math.max(1, page), 1_000_000);
    }

    static String clean(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String s = q.strip();
        if (s.length() > MAX) {
            throw GongkaiException.invalid("q", "platform.error.tooLong", MAX, s.length());
        }
        return s;
    }
}

package cn.gongkai.registers.rows;

import cn.gongkai.platform.GongkaiException;

/** The public text search parameter: trimmed, bounded (a 400 naming {@code q} beyond it). */
final class PublicQuery {

    static final int MAX = 100;

    private PublicQuery() {
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

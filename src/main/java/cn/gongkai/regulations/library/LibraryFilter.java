package cn.gongkai.regulations.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.Validity;

/**
 * The library's filters as a reader sends them, checked: an unknown type or validity, a year that
 * is not one, a malformed day is a 400 naming the parameter. {@code validity} empty means every
 * validity: the library is where one looks up repealed texts too (the portal's search is the
 * place where only documents in force are the default). {@code on} empty means today.
 */
record LibraryFilter(String text, DocumentType type, String organ, Integer year, Validity validity, LocalDate on,
        boolean onGiven) {

    static LibraryFilter parse(String q, String type, String organ, String year, String validity, String on,
            LocalDate today) {
        return new LibraryFilter(trimmed(q), present(type) ? parseEnum("type", DocumentType.class, type) : null,
                trimmed(organ), present(year) ? parseYear(year) : null,
                present(validity) ? parseEnum("validity", Validity.class, validity) : null, day(on, today),
                present(on));
    }

    /** A day {@code YYYY-MM-DD}; empty → today; anything else → 400 naming {@code on}. */
    static LocalDate day(String on, LocalDate today) {
        if (!present(on)) {
            return today;
        }
        try {
            if (!on.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", on, 0);
            }
            return LocalDate.parse(on.trim());
        }
        catch (DateTimeParseException e) {
            throw GongkaiException.invalid("on", "regulations.library.error.on", shorten(on));
        }
    }

    /** The query string of this list at {@code page} (0 = none), starting with "?" or empty. */
    String query(int page) {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "q", text);
        put(q, "type", type == null ? null : type.name());
        put(q, "organ", organ);
        put(q, "year", year == null ? null : year.toString());
        put(q, "validity", validity == null ? null : validity.name());
        put(q, "on", onGiven ? on.toString() : null);
        put(q, "page", page > 0 ? Integer.toString(page) : null);
        return q.isEmpty() ? "" : q.entrySet().stream()
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static void put(Map<String, String> q, String key, String value) {
        if (value != null) {
            q.put(key, value);
        }
    }

    static int page(String page) {
        if (!present(page)) {
            return 1;
        }
        String p = page.trim();
        if (!p.matches("-?\\d{1,9}")) {
            throw GongkaiException.invalid("page", "regulations.library.error.page", shorten(page));
        }
        return Math.max(1, Integer.parseInt(p));
    }

    static int size(String size, int fallback) {
        if (!present(size)) {
            return fallback;
        }
        String s = size.trim();
        if (!s.matches("\\d{1,3}") || Integer.parseInt(s) < 1 || Integer.parseInt(s) > 100) {
            throw GongkaiException.invalid("size", "regulations.library.error.size", shorten(size));
        }
        return Integer.parseInt(s);
    }

    private static <E extends Enum<E>> E parseEnum(String field, Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> GongkaiException.invalid(field, "regulations.library.error." + field,
                        shorten(value)));
    }

    private static Integer parseYear(String year) {
        String y = year.trim();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < 1949 || Integer.parseInt(y) > 2100) {
            throw GongkaiException.invalid("year", "regulations.library.error.year", shorten(year));
        }
        return Integer.valueOf(y);
    }

    private static String trimmed(String s) {
        return present(s) ? s.trim() : null;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

package cn.gongkai.portal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;

/**
 * The filters of a public list as a reader sends them (catalogue entry code, type, year, validity,
 * page), checked: an unknown value is a 400 naming the parameter, a page out of range is clamped
 * by the query. The same parameters drive the pages, the downloads, the feeds and the JSON API.
 */
record ListParams(CatalogEntry entry, RecordType type, Integer year, Validity validity, int page) {

    static ListParams parse(Site site, Catalog catalog, String entryCode, String type, String year, String validity,
            String page) {
        CatalogEntry entry = null;
        if (present(entryCode)) {
            entry = catalog.entriesFor(site.organ().getId()).stream().filter(e -> e.getCode().equals(entryCode.trim()))
                    .findFirst().orElseThrow(() -> GongkaiException.invalid("catalog", "portal.error.catalog",
                            Sites.shorten(entryCode)));
        }
        return new ListParams(entry, present(type) ? parseEnum("type", RecordType.class, type) : null,
                present(year) ? parseYear(year) : null,
                present(validity) ? parseEnum("validity", Validity.class, validity) : null, parsePage(page));
    }

    PublicRecord.Filter filter() {
        return new PublicRecord.Filter(entry == null ? null : entry.getId(), type, year, validity);
    }

    /** The query string for this list at {@code page} (0 = no page parameter), starting with "?" or empty. */
    String query(int atPage) {
        Map<String, String> q = new LinkedHashMap<>();
        if (entry != null) {
            q.put("catalog", entry.getCode());
        }
        if (type != null) {
            q.put("type", type.name());
        }
        if (year != null) {
            q.put("year", year.toString());
        }
        if (validity != null) {
            q.put("validity", validity.name());
        }
        if (atPage > 0) {
            q.put("page", Integer.toString(atPage));
        }
        return q.isEmpty() ? "" : q.entrySet().stream()
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static <E extends Enum<E>> E parseEnum(String field, Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> GongkaiException.invalid(field, "portal.error." + field, Sites.shorten(value)));
    }

    private static Integer parseYear(String year) {
        String y = year.trim();
        if (!y.matches("\\d{4}") || Integer.parseInt(y) < 1949 || Integer.parseInt(y) > 2100) {
            throw GongkaiException.invalid("year", "portal.error.year", Sites.shorten(year));
        }
        return Integer.valueOf(y);
    }

    /** A page number: missing → 1; not a whole number → 400; below 1 → 1; very large → the last page. */
    static int parsePage(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        String p = page.trim();
        if (!p.matches("-?\\d+")) {
            throw GongkaiException.invalid("page", "portal.error.page", Sites.shorten(page));
        }
        if (p.startsWith("-")) {
            return 1;
        }
        return p.length() > 9 ? Integer.MAX_VALUE / 2 : Math.max(1, Integer.parseInt(p));
    }
}

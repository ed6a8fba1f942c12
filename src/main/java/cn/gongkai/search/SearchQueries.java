package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;

/**
 * Turns request parameters into a {@link SearchQuery}. Strict (the JSON API): every bad parameter
 * is a 400 naming it and its rule. Lenient (the HTML page, which must always answer with a usable
 * page): a too-long query is shortened, a bad filter dropped, a page out of range moved into
 * range, each with a notice for the reader.
 */
final class SearchQueries {

    private static final Pattern CATALOG = Pattern.compile("\\d{2}(\\.\\d{2}){0,3}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}&&[^\\t\\n]]");

    /** Raw parameters as received. */
    record Params(String q, String organ, String catalog, String type, String year, String validity, String sort,
            String page, String size) {
    }

    /** A lenient result: the query and the notices (message keys with arguments) to show. */
    record Lenient(SearchQuery query, List<FieldProblem> notices) {
    }

    private SearchQueries() {
    }

    static SearchQuery strict(Params p, Organization organization) {
        List<FieldProblem> problems = new ArrayList<>();
        SearchQuery query = parse(p, organization, problems, true);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return query;
    }

    static Lenient lenient(Params p, Organization organization) {
        List<FieldProblem> notices = new ArrayList<>();
        return new Lenient(parse(p, organization, notices, false), notices);
    }

    private static SearchQuery parse(Params p, Organization organization, List<FieldProblem> problems, boolean strict) {
        String q = clean(p.q());
        if (q.length() > SearchQuery.MAX_QUERY_CHARS) {
            problems.add(new FieldProblem("q", strict ? "search.error.qTooLong" : "search.notice.qShortened",
                    SearchQuery.MAX_QUERY_CHARS));
            q = q.substring(0, SearchQuery.MAX_QUERY_CHARS);
        }
        String organ = blankToNull(p.organ());
        if (organ != null && organization.organByCode(organ.toLowerCase(Locale.ROOT)).isEmpty()) {
            problems.add(new FieldProblem("organ", "search.error.organ", shorten(organ)));
            organ = null;
        }
        organ = organ == null ? null : organ.toLowerCase(Locale.ROOT);
        String catalog = blankToNull(p.catalog());
        if (catalog != null && !CATALOG.matcher(catalog).matches()) {
            problems.add(new FieldProblem("catalog", "search.error.catalog", shorten(catalog)));
            catalog = null;
        }
        String type = upper(p.type());
        if (type != null && !isEnum(RecordType.class, type)) {
            problems.add(new FieldProblem("type", "search.error.type", shorten(type)));
            type = null;
        }
        Integer year = null;
        String y = blankToNull(p.year());
        if (y != null) {
            year = integer(y);
            if (year == null || year < 1949 || year > 2100) {
                problems.add(new FieldProblem("year", "search.error.year", shorten(y)));
                year = null;
            }
        }
        String validity = upper(p.validity());
        if (validity == null && type != null && SearchQuery.REGULATION_TYPES.contains(type)) {
            validity = Validity.IN_FORCE.name();
        }
        else if ("ALL".equals(validity)) {
            validity = null;
        }
        else if (validity != null && !isEnum(Validity.class, validity)) {
            problems.add(new FieldProblem("validity", "search.error.validity", shorten(validity)));
            validity = null;
        }
        SearchQuery.Order order = SearchQuery.Order.RELEVANCE;
        String sort = blankToNull(p.sort());
        if ("date".equalsIgnoreCase(sort)) {
            order = SearchQuery.Order.DATE;
        }
        else if (sort != null && !"relevance".equalsIgnoreCase(sort)) {
            problems.add(new FieldProblem("sort", "search.error.sort", shorten(sort)));
        }
        int size = SearchQuery.MIN_SIZE;
        String s = blankToNull(p.size());
        if (s != null) {
            Integer n = integer(s);
            if (n == null || n < SearchQuery.MIN_SIZE || n > SearchQuery.MAX_SIZE) {
                problems.add(new FieldProblem("size", "search.error.size", SearchQuery.MIN_SIZE, SearchQuery.MAX_SIZE));
                size = n == null ? SearchQuery.MIN_SIZE : Math.max(SearchQuery.MIN_SIZE, Math.min(SearchQuery.MAX_SIZE, n));
            }
            else {
                size = n;
            }
        }
        int maxPage = SearchQuery.MAX_WINDOW / size;
        int page = 1;
        String pg = blankToNull(p.page());
        if (pg != null) {
            Integer n = integer(pg);
            if (n == null || n < 1 || n > maxPage) {
                problems.add(new FieldProblem("page", "search.error.page", maxPage));
                page = n == null || n < 1 ? 1 : maxPage;
            }
            else {
                page = n;
            }
        }
        return new SearchQuery(q, organ, catalog, type, year, validity, order, page, size);
    }

    /** Strips control, format and unassigned characters and folds runs of whitespace into one space. */
    static String clean(String q) {
        if (q == null) {
            return "";
        }
        String s = q.length() > 4 * SearchQuery.MAX_QUERY_CHARS ? q.substring(0, 4 * SearchQuery.MAX_QUERY_CHARS + 1) : q;
        return CONTROL.matcher(s).replaceAll(" ").replaceAll("[\\s\u3000]+", " ").strip();
    }

    private static Integer integer(String s) {
        try {
            return Integer.valueOf(s.strip());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String upper(String s) {
        String v = blankToNull(s);
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

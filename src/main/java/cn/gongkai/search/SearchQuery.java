package cn.gongkai.search;

import java.util.List;

/**
 * A validated search: the words ({@code q}, at most {@link #MAX_QUERY_CHARS} characters; blank
 * lists the newest records), the site whose records are searched ({@code organ}: that organ's own
 * records and, on a provincial site, SAT's syndicated policies; null for all organs), catalogue
 * entry code (an entry matches its sub-entries), record type, year, validity (null for any),
 * order, 1-based page and page size (10–50). Built by {@link SearchQueries}.
 */
public record SearchQuery(String q, String organ, String catalog, String type, Integer year, String validity,
        Order order, int page, int size) {

    public static final int MAX_QUERY_CHARS = 100;
    public static final int MIN_SIZE = 10;
    public static final int MAX_SIZE = 50;
    /** Hits beyond this rank are not paged to (a reader refines the search instead). */
    public static final int MAX_WINDOW = 10_000;
    /** Record types for which "in force only" is the default validity (SPEC M4). */
    public static final List<String> REGULATION_TYPES = List.of("LAW", "ADMINISTRATIVE_REGULATION", "RULE",
            "NORMATIVE_DOCUMENT");

    public enum Order {
        RELEVANCE, DATE
    }

    public boolean hasWords() {
        return q != null && !q.isBlank();
    }

    public boolean hasFilters() {
        return organ != null || catalog != null || type != null || year != null || validity != null;
    }

    public int maxPage() {
        return MAX_WINDOW / size;
    }
}

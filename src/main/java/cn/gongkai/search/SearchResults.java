package cn.gongkai.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of results. {@code total} counts exactly up to {@code Search.COUNT_EXACTLY} (1,000);
 * above it {@code totalIsLowerBound} is true ("more than 1,000"). {@code wordsUsed} is false when the
 * query had no searchable word and the newest records are listed instead.
 */
public record SearchResults(SearchQuery query, List<Hit> hits, long total, boolean totalIsLowerBound, int page,
        int pages, long tookMillis, boolean wordsUsed) {

    /**
     * A result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only the
     * matched words are wrapped in {@code <mark>}; {@code path} is the record's page on the site
     * searched (SAT's policies keep a provincial site's path when searched there).
     */
    public record Hit(long id, String title, String titleHtml, String documentNumber, String organCode,
            String organName, String type, String validity, LocalDate publishedOn, String catalog,
            String snippetHtml, String path) {
    }

    public boolean empty() {
        return hits.isEmpty();
    }
}

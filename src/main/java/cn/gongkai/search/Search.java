package cn.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;

/**
 * Full-text search of published records (SPEC M4): Chinese words segmented by smartcn, 文号
 * fragments, filters by site (organ), catalogue entry, type, year and validity, relevance or date
 * order, paging, and highlighting of the matched words in the title and a body (or attachment)
 * snippet. A hit that was withdrawn after it was indexed is dropped at once: the page of hits is
 * checked against the database before it is returned.
 */
@Service
public class Search {

    static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] TEXT_FIELDS = { Analyzers.BODY, Analyzers.ATTACHMENTS };
    /** Matches are counted exactly up to this number ("more than 1,000" above): counting further costs time, not insight. */
    static final int COUNT_EXACTLY = 1_000;

    private final SearchIndex index;
    private final RecordSource source;
    private final Organization organization;
    private final QueryTranslator translator;
    private final RecentResults recent;
    private final Counter answeredFromRecent;
    private final Counter answeredByIndex;

    Search(SearchIndex index, RecordSource source, Organization organization, MeterRegistry meters,
            @Value("${gongkai.search.result-cache:1000}") int resultCache) {
        this.index = index;
        this.source = source;
        this.organization = organization;
        this.translator = new QueryTranslator(index.analyzer());
        this.recent = new RecentResults(resultCache);
        // gongkai_search_results_total{source="recent"|"index"}: how well the result cache is sized
        this.answeredFromRecent = meters.counter("gongkai.search.results", "source", "recent");
        this.answeredByIndex = meters.counter("gongkai.search.results", "source", "index");
    }

    /**
     * Runs a validated query; never fails on what a reader typed. A search repeated on the same
     * index state is answered from {@link RecentResults}. Fresh or kept, the hits are checked
     * against the database before they are returned.
     */
    public SearchResults search(SearchQuery query) {
        long started = System.nanoTime();
        long version = index.version();
        SearchResults found = recent.get(version, query);
        if (found == null) {
            found = run(query);
            recent.put(version, query, found);
            answeredByIndex.increment();
        }
        else {
            answeredFromRecent.increment();
        }
        return stillPublic(found, started);
    }

    /**
     * {@code kept} without the hits that are not public now (a withdrawal is seen at once, even
     * before the index has caught up), timed for this request.
     */
    private SearchResults stillPublic(SearchResults kept, long started) {
        List<SearchResults.Hit> hits = kept.hits();
        if (!hits.isEmpty()) {
            Set<Long> visible = new HashSet<>(source.stillPublic(hits.stream().map(SearchResults.Hit::id).toList()));
            hits = hits.stream().filter(h -> visible.contains(h.id())).toList();
        }
        long dropped = kept.hits().size() - hits.size();
        return new SearchResults(kept.query(), hits, Math.max(0, kept.total() - dropped), kept.totalIsLowerBound(),
                kept.page(), kept.pages(), (System.nanoTime() - started) / 1_000_000, kept.wordsUsed());
    }

    /** The index's answer, unchecked against the database (what {@link RecentResults} keeps). */
    private SearchResults run(SearchQuery query) {
        Organ site = query.organ() == null ? null : organization.organByCode(query.organ()).orElse(null);
        List<QueryTranslator.Word> typed = QueryTranslator.words(query.q());
        Query words = translator.words(typed);
        Query marks = translator.highlight(typed);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(words != null ? words : QueryTranslator.matchAll(), words != null ? Occur.MUST : Occur.FILTER);
        QueryTranslator.filters(b, query, site);
        Query lucene = b.build();
        boolean byDate = words == null || query.order() == SearchQuery.Order.DATE;
        int wanted = Math.min(query.page() * query.size(), SearchQuery.MAX_WINDOW);
        try {
            return index.withSearcher(searcher -> {
                TopDocs top = byDate
                        ? searcher.search(lucene, new TopFieldCollectorManager(IndexGeneration.NEWEST_FIRST, wanted, null,
                                COUNT_EXACTLY))
                        : searcher.search(lucene, new TopScoreDocCollectorManager(wanted, null, COUNT_EXACTLY));
                int from = (query.page() - 1) * query.size();
                ScoreDoc[] page = from >= top.scoreDocs.length ? new ScoreDoc[0]
                        : Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
                List<SearchResults.Hit> hits = hits(searcher, marks, words != null, page, site);
                long total = top.totalHits.value;
                int pages = (int) Math.max(1, (Math.min(total, SearchQuery.MAX_WINDOW) + query.size() - 1) / query.size());
                return new SearchResults(query, hits, total,
                        top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, query.page(), pages,
                        0, words != null);
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("search index unreadable", e);
        }
    }

    private List<SearchResults.Hit> hits(IndexSearcher searcher, Query query, boolean highlight, ScoreDoc[] page,
            Organ site) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        List<Document> stored = new ArrayList<>();
        for (int doc : docs) {
            stored.add(searcher.storedFields().document(doc, STORED));
        }
        String[] titles = highlighter(searcher, WholeBreakIterator::new, 1000)
                .highlight(Analyzers.TITLE, query, topDocs(page), 1);
        Map<String, String[]> texts = highlighter(searcher, () -> LengthGoalBreakIterator
                .createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), 90, 0.5f), 60_000)
                .highlightFields(TEXT_FIELDS, query, docs, new int[] { 2, 2 });
        List<SearchResults.Hit> out = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.get(i);
            long id = Long.parseLong(d.get(IndexGeneration.ID));
            String title = d.get(Analyzers.TITLE);
            String titleHtml = highlight && titles[i] != null ? titles[i] : HtmlUtils.htmlEscape(title);
            String snippet = texts.get(Analyzers.BODY)[i];
            String fromFiles = texts.get(Analyzers.ATTACHMENTS)[i];
            if (fromFiles != null && fromFiles.contains("<mark>") && (snippet == null || !snippet.contains("<mark>"))) {
                snippet = fromFiles;
            }
            out.add(new SearchResults.Hit(id, title, titleHtml, d.get("documentNumber"), d.get(IndexGeneration.ORGAN),
                    d.get("organName"), d.get(IndexGeneration.TYPE), d.get(IndexGeneration.VALIDITY),
                    Instant.ofEpochMilli(number(d, IndexGeneration.PUBLISHED)).atZone(LEGAL_ZONE).toLocalDate(),
                    d.get("catalogLabel"), snippet == null ? "" : snippet, path(d, id, site)));
        }
        return out;
    }

    private static final Set<String> STORED = Set.of(IndexGeneration.ID, Analyzers.TITLE, "documentNumber",
            IndexGeneration.ORGAN, "organName", IndexGeneration.TYPE, IndexGeneration.VALIDITY,
            IndexGeneration.PUBLISHED, "catalogLabel", "path");

    private static TopDocs topDocs(ScoreDoc[] page) {
        return new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher, Supplier<BreakIterator> breaks, int maxLength) {
        return UnifiedHighlighter.builder(searcher, index.analyzer())
                .withBreakIterator(breaks)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxLength(maxLength)
                .build();
    }

    private static long number(Document d, String field) {
        IndexableField f = d.getField(field);
        return f == null ? 0 : f.numericValue().longValue();
    }

    /** On a provincial site a syndicated SAT policy opens on that site; otherwise its own site's page. */
    private static String path(Document d, long id, Organ site) {
        String own = d.get("path");
        if (site != null && !site.getCode().equals(d.get(IndexGeneration.ORGAN))) {
            return "/sites/" + site.getCode() + "/records/" + id;
        }
        return own;
    }
}

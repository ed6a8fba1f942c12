package cn.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.OrganLevel;

/**
 * Translates a reader's words into a Lucene query without a query syntax: nothing a reader types
 * (quotes, brackets, {@code AND}, {@code *}, {@code :}, backslashes) can make the query invalid.
 * Words are separated by spaces; text in balanced double quotes is one phrase (an unbalanced quote
 * is ignored). Every word must match, in the title, the body or an attachment (its segments, as
 * smartcn cuts them, all in the same field; adjacent segments rank higher), or as a fragment of
 * the document number (文号). At most {@link #MAX_WORDS} words are used.
 */
final class QueryTranslator {

    static final int MAX_WORDS = 10;
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|[^\\s\"]+");

    private final QueryBuilder builder;

    QueryTranslator(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** A word of the query; {@code phrase}: it was quoted. */
    record Word(String text, boolean phrase) {
    }

    static List<Word> words(String q) {
        List<Word> words = new ArrayList<>();
        String s = q == null ? "" : q;
        if (s.chars().filter(c -> c == '"').count() % 2 == 1) {
            s = s.replace('"', ' ');
        }
        Matcher m = WORD.matcher(s);
        while (m.find() && words.size() < MAX_WORDS) {
            boolean phrase = m.group(1) != null;
            String text = (phrase ? m.group(1) : m.group()).strip();
            if (!text.isEmpty()) {
                words.add(new Word(text, phrase));
            }
        }
        return words;
    }

    /** The words' query, or null when no word has anything searchable (only punctuation, say). */
    Query words(List<Word> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int used = 0;
        for (Word w : words) {
            Query q = word(w);
            if (q != null) {
                all.add(q, Occur.MUST);
                used++;
            }
        }
        return used == 0 ? null : all.build();
    }

    private Query word(Word w) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        int alternatives = 0;
        alternatives += field(either, Analyzers.TITLE, w, 3f);
        alternatives += field(either, Analyzers.BODY, w, 1f);
        alternatives += field(either, Analyzers.ATTACHMENTS, w, 0.5f);
        String number = Analyzers.normalizeDocumentNumber(w.text());
        if (number.length() >= 2) {
            Query n = builder.createPhraseQuery(Analyzers.DOCUMENT_NUMBER, number);
            if (n != null) {
                either.add(new BoostQuery(n, 6f), Occur.SHOULD);
                alternatives++;
            }
        }
        return alternatives == 0 ? null : either.build();
    }

    private int field(BooleanQuery.Builder either, String field, Word w, float boost) {
        Query match = w.phrase() ? builder.createPhraseQuery(field, w.text())
                : builder.createBooleanQuery(field, w.text(), Occur.MUST);
        if (match == null) {
            return 0;
        }
        either.add(new BoostQuery(match, boost), Occur.SHOULD);
        if (!w.phrase()) {
            Query adjacent = builder.createPhraseQuery(field, w.text(), 1);
            if (adjacent != null && !(adjacent instanceof TermQuery)) {
                either.add(new BoostQuery(adjacent, boost), Occur.SHOULD);
            }
        }
        return 1;
    }

    /** The filters of {@code query} as non-scoring clauses added to {@code target}. */
    static void filters(BooleanQuery.Builder target, SearchQuery query, Organ site) {
        if (site != null) {
            Query own = new TermQuery(new Term(IndexGeneration.ORGAN, site.getCode()));
            if (site.getLevel() == OrganLevel.PROVINCIAL) {
                target.add(new BooleanQuery.Builder().add(own, Occur.SHOULD)
                        .add(new TermQuery(new Term(IndexGeneration.SYNDICATED, "1")), Occur.SHOULD).build(),
                        Occur.FILTER);
            }
            else {
                target.add(own, Occur.FILTER);
            }
        }
        term(target, IndexGeneration.CATALOG, query.catalog());
        term(target, IndexGeneration.TYPE, query.type());
        term(target, IndexGeneration.YEAR, query.year() == null ? null : query.year().toString());
        term(target, IndexGeneration.VALIDITY, query.validity());
    }

    private static void term(BooleanQuery.Builder target, String field, String value) {
        if (value != null) {
            target.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    static Query matchAll() {
        return new MatchAllDocsQuery();
    }
}

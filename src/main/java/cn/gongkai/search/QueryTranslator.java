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
 * is ignored). Every word must match the text of title, body and attachments (all its segments,
 * as smartcn cuts them) or, having a digit or a bracket, a fragment of the document number (文号).
 * At most {@link #MAX_WORDS} words are used.
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

    /**
     * The words' query, or null when no word has anything searchable (only punctuation, say).
     * Every word must match the combined text field (all its segments; a quoted word as a phrase)
     * or, when it has a digit or a bracket, the document number as a fragment; a match in the
     * title ranks higher. Matching one field per word keeps the query a conjunction of plain term
     * queries, which Lucene evaluates with block-max skipping even over a million records.
     */
    Query words(List<Word> words) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int used = 0;
        for (Word w : words) {
            Query text = w.phrase() ? builder.createPhraseQuery(Analyzers.TEXT, w.text())
                    : builder.createBooleanQuery(Analyzers.TEXT, w.text(), Occur.MUST);
            Query number = looksLikeNumber(w.text()) ? documentNumber(w.text()) : null;
            Query match = text == null ? number : number == null ? text
                    : new BooleanQuery.Builder().add(text, Occur.SHOULD).add(new BoostQuery(number, 6f), Occur.SHOULD)
                            .build();
            if (match == null) {
                continue;
            }
            all.add(match, Occur.MUST);
            Query title = w.phrase() ? builder.createPhraseQuery(Analyzers.TITLE, w.text())
                    : builder.createBooleanQuery(Analyzers.TITLE, w.text(), Occur.MUST);
            if (title != null) {
                all.add(new BoostQuery(title, 2f), Occur.SHOULD);
            }
            used++;
        }
        return used == 0 ? null : all.build();
    }

    /** The terms to mark in the title, body and attachments for {@code words}. */
    Query highlight(List<Word> words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Word w : words) {
            for (String field : new String[] { Analyzers.TITLE, Analyzers.BODY, Analyzers.ATTACHMENTS }) {
                Query q = w.phrase() ? builder.createPhraseQuery(field, w.text())
                        : builder.createBooleanQuery(field, w.text(), Occur.SHOULD);
                if (q != null) {
                    b.add(q, Occur.SHOULD);
                }
            }
        }
        return b.build();
    }

    private Query documentNumber(String text) {
        String number = Analyzers.normalizeDocumentNumber(text);
        return number.length() >= 2 ? builder.createPhraseQuery(Analyzers.DOCUMENT_NUMBER, number) : null;
    }

    /** A word that can be (part of) a document number: it has a digit or a bracket. */
    static boolean looksLikeNumber(String text) {
        return text.codePoints().anyMatch(c -> Character.isDigit(c) || "〔〕[]【】()（）［］".indexOf(c) >= 0);
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

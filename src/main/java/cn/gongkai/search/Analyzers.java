package cn.gongkai.search;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * The analyzers of the index. Text fields use smartcn (SmartChineseAnalyzer: a hidden Markov
 * model over a word dictionary, so 政务公开 becomes 政务/公开 rather than single characters),
 * memoized per paragraph ({@link ParagraphCache});
 * the document number (文号) is normalized ({@link #normalizeDocumentNumber}) and cut into
 * overlapping character pairs, so that any fragment of two or more characters — {@code 〔2017〕52},
 * {@code 2017年第31号} — is found as a phrase of pairs, i.e. as a substring.
 */
final class Analyzers {

    static final String TITLE = "title";
    static final String BODY = "body";
    static final String ATTACHMENTS = "attachments";
    /** Title, body and attachments in one field: what a word is matched and ranked against. */
    static final String TEXT = "text";
    static final String DOCUMENT_NUMBER = "docnum";

    private Analyzers() {
    }

    /** One shared, thread-safe analyzer for indexing and querying. */
    static Analyzer create() {
        Analyzer chinese = new ParagraphCache(new SmartChineseAnalyzer());
        Analyzer pairs = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new NGramTokenizer(2, 2));
            }
        };
        return new PerFieldAnalyzerWrapper(chinese, Map.of(DOCUMENT_NUMBER, pairs));
    }

    /**
     * The comparable form of a document number or a fragment of one: full-width digits and letters
     * made half-width, every bracket variant ([ ] 【 】 ( ) （ ） ［ ］ { } ｛ ｝ 〔 〕) made 〔 〕,
     * whitespace removed, letters lower-cased.
     */
    static String normalizeDocumentNumber(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            }
            else if (c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
                b.append(Character.toLowerCase((char) (c - 'Ａ' + 'A')));
            }
            else if ("[【(（［{｛〔".indexOf(c) >= 0) {
                b.append('〔');
            }
            else if ("]】)）］}｝〕".indexOf(c) >= 0) {
                b.append('〕');
            }
            else if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(Character.toString(Character.toLowerCase(c)));
            }
        });
        return b.toString();
    }
}

package cn.gongkai.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Word segmentation memoized by paragraph. smartcn segments each sentence on its own, so cutting a
 * text at line breaks and segmenting each line gives exactly the tokens of the whole text; a line
 * seen before (government documents repeat their greetings, closing formulas, organ names and the
 * articles of the laws they cite) is not segmented again. Offsets are shifted to the whole text,
 * so highlighting is unaffected. Only paragraphs of 40 to 2,000 characters are kept (shorter ones
 * are cheap to segment), at most 10,000 of them in a compact form (some 20 bytes a token, a few
 * tens of MB at most); the memory is emptied when full.
 */
final class ParagraphCache extends Analyzer {

    private static final int MAX_PARAGRAPHS = 10_000;
    private static final int MIN_CACHED_LENGTH = 40;
    private static final int MAX_CACHED_LENGTH = 2_000;

    private record Token(String term, int start, int end, int positionIncrement, String type) {
    }

    /**
     * A paragraph's tokens, compactly: offsets and increments in one array, the term only where it
     * differs from the text it covers (lower-cased or stemmed Latin words), types interned.
     */
    private record Segmented(int[] data, String[] terms, String[] types) {

        static Segmented of(String paragraph, Token[] tokens) {
            int[] data = new int[tokens.length * 3];
            String[] terms = new String[tokens.length];
            String[] types = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                Token t = tokens[i];
                data[3 * i] = t.start();
                data[3 * i + 1] = t.end();
                data[3 * i + 2] = t.positionIncrement();
                terms[i] = paragraph.regionMatches(t.start(), t.term(), 0, t.term().length())
                        && t.end() - t.start() == t.term().length() ? null : t.term();
                types[i] = t.type().intern();
            }
            return new Segmented(data, terms, types);
        }

        Token[] tokens(String paragraph) {
            Token[] out = new Token[terms.length];
            for (int i = 0; i < out.length; i++) {
                int start = data[3 * i];
                int end = data[3 * i + 1];
                out[i] = new Token(terms[i] != null ? terms[i] : paragraph.substring(start, end), start, end,
                        data[3 * i + 2], types[i]);
            }
            return out;
        }
    }

    private final Analyzer segmenter;
    private final Map<String, Segmented> memory = new ConcurrentHashMap<>();

    ParagraphCache(Analyzer segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new MemoTokenizer(field));
    }

    private Token[] segment(String field, String paragraph) {
        if (paragraph.length() < MIN_CACHED_LENGTH || paragraph.length() > MAX_CACHED_LENGTH) {
            return analyze(field, paragraph);
        }
        Segmented known = memory.get(paragraph);
        if (known != null) {
            return known.tokens(paragraph);
        }
        Token[] tokens = analyze(field, paragraph);
        if (memory.size() >= MAX_PARAGRAPHS) {
            memory.clear();
        }
        memory.put(paragraph, Segmented.of(paragraph, tokens));
        return tokens;
    }

    private Token[] analyze(String field, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = segmenter.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        increment.getPositionIncrement(), type.type()));
            }
            ts.end();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toArray(Token[]::new);
    }

    private final class MemoTokenizer extends Tokenizer {

        private final String field;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private String text;
        private int paragraphStart;
        private int paragraphEnd;
        private Token[] tokens;
        private int next;
        private int finalOffset;

        MemoTokenizer(String field) {
            this.field = field;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = readAll(input);
            paragraphStart = 0;
            paragraphEnd = -1;
            tokens = new Token[0];
            next = 0;
            finalOffset = correctOffset(text.length());
        }

        @Override
        public boolean incrementToken() {
            while (next >= tokens.length) {
                if (paragraphEnd >= text.length()) {
                    return false;
                }
                paragraphStart = paragraphEnd + 1;
                int nl = text.indexOf('\n', paragraphStart);
                paragraphEnd = nl < 0 ? text.length() : nl;
                tokens = paragraphEnd > paragraphStart ? segment(field, text.substring(paragraphStart, paragraphEnd))
                        : new Token[0];
                next = 0;
            }
            clearAttributes();
            Token t = tokens[next++];
            term.setEmpty().append(t.term());
            offset.setOffset(correctOffset(paragraphStart + t.start()), correctOffset(paragraphStart + t.end()));
            increment.setPositionIncrement(t.positionIncrement());
            type.setType(t.type());
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(finalOffset, finalOffset);
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder b = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = reader.read(buffer)) > 0;) {
                b.append(buffer, 0, n);
            }
            return b.toString();
        }
    }
}

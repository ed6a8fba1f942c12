package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Chinese word segmentation and the comparable form of document numbers. */
class AnalyzersTests {

    private final Analyzer analyzer = Analyzers.create();

    @Test
    void smartcnCutsChineseIntoWordsNotSingleCharacters() throws IOException {
        assertThat(tokens(Analyzers.BODY, "政务公开")).containsExactly("政务", "公开");
        assertThat(tokens(Analyzers.BODY, "增值税发票")).contains("增值税", "发票");
        assertThat(tokens(Analyzers.BODY, "个人所得税专项附加扣除")).contains("个人所得税").doesNotContain("个", "人");
    }

    @Test
    void memoizedSegmentationGivesTheSameTokensAndOffsetsAsSmartcn() throws IOException {
        String text = "第一条 为了加强税收征收管理，规范税收征收和缴纳行为，保障国家税收收入，保护纳税人的合法权益，制定本法。\n"
                + "特此公告。\n第一条 为了加强税收征收管理，规范税收征收和缴纳行为，保障国家税收收入，保护纳税人的合法权益，制定本法。";
        Analyzer plain = new org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer();
        List<String> expected = new ArrayList<>();
        int base = 0;
        for (String paragraph : text.split("\n")) {
            for (String t : withOffsets(plain, paragraph)) {
                String[] p = t.split("@");
                String[] o = p[1].split("-");
                expected.add(p[0] + "@" + (base + Integer.parseInt(o[0])) + "-" + (base + Integer.parseInt(o[1])));
            }
            base += paragraph.length() + 1;
        }
        assertThat(withOffsets(analyzer, text)).isEqualTo(expected);
        assertThat(withOffsets(analyzer, text)).as("from memory").isEqualTo(expected);
    }

    private static List<String> withOffsets(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(Analyzers.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset = ts
                    .addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void punctuationAndQuerySyntaxAreNotWords() throws IOException {
        assertThat(tokens(Analyzers.BODY, "（）：“”*?~^")).isEmpty();
    }

    @Test
    void documentNumbersAreComparedInOneForm() {
        assertThat(Analyzers.normalizeDocumentNumber("税总发[2017]44号")).isEqualTo("税总发〔2017〕44号");
        assertThat(Analyzers.normalizeDocumentNumber("税总发【２０１７】 44号")).isEqualTo("税总发〔2017〕44号");
        assertThat(Analyzers.normalizeDocumentNumber("（2017）44")).isEqualTo("〔2017〕44");
    }

    @Test
    void documentNumbersAreIndexedAsOverlappingPairs() throws IOException {
        assertThat(tokens(Analyzers.DOCUMENT_NUMBER, "〔2017〕44")).containsExactly("〔2", "20", "01", "17", "7〕", "〕4",
                "44");
    }

    @Test
    void queryWordsKeepBalancedQuotesAsPhrasesAndDropAnUnbalancedOne() {
        assertThat(QueryTranslator.words("增值税 \"专项 附加\" 扣除")).containsExactly(
                new QueryTranslator.Word("增值税", false), new QueryTranslator.Word("专项 附加", true),
                new QueryTranslator.Word("扣除", false));
        assertThat(QueryTranslator.words("\"政务公开")).containsExactly(new QueryTranslator.Word("政务公开", false));
        assertThat(QueryTranslator.words("a b c d e f g h i j k l m")).hasSize(QueryTranslator.MAX_WORDS);
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}

package cn.gongkai.regulations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.ProvisionKind;

/** Structure, metadata and extraction rules the corpus does not exercise. */
class StructureParserTests {

    static ParsedText parse(String text) {
        return StructureParser.parse(TextImport.cleanLines(List.of(text.split("\n", -1))));
    }

    @Test
    void booksChaptersSectionsAndInsertedArticlesGetTheirEids() {
        ParsedText p = parse("""
                测试法
                第一编 总则
                第一章 一般规定
                第一节 适用范围
                第一条 本法适用于测试。
                第二节 定义
                第二条 定义如下：
                （一）甲；
                1.甲一；
                2.甲二。
                第二条之一 新增的条文。
                第二编 分则
                第二章 具体规定
                第三条 其他。""");
        assertThat(p.provisions()).extracting(ParsedProvision::eid).containsExactly("book_1", "chp_1", "chp_1__sec_1",
                "art_1", "chp_1__sec_2", "art_2", "art_2__point_1", "art_2__point_1__point_1", "art_2__point_1__point_2",
                "art_2-1", "book_2", "chp_2", "art_3");
        assertThat(p.provisions()).extracting(ParsedProvision::parentEid).containsExactly(null, "book_1", "chp_1",
                "chp_1__sec_1", "chp_1", "chp_1__sec_2", "art_2", "art_2__point_1", "art_2__point_1", "chp_1__sec_2", null,
                "book_2", "chp_2");
        ParsedProvision inserted = p.provisions().get(9);
        assertThat(inserted.num()).isEqualTo("第二条之一");
        assertThat(inserted.kind()).isEqualTo(ProvisionKind.ARTICLE);
        assertThat(p.provisions().get(8).kind()).isEqualTo(ProvisionKind.SUBITEM);
        assertThat(p.provisions().get(8).num()).isEqualTo("2.");
        assertThat(p.provisions().get(1).heading()).isEqualTo("一般规定");
        assertThat(p.articles()).isEqualTo(4);
    }

    @Test
    void linesThatDoNotParseAreReportedWithTheirNumber() {
        TextImport.Result r = TextImport.read(List.of("测试办法", "", "第一条 正文。", "-----", "第一条 重复的条。"), List.of());
        assertThat(r.findings()).extracting(InjectionScanner.Finding::code, InjectionScanner.Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNPARSED_LINE", 4),
                        org.assertj.core.groups.Tuple.tuple("UNPARSED_LINE", 5));
        assertThat(r.parsed().provisions()).extracting(ParsedProvision::eid).containsExactly("art_1", "art_1-dup2");
    }

    @Test
    void theAnnexAfterTheArticlesIsKeptApart() {
        ParsedText p = parse("测试法\n第一条 正文。\n附表\n税目税额表\n一、第一类");
        assertThat(p.articles()).isEqualTo(1);
        assertThat(p.annex()).isEqualTo("附表\n税目税额表\n一、第一类");
    }

    @Test
    void metadataOfADepartmentalRuleAndItsDates() {
        ParsedText p = parse("""
                税务测试管理办法
                国家税务总局令第99号
                2020年3月1日 国家税务总局公布
                第一条 为了测试，制定本办法。
                第二条 本办法自公布之日起施行，有效期至2025年12月31日。""");
        MetadataRecovery.Metadata m = MetadataRecovery.recover(p);
        assertThat(m.documentNumber()).isEqualTo("国家税务总局令第99号");
        assertThat(m.organs()).containsExactly("国家税务总局");
        assertThat(m.issuedOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(m.effectiveOn()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(m.expiresOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(m.type()).isEqualTo(DocumentType.DEPARTMENTAL_RULE);
    }

    @Test
    void typesAreInferredFromTitleOrganAndNumber() {
        assertThat(MetadataRecovery.inferType("中华人民共和国税收征收管理法", null, List.of("全国人民代表大会常务委员会"), List.of()))
                .isEqualTo(DocumentType.LAW);
        assertThat(MetadataRecovery.inferType("中华人民共和国发票管理办法", null, List.of("国务院"), List.of()))
                .isEqualTo(DocumentType.ADMINISTRATIVE_REGULATION);
        assertThat(MetadataRecovery.inferType("某规定", "法释〔2024〕4号", List.of(), List.of()))
                .isEqualTo(DocumentType.JUDICIAL_INTERPRETATION);
        assertThat(MetadataRecovery.inferType("关于某事项的公告", "税总发[2017]44号", List.of("国家税务总局"), List.of()))
                .isEqualTo(DocumentType.NORMATIVE_DOCUMENT);
        assertThat(DocumentNumbers.in("（税总发[2017]44号）")).containsExactly("税总发〔2017〕44号");
    }

    @Test
    void htmlTextHiddenByAStyleSheetRuleOrAZeroFontIsReported() {
        String html = "<html><head><style>.x1{display:none} p.MsoNormal{margin:0}</style></head><body>"
                + "<p class=MsoNormal>一、做好<span class=x1>隐藏一</span>公开<span style='font-size:0pt'>隐藏二</span>工作。</p>"
                + "<p class=MsoNormal>二、<span style='font-size:10.5pt'>正常文字</span>。</p></body></html>";
        TextExtraction.Extracted e = TextExtraction.extract("a.htm", html.getBytes(StandardCharsets.UTF_8));
        assertThat(e.hidden()).containsExactly("隐藏一", "隐藏二");
        assertThat(e.lines()).containsExactly("一、做好隐藏一公开隐藏二工作。", "二、正常文字。");
    }

    @Test
    void plainTextThatIsNotUtf8IsReadAsGb18030() {
        byte[] gbk = "第一条 测试。".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThat(TextExtraction.extract("a.txt", gbk).lines()).containsExactly("第一条 测试。");
    }

    @Test
    void pdfLinesWrappedByTheLayoutAreJoined() {
        assertThat(PdfParagraphs.join(List.of("第一条 纳税人应当按照规定的期限办理纳税申报，", "报送纳税申报表。", "- 2 -",
                "第二条 本法自公布之日起施行。"))).containsExactly("第一条 纳税人应当按照规定的期限办理纳税申报，报送纳税申报表。",
                        "第二条 本法自公布之日起施行。");
    }
}

package cn.gongkai.regulations.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.validity.NoticeReader.Reading;

/** Each notice pattern {@link NoticeReader} recognises, on sentences as notices write them. */
class EffectSuggestionTests {

    private static final LocalDate ISSUED = LocalDate.of(2024, 5, 1);

    private static List<Reading> read(String text) {
        return NoticeReader.read(text, ISSUED);
    }

    private static List<Reading> of(List<Reading> readings, EffectType type) {
        return readings.stream().filter(r -> r.type() == type).toList();
    }

    @Test
    void theVatLawRepealsTheProvisionalRegulationsOnItsCommencementDay() {
        List<Reading> r = read("第三十八条 本法自2026年1月1日起施行。《中华人民共和国增值税暂行条例》同时废止。");
        assertThat(of(r, EffectType.REPEAL)).singleElement().satisfies(x -> {
            assertThat(x.title()).isEqualTo("中华人民共和国增值税暂行条例");
            assertThat(x.eid()).isNull();
            assertThat(x.on()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(x.sentence()).isEqualTo("《中华人民共和国增值税暂行条例》同时废止");
        });
        assertThat(of(r, EffectType.COMMENCE)).singleElement()
                .satisfies(x -> assertThat(x.on()).isEqualTo(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aParagraphOfAnArticleIsRepealed() {
        List<Reading> r = read("《国家税务总局关于发票管理若干问题的公告》第三条第二款废止。");
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo(EffectType.REPEAL);
            assertThat(x.title()).isEqualTo("国家税务总局关于发票管理若干问题的公告");
            assertThat(x.eid()).isEqualTo("art_3__para_2");
            assertThat(x.on()).isEqualTo(ISSUED);
        });
    }

    @Test
    void severalArticlesListedAreEachRepealed() {
        List<Reading> r = read("《某办法》第十二条、第一百零五条同时废止。");
        assertThat(r).extracting(Reading::eid).containsExactly("art_12", "art_105");
        assertThat(r).allSatisfy(x -> assertThat(x.title()).isEqualTo("某办法"));
    }

    @Test
    void anItemOfAParagraphIsRepealed() {
        assertThat(read("《某办法》第二十条第一款第三项废止。")).extracting(Reading::eid)
                .containsExactly("art_20__para_1__point_3");
    }

    @Test
    void theDocumentNamedInAnEarlierSentenceIsTheOneWhoseArticlesAreRepealed() {
        List<Reading> r = read("关于《某规定》（国税发〔2009〕1号）。第五条废止。");
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.title()).isEqualTo("某规定");
            assertThat(x.eid()).isEqualTo("art_5");
        });
    }

    @Test
    void aWholeDocumentRepealedWithItsNumberInBrackets() {
        List<Reading> full = read("《国家税务总局关于某事项的通知》（国税发〔2009〕12号）全文废止。");
        assertThat(full).singleElement().satisfies(x -> {
            assertThat(x.title()).isEqualTo("国家税务总局关于某事项的通知");
            assertThat(x.eid()).isNull();
        });
        assertThat(read("《某通知》予以废止。")).extracting(Reading::title).containsExactly("某通知");
    }

    @Test
    void twoTitlesJoinedByAndAreBothRepealedButACitedBasisIsNot() {
        List<Reading> r = read("本法自2008年1月1日起施行。1991年4月9日通过的《中华人民共和国外商投资企业和外国企业所得税法》"
                + "和1993年12月13日国务院发布的《中华人民共和国企业所得税暂行条例》同时废止。");
        assertThat(of(r, EffectType.REPEAL)).extracting(Reading::title).containsExactly(
                "中华人民共和国外商投资企业和外国企业所得税法", "中华人民共和国企业所得税暂行条例");
        assertThat(of(r, EffectType.REPEAL)).allSatisfy(x -> assertThat(x.on()).isEqualTo(LocalDate.of(2008, 1, 1)));
        assertThat(read("根据《中华人民共和国立法法》，《某通知》同时废止。")).extracting(Reading::title)
                .containsExactly("某通知");
    }

    @Test
    void aTitleThatOnlyMentionsRepealIsNoRepeal() {
        assertThat(read("2013年7月18日《国务院关于废止和修改部分行政法规的决定》第二次修订")).isEmpty();
        assertThat(read("对不适当的行政处罚事项，应当提出修改或者废止的建议。")).isEmpty();
    }

    @Test
    void commencementOnADayIsRead() {
        assertThat(read("本办法自2018年7月1日起施行。")).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo(EffectType.COMMENCE);
            assertThat(x.title()).isNull();
            assertThat(x.on()).isEqualTo(LocalDate.of(2018, 7, 1));
        });
        assertThat(read("本公告自二〇一九年十月一日起施行。")).extracting(Reading::on)
                .containsExactly(LocalDate.of(2019, 10, 1));
    }

    @Test
    void anArticleRewrittenKeepsTheQuotedTextEvenWithItsOwnSentenceEnds() {
        List<Reading> r = read("《国务院关于修改〈中华人民共和国发票管理办法〉的决定》。一、将第三条修改为：“发票由税务机关管理。"
                + "具体办法另行规定。”");
        assertThat(r).singleElement().satisfies(x -> {
            assertThat(x.type()).isEqualTo(EffectType.AMEND);
            assertThat(x.title()).isEqualTo("中华人民共和国发票管理办法");
            assertThat(x.eid()).isEqualTo("art_3");
            assertThat(x.newText()).isEqualTo("发票由税务机关管理。具体办法另行规定。");
        });
    }

    @Test
    void aDeletedArticleIsRepealed() {
        List<Reading> r = read("《国务院关于修改〈某条例〉的决定》。二、删去第十八条、第二十条之一。");
        assertThat(r).extracting(Reading::eid).containsExactly("art_18", "art_20-1");
        assertThat(r).allSatisfy(x -> {
            assertThat(x.type()).isEqualTo(EffectType.REPEAL);
            assertThat(x.title()).isEqualTo("某条例");
        });
    }

    @Test
    void aValidityPeriodExpiresTheNoticeTheDayAfterItsLastDay() {
        assertThat(read("本公告自2023年1月1日起施行，有效期至2027年12月31日。"))
                .filteredOn(x -> x.type() == EffectType.EXPIRE).singleElement().satisfies(x -> {
                    assertThat(x.title()).isNull();
                    assertThat(x.on()).isEqualTo(LocalDate.of(2028, 1, 1));
                });
    }

    @Test
    void aRepealOnItsOwnDayUsesThatDay() {
        assertThat(read("《某通知》自2025年3月1日起废止。")).extracting(Reading::on)
                .containsExactly(LocalDate.of(2025, 3, 1));
    }

    @Test
    void chineseNumbersAreReadAsWritten() {
        assertThat(NoticeReader.number("十")).isEqualTo(10);
        assertThat(NoticeReader.number("十五")).isEqualTo(15);
        assertThat(NoticeReader.number("三十八")).isEqualTo(38);
        assertThat(NoticeReader.number("一百三十二")).isEqualTo(132);
        assertThat(NoticeReader.number("一百零五")).isEqualTo(105);
        assertThat(NoticeReader.number("12")).isEqualTo(12);
    }

    @Test
    void titlesMatchWithAndWithoutThePeoplesRepublic() {
        assertThat(EffectSuggestions.normal("中华人民共和国增值税暂行条例")).isEqualTo(EffectSuggestions.normal("增值税暂行条例"));
        assertThat(EffectSuggestions.normal("增值税 暂行条例")).isEqualTo("增值税暂行条例");
    }
}

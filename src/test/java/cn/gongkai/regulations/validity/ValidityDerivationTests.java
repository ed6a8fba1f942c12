package cn.gongkai.regulations.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.validity.DocumentFacts.Fact;
import cn.gongkai.regulations.validity.DocumentFacts.Node;
import cn.gongkai.regulations.validity.DocumentFacts.Period;
import cn.gongkai.regulations.validity.DocumentFacts.Version;

/** The derivation rules of {@link ValidityDerivation} and {@link VersionDerivation}, without a database. */
class ValidityDerivationTests {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate D = LocalDate.of(2024, 7, 1);

    /** chp_1 holding art_1, art_2 (with two 款, the second with two 项) and art_3. */
    private static final List<Node> TREE = List.of(
            new Node("chp_1", null, ProvisionKind.CHAPTER),
            new Node("art_1", "chp_1", ProvisionKind.ARTICLE),
            new Node("art_2", "chp_1", ProvisionKind.ARTICLE),
            new Node("art_2__para_1", "art_2", ProvisionKind.PARAGRAPH),
            new Node("art_2__para_2", "art_2", ProvisionKind.PARAGRAPH),
            new Node("art_2__para_2__point_1", "art_2__para_2", ProvisionKind.ITEM),
            new Node("art_2__para_2__point_2", "art_2__para_2", ProvisionKind.ITEM),
            new Node("art_3", "chp_1", ProvisionKind.ARTICLE));

    private static List<Period> derive(LocalDate expiresOn, Fact... effects) {
        return ValidityDerivation.timeline(new DocumentFacts(START, expiresOn, TREE, List.of(effects)));
    }

    private static Validity on(List<Period> timeline, String eid, LocalDate day) {
        List<Period> covering = timeline.stream().filter(p -> p.eid().equals(eid) && p.covers(day)).toList();
        assertThat(covering).as("exactly one period of %s covers %s", eid, day).hasSizeLessThanOrEqualTo(1);
        return covering.isEmpty() ? null : covering.get(0).validity();
    }

    private static Fact repeal(long id, String eid, LocalDate day) {
        return Fact.of(id, eid, EffectType.REPEAL, day);
    }

    @Test
    void beforeItsEffectiveDayADocumentAndItsProvisionsAreNotYetEffective() {
        List<Period> t = derive(null);
        assertThat(on(t, "", START.minusDays(1))).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(on(t, "art_2__para_2__point_1", START.minusDays(1))).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(on(t, "", START)).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "art_3", START)).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void aProvisionRepealedOnDIsInForceOnTheDayBeforeAndRepealedOnD() {
        List<Period> t = derive(null, repeal(1, "art_3", D));
        assertThat(on(t, "art_3", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "art_3", D)).isEqualTo(Validity.REPEALED);
        assertThat(on(t, "art_1", D)).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "", D)).isEqualTo(Validity.PARTLY_REPEALED);
    }

    @Test
    void theParagraphsAndItemsOfARepealedArticleAreRepealedWithIt() {
        List<Period> t = derive(null, repeal(1, "art_2", D));
        assertThat(on(t, "art_2__para_1", D)).isEqualTo(Validity.REPEALED);
        assertThat(on(t, "art_2__para_2__point_2", D)).isEqualTo(Validity.REPEALED);
        assertThat(on(t, "art_2__para_2__point_2", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void aRepealedParagraphMakesTheDocumentPartlyRepealedButLeavesItsArticleInForce() {
        List<Period> t = derive(null, repeal(1, "art_2__para_2", D));
        assertThat(on(t, "art_2", D)).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "art_2__para_2__point_1", D)).isEqualTo(Validity.REPEALED);
        assertThat(on(t, "", D)).isEqualTo(Validity.PARTLY_REPEALED);
    }

    @Test
    void aDocumentWhoseEveryArticleIsRepealedIsRepealedByDerivation() {
        List<Period> t = derive(null, repeal(1, "art_1", D), repeal(2, "art_2", D.plusDays(10)),
                repeal(3, "art_3", D.plusDays(20)));
        assertThat(on(t, "", D.plusDays(19))).isEqualTo(Validity.PARTLY_REPEALED);
        assertThat(on(t, "", D.plusDays(20))).isEqualTo(Validity.REPEALED);
    }

    @Test
    void repealingTheWholeDocumentRepealsEveryProvision() {
        List<Period> t = derive(null, repeal(1, null, D));
        assertThat(on(t, "", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "", D)).isEqualTo(Validity.REPEALED);
        assertThat(on(t, "chp_1", D)).isEqualTo(Validity.REPEALED);
        assertThat(on(t, "art_2__para_2__point_1", D)).isEqualTo(Validity.REPEALED);
    }

    @Test
    void someArticlesExpiredAndTheRestRepealedMakeTheDocumentExpired() {
        List<Period> t = derive(null, Fact.of(1, "art_1", EffectType.EXPIRE, D), repeal(2, "art_2", D),
                repeal(3, "art_3", D));
        assertThat(on(t, "art_1", D)).isEqualTo(Validity.EXPIRED);
        assertThat(on(t, "", D)).isEqualTo(Validity.EXPIRED);
    }

    @Test
    void anExpiredArticleMakesTheDocumentPartlyExpired() {
        List<Period> t = derive(null, Fact.of(1, "art_1", EffectType.EXPIRE, D));
        assertThat(on(t, "", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "", D)).isEqualTo(Validity.PARTLY_EXPIRED);
    }

    @Test
    void afterItsLastDayADocumentExpiresWithoutAnyEffectAndTheTimelineShowsIt() {
        LocalDate last = LocalDate.of(2025, 12, 31);
        List<Period> t = derive(last);
        assertThat(on(t, "", last)).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "", last.plusDays(1))).isEqualTo(Validity.EXPIRED);
        assertThat(on(t, "art_2__para_1", last.plusDays(1))).isEqualTo(Validity.EXPIRED);
        assertThat(t).contains(new Period("", last.plusDays(1), null, Validity.EXPIRED));
    }

    @Test
    void aSuspensionHoldsFromItsDayUntilItsEndDayExclusive() {
        LocalDate end = D.plusDays(30);
        List<Period> t = derive(null, new Fact(1, "art_1", EffectType.SUSPEND, D, end, null, null, null, null, null));
        assertThat(on(t, "art_1", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "art_1", D)).isEqualTo(Validity.SUSPENDED);
        assertThat(on(t, "art_1", end.minusDays(1))).isEqualTo(Validity.SUSPENDED);
        assertThat(on(t, "art_1", end)).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "", D)).isEqualTo(Validity.PARTLY_EXPIRED);
        assertThat(on(t, "", end)).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void aCommencementMakesAProvisionOrTheDocumentStartLater() {
        List<Period> t = derive(null, Fact.of(1, "art_3", EffectType.COMMENCE, D));
        assertThat(on(t, "art_3", D.minusDays(1))).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(on(t, "art_3", D)).isEqualTo(Validity.IN_FORCE);
        assertThat(on(t, "art_1", D.minusDays(1))).isEqualTo(Validity.IN_FORCE);

        List<Period> whole = derive(null, Fact.of(1, null, EffectType.COMMENCE, D));
        assertThat(on(whole, "", D.minusDays(1))).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(on(whole, "art_1", D.minusDays(1))).isEqualTo(Validity.NOT_YET_EFFECTIVE);
        assertThat(on(whole, "", D)).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void anInsertedProvisionDoesNotExistBeforeItsDay() {
        Fact insert = new Fact(1, "art_3-1", EffectType.INSERT, D, null, "新增条文。", "第三条之一",
                ProvisionKind.ARTICLE, "chp_1", "art_3");
        List<Period> t = derive(null, insert);
        assertThat(on(t, "art_3-1", D.minusDays(1))).isNull();
        assertThat(on(t, "art_3-1", D)).isEqualTo(Validity.IN_FORCE);
        assertThat(t.stream().filter(p -> p.eid().equals("art_3-1")).toList())
                .containsExactly(new Period("art_3-1", D, null, Validity.IN_FORCE));
        assertThat(VersionDerivation.order(TREE, List.of(insert))).endsWith("art_3", "art_3-1");
        assertThat(VersionDerivation.added(List.of(insert)))
                .containsExactly(new Version("art_3-1", D, null, "新增条文。", 1));
    }

    @Test
    void anInsertAfterAnArticleGoesAfterItsWholeSubtree() {
        Fact insert = new Fact(1, "art_2-1", EffectType.INSERT, D, null, "x", "第二条之一", ProvisionKind.ARTICLE,
                "chp_1", "art_2");
        List<String> order = VersionDerivation.order(TREE, List.of(insert));
        assertThat(order.indexOf("art_2-1")).isEqualTo(order.indexOf("art_2__para_2__point_2") + 1);
        assertThat(order.get(order.indexOf("art_2-1") + 1)).isEqualTo("art_3");
    }

    @Test
    void anAmendmentKeepsBothVersionsEachWithItsPeriod() {
        Fact amend = new Fact(7, "art_1", EffectType.AMEND, D, null, "修改后的第一条。", null, null, null, null);
        Fact again = new Fact(9, "art_1", EffectType.SUBSTITUTE, D.plusYears(1), null, "再次替换。", null, null, null,
                null);
        assertThat(VersionDerivation.baseUntil(List.of(amend, again))).isEqualTo(Map.of("art_1", D));
        assertThat(VersionDerivation.added(List.of(again, amend))).containsExactly(
                new Version("art_1", D, D.plusYears(1), "修改后的第一条。", 7),
                new Version("art_1", D.plusYears(1), null, "再次替换。", 9));
        // an amendment changes the text, not the validity
        assertThat(on(derive(null, amend), "art_1", D)).isEqualTo(Validity.IN_FORCE);
    }

    @Test
    void ofTwoAmendmentsOnOneDayTheLastEnteredCounts() {
        Fact first = new Fact(3, "art_1", EffectType.AMEND, D, null, "甲", null, null, null, null);
        Fact second = new Fact(4, "art_1", EffectType.AMEND, D, null, "乙", null, null, null, null);
        assertThat(VersionDerivation.added(List.of(second, first))).containsExactly(new Version("art_1", D, null, "乙", 4));
    }

    @Test
    void periodsOfEveryEidAreContiguousAndNeverOverlap() {
        List<Period> t = derive(LocalDate.of(2030, 6, 30), repeal(1, "art_1", D),
                new Fact(2, "art_2__para_1", EffectType.SUSPEND, D.minusDays(40), D.plusDays(5), null, null, null,
                        null, null),
                Fact.of(3, "art_3", EffectType.COMMENCE, LocalDate.of(2021, 3, 1)),
                Fact.of(4, "art_2__para_2", EffectType.EXPIRE, D.plusYears(2)));
        ValidityDerivation.byEid(t).forEach((eid, periods) -> {
            assertThat(periods.get(0).from()).as(eid).isNull();
            assertThat(periods.get(periods.size() - 1).until()).as(eid).isNull();
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).from()).as(eid).isEqualTo(periods.get(i - 1).until());
                assertThat(periods.get(i).validity()).as(eid + " merged").isNotEqualTo(periods.get(i - 1).validity());
            }
        });
        List<String> eids = new ArrayList<>(ValidityDerivation.byEid(t).keySet());
        assertThat(eids).hasSize(TREE.size() + 1);
    }
}

package cn.gongkai.regulations.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import cn.gongkai.regulations.Regulations;

/** Which effects touch a citation: same provision, ancestor, descendant, or the whole document. */
class CitationHitTests {

    /** art_3 and art_4 in chp_1; art_3 has two 款, its second with a 项. */
    private static final Map<String, String> PARENTS = Map.of("art_3", "chp_1", "art_4", "chp_1",
            "art_3__para_1", "art_3", "art_3__para_2", "art_3", "art_3__para_2__point_1", "art_3__para_2");
    private static final Function<String, String> PARENT = PARENTS::get;

    @Test
    void repealingAnArticleHitsACitationOfItsParagraph() {
        assertThat(CitationHit.hits("art_3__para_2", List.of("art_3"), PARENT)).isTrue();
        assertThat(CitationHit.hits("art_3__para_2__point_1", List.of("art_3"), PARENT)).isTrue();
    }

    @Test
    void amendingAParagraphHitsACitationOfItsArticle() {
        assertThat(CitationHit.hits("art_3", List.of("art_3__para_2"), PARENT)).isTrue();
        assertThat(CitationHit.hits("art_3", List.of("art_3__para_2__point_1"), PARENT)).isTrue();
    }

    @Test
    void theSameProvisionIsHit() {
        assertThat(CitationHit.hits("art_4", List.of("art_4"), PARENT)).isTrue();
    }

    @Test
    void aSiblingOrAnotherArticleIsNotHit() {
        assertThat(CitationHit.hits("art_3__para_1", List.of("art_3__para_2"), PARENT)).isFalse();
        assertThat(CitationHit.hits("art_4", List.of("art_3"), PARENT)).isFalse();
        // art_33 begins with art_3 but is not inside it
        assertThat(CitationHit.hits("art_33", List.of("art_3"), PARENT)).isFalse();
        assertThat(CitationHit.hits("art_3", List.of("art_33__para_1"), p -> null)).isFalse();
    }

    @Test
    void repealingAChapterHitsItsArticlesThroughTheStoredParent() {
        assertThat(CitationHit.hits("art_3__para_2", List.of("chp_1"), PARENT)).isTrue();
        assertThat(CitationHit.hits("art_3", List.of("chp_2"), PARENT)).isFalse();
    }

    @Test
    void anEffectOnTheWholeDocumentHitsEveryCitation() {
        assertThat(CitationHit.hits("art_4", List.of(), PARENT)).isTrue();
    }

    @Test
    void withoutStoredParentsTheEidNamingGivesTheAncestors() {
        assertThat(CitationHit.chain("part_1__point_2__point_3", p -> null))
                .containsExactly("part_1__point_2__point_3", "part_1__point_2", "part_1");
        assertThat(CitationHit.hits("part_1__point_2", List.of("part_1"), p -> null)).isTrue();
    }

    @Test
    void theAddressOfAProvisionFollowsThePlan() {
        assertThat(Regulations.address("law-2015-1", "art_33__para_2__point_3"))
                .isEqualTo("/regulations/law-2015-1/art/33/para/2/item/3");
        assertThat(Regulations.address("normative-2017-1", "part_1__point_2__point_1"))
                .isEqualTo("/regulations/normative-2017-1/part/1/item/2/subitem/1");
        assertThat(Regulations.address("law-2015-1", "art_33-1")).isEqualTo("/regulations/law-2015-1/art/33-1");
    }
}

package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The worked example of RFC 3797 section 6: a pool of 25 volunteers, ten to select, three
 * sources (a stock index 9319, a lottery 2 5 12 8 10 and another 9 18 26 34 41 45). The RFC
 * publishes the key string, each pick's MD5 and the selection 17 7 2 16 25 23 8 24 19 13, and the
 * next six alternates 22 5 18 9 1 4.
 */
class Rfc3797SelectionTests {

    static final List<List<Long>> SOURCES = List.of(List.of(9319L), List.of(2L, 5L, 12L, 8L, 10L),
            List.of(9L, 18L, 26L, 34L, 41L, 45L));

    @Test
    void eachSourceIsSortedDotSeparatedAndEndsWithASlash() {
        assertThat(Rfc3797.canonical(List.of(2L, 5L, 12L, 8L, 10L))).isEqualTo("2.5.8.10.12./");
        assertThat(Rfc3797.key(SOURCES)).isEqualTo("9319./2.5.8.10.12./9.18.26.34.41.45./");
    }

    @Test
    void theRfcExampleSelectsWhatTheRfcPublished() {
        List<Rfc3797.Pick> picks = Rfc3797.select(25, 10, Rfc3797.key(SOURCES));
        assertThat(picks).extracting(Rfc3797.Pick::selected).containsExactly(17, 7, 2, 16, 25, 23, 8, 24, 19, 13);
        assertThat(picks).extracting(Rfc3797.Pick::remaining).containsExactly(25, 24, 23, 22, 21, 20, 19, 18, 17, 16);
        assertThat(picks.get(0).md5()).isEqualTo("990DD0A5692A029A98B5E01AA28F3459");
        assertThat(picks.get(9).md5()).isEqualTo("31CB111C4A4EBE9287CEAE16FE51B909");
    }

    @Test
    void morePicksExtendTheSameSequenceWithTheRfcAlternates() {
        List<Rfc3797.Pick> picks = Rfc3797.select(25, 16, Rfc3797.key(SOURCES));
        assertThat(picks).extracting(Rfc3797.Pick::selected).containsExactly(17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22,
                5, 18, 9, 1, 4);
        assertThat(picks.get(15).md5()).isEqualTo("3269E6CE559ABD57E2BA6AAB495EB9BD");
    }

    @Test
    void theOrderOfTheSourcesMattersButNotTheOrderWithinOne() {
        String reordered = Rfc3797.key(List.of(List.of(9319L), List.of(10L, 8L, 12L, 5L, 2L),
                List.of(45L, 41L, 34L, 26L, 18L, 9L)));
        assertThat(Rfc3797.select(25, 10, reordered)).isEqualTo(Rfc3797.select(25, 10, Rfc3797.key(SOURCES)));
        String swapped = Rfc3797.key(List.of(SOURCES.get(1), SOURCES.get(0), SOURCES.get(2)));
        assertThat(Rfc3797.select(25, 10, swapped)).isNotEqualTo(Rfc3797.select(25, 10, Rfc3797.key(SOURCES)));
    }

    @Test
    void aSampleLargerThanThePoolOrAnEmptySourceIsRefused() {
        assertThatThrownBy(() -> Rfc3797.select(3, 4, "1./")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rfc3797.canonical(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Rfc3797.select(3, 3, "1./")).extracting(Rfc3797.Pick::selected).containsExactlyInAnyOrder(1, 2, 3);
    }
}

package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecentResultsTests {

    static SearchQuery query(String q) {
        return new SearchQuery(q, null, null, null, null, null, SearchQuery.Order.RELEVANCE, 1, 10);
    }

    static SearchResults results(SearchQuery q) {
        return new SearchResults(q, List.of(), 0, false, 1, 1, 5, true);
    }

    @Test
    void answersTheSameQueryOnTheSameIndexStateOnly() {
        RecentResults recent = new RecentResults(10);
        SearchResults kept = results(query("发票"));
        recent.put(3, query("发票"), kept);
        assertThat(recent.get(3, query("发票"))).isSameAs(kept);
        assertThat(recent.get(3, query("发票 虚开"))).isNull();
        assertThat(recent.get(4, query("发票"))).as("the index changed since").isNull();
    }

    @Test
    void aNewerIndexStateDropsEverythingAndAnOlderOneIsNeverKept() {
        RecentResults recent = new RecentResults(10);
        recent.put(3, query("a"), results(query("a")));
        recent.put(4, query("b"), results(query("b")));
        assertThat(recent.size()).isEqualTo(1);
        recent.put(3, query("c"), results(query("c")));
        assertThat(recent.get(3, query("c"))).as("computed on a state older than the newest seen").isNull();
        assertThat(recent.get(4, query("b"))).isNotNull();
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacityAndZeroTurnsItOff() {
        RecentResults recent = new RecentResults(2);
        recent.put(1, query("a"), results(query("a")));
        recent.put(1, query("b"), results(query("b")));
        recent.get(1, query("a"));
        recent.put(1, query("c"), results(query("c")));
        assertThat(recent.get(1, query("b"))).isNull();
        assertThat(recent.get(1, query("a"))).isNotNull();
        assertThat(recent.get(1, query("c"))).isNotNull();

        RecentResults off = new RecentResults(0);
        off.put(1, query("a"), results(query("a")));
        assertThat(off.get(1, query("a"))).isNull();
    }
}

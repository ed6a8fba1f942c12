package cn.gongkai.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of recent searches, per query, for the index state they were computed on (what
 * Solr calls the query result cache). Readers repeat searches a lot (the policy of the week, the
 * season's filing topics); a repeated search skips the query and the highlighting, which are most
 * of its cost at a million records. Any change of the index makes every kept result stale: entries
 * carry the {@link SearchIndex#version()} read before their searcher was acquired, so a result can
 * never be served for a newer index state than the one it saw. Least recently used entries go
 * first; a capacity of 0 turns the cache off ({@code gongkai.search.result-cache}).
 */
final class RecentResults {

    private final int capacity;
    private final Map<SearchQuery, SearchResults> entries;
    private long version = Long.MIN_VALUE;

    RecentResults(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResults> eldest) {
                return size() > RecentResults.this.capacity;
            }
        };
    }

    /** The kept results of {@code query} on index state {@code indexVersion}, or null. */
    synchronized SearchResults get(long indexVersion, SearchQuery query) {
        return indexVersion == version ? entries.get(query) : null;
    }

    /** Keeps {@code results}; a result of an older index state than the newest seen is not kept. */
    synchronized void put(long indexVersion, SearchQuery query, SearchResults results) {
        if (capacity == 0 || indexVersion < version) {
            return;
        }
        if (indexVersion > version) {
            entries.clear();
            version = indexVersion;
        }
        entries.put(query, results);
    }

    synchronized int size() {
        return entries.size();
    }
}

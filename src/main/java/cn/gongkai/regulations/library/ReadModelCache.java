package cn.gongkai.regulations.library;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.library.LibraryDocument.Effect;
import cn.gongkai.regulations.library.LibraryDocument.Provision;

/**
 * The assembled read model of a document for one segment of days, kept in memory. A document's
 * words and validity are constant between its change points (the days on which any version,
 * validity period or effect starts or ends, its effective day and the day after its last), so a
 * request for any day is answered from the segment that day falls in.
 * <p>
 * This is not a cache that can disagree across nodes: every key holds the document's
 * {@code read_version} (and {@code imported_at}), read from the database on each request and
 * bumped in the transaction of every {@code LibraryChanged} ({@link ReadVersions}); a changed
 * document misses at once on every node, and the old entries age out. Bounded LRU on
 * {@link LinkedHashMap} (no cache library in the build; a short synchronized section is nothing
 * next to a request): some 128 segments of the largest document are about 40 MB at most.
 */
@Component
class ReadModelCache {

    static final int DOCUMENTS = 256;
    static final int SEGMENTS = 128;

    /** A document in one state: its id, read version and import time. */
    record Stamp(String id, long version, LocalDateTime importedAt) {
    }

    private record Key(Stamp stamp, LocalDate start) {
    }

    private final Lru<Stamp, LocalDate[]> points = new Lru<>(DOCUMENTS);
    private final Lru<Key, Segment> segments = new Lru<>(SEGMENTS);

    /**
     * The segment {@code day} falls in; {@code changePoints} reads the document's change points,
     * {@code assemble} builds the model on a representative day of the segment.
     */
    Segment segment(Stamp stamp, LocalDate day, Supplier<List<LocalDate>> changePoints,
            Function<LocalDate, Segment> assemble) {
        LocalDate[] sorted = points.get(stamp);
        if (sorted == null) {
            sorted = changePoints.get().stream().distinct().sorted().toArray(LocalDate[]::new);
            points.put(stamp, sorted);
        }
        int i = Arrays.binarySearch(sorted, day);
        int floor = i >= 0 ? i : -i - 2;
        // before the first change point: keyed by MIN, assembled on the day before the first
        LocalDate start = floor >= 0 ? sorted[floor] : LocalDate.MIN;
        LocalDate representative = floor >= 0 ? sorted[floor] : sorted.length > 0 ? sorted[0].minusDays(1) : day;
        Key key = new Key(stamp, start);
        Segment s = segments.get(key);
        if (s == null) {
            s = assemble.apply(representative);
            segments.put(key, s);
        }
        return s;
    }

    void clear() {
        points.clear();
        segments.clear();
    }

    /**
     * What a document is on every day of a segment, plus what its pages and answers derive from it
     * ({@link #derived}: the JSON tree, the provisions' markup), made once per segment.
     */
    static final class Segment {

        final Validity validity;
        final List<Provision> provisions;
        final List<Effect> affectedBy;
        final List<Effect> affects;
        final Map<String, List<LibraryDocuments.Version>> versions;
        private final Map<String, Provision> byEid = new ConcurrentHashMap<>();
        private final Map<String, Object> derived = new ConcurrentHashMap<>();

        Segment(Validity validity, List<Provision> provisions, List<Effect> affectedBy, List<Effect> affects,
                Map<String, List<LibraryDocuments.Version>> versions) {
            this.validity = validity;
            this.provisions = provisions;
            this.affectedBy = affectedBy;
            this.affects = affects;
            this.versions = versions;
            provisions.forEach(this::index);
        }

        Provision provision(String eid) {
            return byEid.get(eid);
        }

        @SuppressWarnings("unchecked")
        <T> T derived(String name, Supplier<T> make) {
            return (T) derived.computeIfAbsent(name, k -> make.get());
        }

        private void index(Provision p) {
            byEid.put(p.eid(), p);
            p.children().forEach(this::index);
        }
    }

    /** A small LRU map, access-ordered, evicting the eldest beyond {@code cap}. */
    private static final class Lru<K, V> {

        private final LinkedHashMap<K, V> map;

        Lru(int cap) {
            this.map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > cap;
                }
            };
        }

        synchronized V get(K key) {
            return map.get(key);
        }

        synchronized void put(K key, V value) {
            map.put(key, value);
        }

        synchronized void clear() {
            map.clear();
        }
    }
}

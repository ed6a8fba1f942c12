package cn.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The live search index in {@code <data>/index}: a folder per generation and a {@code CURRENT}
 * file naming the live one, so a rebuild is written beside the live index (searches go on) and
 * swapped in atomically. Single-record updates and the end of a rebuild take one lock; while a
 * rebuild runs, every record updated meanwhile is remembered and written into the new generation
 * again just before the swap, so a rebuild never loses a concurrent publication or withdrawal.
 */
@Component
class SearchIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path root;
    private final Analyzer analyzer = Analyzers.create();
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Long> touchedDuringRebuild = new HashSet<>();
    private volatile IndexGeneration live;
    /** Counts the changes made visible to searches (see {@link #version()}). */
    private final AtomicLong version = new AtomicLong();
    private boolean rebuilding;

    SearchIndex(@Value("${gongkai.data}") String data) {
        this.root = Path.of(data, "index").toAbsolutePath();
    }

    Path root() {
        return root;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** Opens the live generation; false when there is none (first start, or its folder was deleted). */
    boolean open() {
        lock.lock();
        try {
            Path current = currentFolder();
            boolean found = current != null && IndexGeneration.exists(current);
            if (live == null) {
                live = IndexGeneration.open(found ? current : newFolder(), analyzer);
            }
            return found;
        }
        finally {
            lock.unlock();
        }
    }

    /** The database fingerprint the live index was last committed with, or null. */
    String fingerprint() {
        return live().fingerprint();
    }

    int documents() {
        return live().documents();
    }

    /** Writes one record's current public state (null: not public) and commits with the database fingerprint. */
    void update(long id, IndexedRecord record, String fingerprint) {
        lock.lock();
        try {
            IndexGeneration index = live();
            index.put(id, record);
            index.commit(fingerprint);
            version.incrementAndGet();
            if (rebuilding) {
                touchedDuringRebuild.add(id);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot update search index", e);
        }
        finally {
            lock.unlock();
        }
    }

    /** Starts a rebuild: a new, empty generation beside the live one; updates from now on are remembered. */
    IndexGeneration beginRebuild() {
        lock.lock();
        try {
            rebuilding = true;
            touchedDuringRebuild.clear();
            return IndexGeneration.create(newFolder(), analyzer);
        }
        finally {
            lock.unlock();
        }
    }

    /**
     * Finishes a rebuild: replays the records updated meanwhile ({@code reread} gives their current
     * state), commits with the database fingerprint, makes the new generation live and deletes the old.
     */
    void finishRebuild(IndexGeneration built, Function<Long, IndexedRecord> reread, java.util.function.Supplier<String> fingerprint) {
        lock.lock();
        try {
            for (Long id : touchedDuringRebuild) {
                built.put(id, reread.apply(id));
            }
            built.commit(fingerprint.get());
            Path tmp = root.resolve("CURRENT.tmp");
            Files.writeString(tmp, built.folder().getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            IndexGeneration old = live;
            live = built;
            version.incrementAndGet();
            if (old != null) {
                old.close();
            }
            deleteOtherGenerations(built.folder());
        }
        catch (IOException e) {
            built.close();
            throw new UncheckedIOException("cannot finish the rebuild of the search index", e);
        }
        finally {
            rebuilding = false;
            touchedDuringRebuild.clear();
            lock.unlock();
        }
    }

    /** Abandons a failed rebuild; the live generation stays. */
    void abandonRebuild(IndexGeneration built) {
        lock.lock();
        try {
            rebuilding = false;
            touchedDuringRebuild.clear();
            built.close();
            deleteFolder(built.folder());
        }
        finally {
            lock.unlock();
        }
    }

    /**
     * A number that grows whenever a change becomes visible to searches (after the commit and the
     * searcher refresh, or the swap of a rebuilt generation). A searcher acquired after reading it
     * sees at least that state.
     */
    long version() {
        return version.get();
    }

    /** Runs {@code work} with a current searcher (released afterwards). */
    <T> T withSearcher(SearchWork<T> work) throws IOException {
        SearcherManager manager = live().searchers();
        IndexSearcher searcher = manager.acquire();
        try {
            return work.apply(searcher);
        }
        finally {
            manager.release(searcher);
        }
    }

    @FunctionalInterface
    interface SearchWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private IndexGeneration live() {
        IndexGeneration g = live;
        if (g == null) {
            open();
            g = live;
        }
        return g;
    }

    private Path currentFolder() {
        try {
            Path pointer = root.resolve("CURRENT");
            if (!Files.exists(pointer)) {
                return null;
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return name.matches("g-\\d+") ? root.resolve(name) : null;
        }
        catch (IOException e) {
            return null;
        }
    }

    private Path newFolder() {
        try {
            Files.createDirectories(root);
            Path folder;
            long n = System.nanoTime();
            do {
                folder = root.resolve("g-" + n++);
            } while (Files.exists(folder));
            return Files.createDirectories(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder under " + root, e);
        }
    }

    private void deleteOtherGenerations(Path keep) {
        try (Stream<Path> folders = Files.list(root)) {
            folders.filter(p -> Files.isDirectory(p) && !p.equals(keep)).forEach(SearchIndex::deleteFolder);
        }
        catch (IOException e) {
            log.warn("Could not clean old index generations under {}: {}", root, e.toString());
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (IOException e) {
            log.warn("Could not delete {}: {}", folder, e.toString());
        }
    }

    @Override
    public void destroy() {
        lock.lock();
        try {
            if (live != null) {
                live.close();
                live = null;
            }
        }
        finally {
            lock.unlock();
        }
    }
}

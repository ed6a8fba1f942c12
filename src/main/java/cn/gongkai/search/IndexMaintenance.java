package cn.gongkai.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.gongkai.publishing.RecordPublished;
import cn.gongkai.publishing.RecordValidityDerived;
import cn.gongkai.publishing.RecordWithdrawn;

/**
 * Keeps the index in step with the database. Publishing's events are consumed by
 * {@link ApplicationModuleListener}s, so the JDBC event publication registry is the outbox: a crash
 * after publishing's commit leaves the publication incomplete and it is delivered again at restart
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); applying an event is
 * idempotent (the record's current state is read again). At start the index is rebuilt when it is
 * missing or its stored database fingerprint disagrees with the database; administrators can
 * rebuild it at any time. A rebuild runs in the background and reports its progress.
 */
@Component
@Order(5)
public class IndexMaintenance implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int BATCH = 500;

    private final SearchIndex index;
    private final RecordSource source;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<IndexStatus> last = new AtomicReference<>();
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile Instant startedAt;
    private volatile String reason;
    private volatile Future<?> running;

    IndexMaintenance(SearchIndex index, RecordSource source, Clock clock) {
        this.index = index;
        this.source = source;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RecordPublished event) {
        refresh(event.recordId());
    }

    @ApplicationModuleListener
    void on(RecordWithdrawn event) {
        refresh(event.recordId());
    }

    /** A linked record's validity derived anew from the regulations library (the validity filter reads it). */
    @ApplicationModuleListener
    void on(RecordValidityDerived event) {
        refresh(event.recordId());
    }

    /** Writes the record's current public state into the index (removes it when it is no longer public). */
    void refresh(long recordId) {
        index.update(recordId, source.find(recordId), source.fingerprint());
    }

    /** The start-up check: rebuild when the index is missing or belongs to another state of the database. */
    @Override
    public void run(ApplicationArguments args) {
        boolean found = index.open();
        String stored = index.fingerprint();
        String actual = source.fingerprint();
        if (!found) {
            startRebuild("missing");
        }
        else if (!Objects.equals(stored, actual)) {
            log.warn("Search index fingerprint {} disagrees with the database ({}): rebuilding", stored, actual);
            startRebuild("outdated");
        }
    }

    /** Starts a background rebuild unless one is running; false when one already runs. */
    public synchronized boolean startRebuild(String why) {
        if (running != null && !running.isDone()) {
            return false;
        }
        prepare(why);
        running = background.submit(this::rebuild);
        return true;
    }

    /** Waits for a running rebuild, then rebuilds and waits for the result (the bulk path of the scale-data generator). */
    public void rebuildAndWait(String why) throws InterruptedException, ExecutionException {
        Future<?> mine = null;
        while (mine == null) {
            Future<?> other = null;
            synchronized (this) {
                if (running == null || running.isDone()) {
                    prepare(why);
                    running = background.submit(this::rebuild);
                    mine = running;
                }
                else {
                    other = running;
                }
            }
            if (other != null) {
                other.get();
            }
        }
        mine.get();
    }

    private void prepare(String why) {
        last.set(null);
        reason = why;
        startedAt = clock.instant();
        done.set(0);
        total = 0;
    }

    public IndexStatus status() {
        Future<?> job = running;
        if (job != null && !job.isDone() || startedAt != null && last.get() == null) {
            return new IndexStatus(safeDocuments(), true, done.get(), total, reason, startedAt, null, null);
        }
        IndexStatus finished = last.get();
        return finished == null ? new IndexStatus(safeDocuments(), false, 0, 0, null, null, null, null)
                : new IndexStatus(safeDocuments(), false, finished.done(), finished.total(), finished.reason(),
                        finished.startedAt(), finished.finishedAt(), finished.error());
    }

    private int safeDocuments() {
        try {
            return index.documents();
        }
        catch (RuntimeException e) {
            return 0;
        }
    }

    private void rebuild() {
        IndexGeneration built = index.beginRebuild();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads * 2);
        try {
            total = source.countPublic();
            log.info("Rebuilding the search index ({}): {} public records", reason, total);
            List<Future<?>> pending = new ArrayList<>();
            long after = 0;
            List<IndexedRecord> batch;
            while (!(batch = source.batchAfter(after, BATCH)).isEmpty()) {
                after = batch.get(batch.size() - 1).id();
                inFlight.acquire();
                List<IndexedRecord> work = batch;
                pending.add(workers.submit(() -> {
                    try {
                        built.add(work);
                        done.addAndGet(work.size());
                    }
                    finally {
                        inFlight.release();
                    }
                    return null;
                }));
                pending.removeIf(Future::isDone);
            }
            for (Future<?> f : pending) {
                f.get();
            }
            index.finishRebuild(built, source::find, source::fingerprint);
            finish(null);
            log.info("Search index rebuilt: {} documents", index.documents());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            index.abandonRebuild(built);
            finish("interrupted");
        }
        catch (Exception e) {
            log.error("Rebuilding the search index failed", e);
            index.abandonRebuild(built);
            finish(e.toString());
        }
        finally {
            workers.shutdownNow();
        }
    }

    private void finish(String error) {
        last.set(new IndexStatus(0, false, done.get(), total, reason, startedAt, clock.instant(), error));
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}

package cn.gongkai.platform;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * At shutdown, lets the asynchronous module listeners that are running or queued on the
 * application's task executor (search index updates, reminder and applicant mails) finish before
 * the database and the JPA EntityManagerFactory close, at most {@link #PATIENCE}. Without it a
 * stop during activity logged failures of listeners whose connections were closed under them.
 * Whatever is still unfinished after the wait stays an incomplete event publication and is
 * delivered again at the next start.
 */
@Component
class ListenerDrain implements ApplicationListener<ContextClosedEvent> {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Logger log = LoggerFactory.getLogger(ListenerDrain.class);

    private final ObjectProvider<ThreadPoolTaskExecutor> executors;

    ListenerDrain(ObjectProvider<ThreadPoolTaskExecutor> executors) {
        this.executors = executors;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        executors.orderedStream().forEach(this::drain);
    }

    private void drain(ThreadPoolTaskExecutor executor) {
        ThreadPoolExecutor pool;
        try {
            pool = executor.getThreadPoolExecutor();
        }
        catch (IllegalStateException notInitialized) {
            return;
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while ((pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(25);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) {
            log.warn("Stopping with {} listener(s) still running and {} queued; they are delivered again at the next start",
                    pool.getActiveCount(), pool.getQueue().size());
        }
    }
}

package cn.gongkai.regulations.links;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import cn.gongkai.regulations.LibraryChanged;

/**
 * Keeps linked records' validity derived: on {@link LibraryChanged}, in the same transaction,
 * just before it commits (so after every other listener of the event, among them the one that
 * re-derives the validity timeline, whatever their order); and once a day for what changes when
 * a day arrives (a future effective day, the end of a document's own period). Both are
 * idempotent (publishing's derive does nothing when the value stands), so several nodes running
 * the daily pass do no harm.
 */
@Component
class LinkedValidity {

    private static final Logger log = LoggerFactory.getLogger(LinkedValidity.class);

    private final RecordLinks links;
    private final TransactionTemplate tx;

    LinkedValidity(RecordLinks links, TransactionTemplate tx) {
        this.links = links;
        this.tx = tx;
    }

    @EventListener
    void on(LibraryChanged event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            tx.executeWithoutResult(s -> links.refresh(event.documentId(), links.today()));
            return;
        }
        Set<String> pending = pending();
        if (pending.add(event.documentId()) && pending.size() == 1) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    for (String id : pending) {
                        links.refresh(id, links.today());
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LinkedValidity.class);
                }
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> pending() {
        Object bound = TransactionSynchronizationManager.getResource(LinkedValidity.class);
        if (bound == null) {
            bound = new LinkedHashSet<String>();
            TransactionSynchronizationManager.bindResource(LinkedValidity.class, bound);
        }
        return (Set<String>) bound;
    }

    @Scheduled(cron = "${gongkai.regulations.links.derive-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        deriveAll();
    }

    /** Derives every linked record's validity for today, each in its own transaction; returns how many it derived. */
    int deriveAll() {
        int derived = 0;
        for (String id : links.linkedDocuments()) {
            try {
                Boolean c = tx.execute(s -> links.refresh(id, links.today()).isPresent());
                derived += Boolean.TRUE.equals(c) ? 1 : 0;
            }
            catch (RuntimeException e) {
                log.warn("Deriving the validity of the record linked to {} failed: {}", id, e.toString());
            }
        }
        return derived;
    }
}

package cn.gongkai.regulations.library;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.regulations.LibraryChanged;

/**
 * Forgets the kept public pages once a library change is committed: the library's pages
 * ({@code /regulations/**}, kept by {@link PublicPageCache}) and, since a record page shows the
 * validity of its library document, every other kept page too. Changes are rare (an import, an
 * effect confirmed), reading is the hot path. A plain listener with an after-commit hook, as
 * portal's invalidation does, for the same reason (no event-registry connection per change).
 */
@Component
class LibraryPageCache {

    private final PublicPageCache cache;

    LibraryPageCache(PublicPageCache cache) {
        this.cache = cache;
    }

    @EventListener
    void on(LibraryChanged event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.invalidateAll();
                }
            });
        }
        else {
            cache.invalidateAll();
        }
    }
}

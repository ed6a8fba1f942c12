package cn.gongkai.portal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.publishing.RecordPublished;
import cn.gongkai.publishing.RecordWithdrawn;

/**
 * Forgets the kept public pages as soon as a publication or withdrawal is committed, so a record
 * page, a list or a syndicating provincial site never shows the old state (a withdrawal is public
 * at once). Runs after the commit, in the publishing request, before its answer is sent.
 */
@Component
class PageCacheInvalidation {

    private final PublicPageCache cache;

    PageCacheInvalidation(PublicPageCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordPublished event) {
        cache.invalidateAll();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecordWithdrawn event) {
        cache.invalidateAll();
    }
}

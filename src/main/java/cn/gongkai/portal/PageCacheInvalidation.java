package cn.gongkai.portal;

import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

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

    @EventListener
    void on(RecordPublished event) {
        afterCommit();
    }

    @EventListener
    void on(RecordWithdrawn event) {
        afterCommit();
    }

    /** The record page's validity banner and the lists' validity filter. */
    @EventListener
    void on(cn.gongkai.publishing.RecordValidityDerived event) {
        afterCommit();
    }

    /** A linked record's banner lists what repealed or amended its library document, which may change alone. */
    @EventListener
    void on(cn.gongkai.regulations.LibraryChanged event) {
        afterCommit();
    }

    /** The guide shows the openness office. */
    @EventListener
    void on(cn.gongkai.organization.OpennessOfficeChanged event) {
        afterCommit();
    }

    private void afterCommit() {
        cache.invalidateAllAfterCommit();
    }
}

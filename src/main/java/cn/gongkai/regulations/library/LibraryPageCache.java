package cn.gongkai.regulations.library;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.regulations.LibraryChanged;

/**
 * Forgets the kept public pages once a library change is committed: the library's pages
 * ({@code /regulations/**}, kept by {@link PublicPageCache}) and, since a record page shows the
 * validity of its library document, every other kept page too. Changes are rare (an import, an
 * effect confirmed), reading is the hot path.
 */
@Component
class LibraryPageCache {

    private final PublicPageCache cache;

    LibraryPageCache(PublicPageCache cache) {
        this.cache = cache;
    }

    @EventListener
    void on(LibraryChanged event) {
        cache.invalidateAllAfterCommit();
    }
}

package cn.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.AntPathMatcher;

/**
 * Rendered public pages kept in memory (SPEC 5: a hot record page served at a good fraction of a
 * static file server's rate). A public page is the same for every anonymous reader in a language,
 * so the full response (status 200, headers including the security headers, body) is kept by URL
 * and language and served again by {@link PublicPageCacheFilter} without running the security
 * chain, the controller or the template; repeat visits get 304 through the page's ETag. Bounded in
 * entries and page size, with a time-to-live; modules whose data a page shows call
 * {@link #invalidateAll()} or {@link #invalidate(String)} after their change is committed.
 */
@Component
public class PublicPageCache {

    /**
     * A kept response, with its body also gzip-compressed once when kept: Tomcat's own compression
     * leaves responses with a strong ETag alone, so a kept page is compressed here or not at all.
     */
    record Page(byte[] body, byte[] gzipped, List<Map.Entry<String, String>> headers, String etag, long storedAtNanos) {

        Page(byte[] body, List<Map.Entry<String, String>> headers, String etag, long storedAtNanos) {
            this(body, gzip(body), headers, etag, storedAtNanos);
        }

        /** The ETag of the compressed representation (a different entity, so a different tag). */
        String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gzip\"";
        }
    }

    static byte[] gzip(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
        try (java.util.zip.GZIPOutputStream zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(body);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private final PageCacheSettings settings;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final AntPathMatcher matcher = new AntPathMatcher();
    private final AtomicLong generation = new AtomicLong();

    PublicPageCache(PageCacheSettings settings) {
        this.settings = settings;
    }

    /** Forgets every kept page (e.g. after a record was published or withdrawn). */
    public void invalidateAll() {
        generation.incrementAndGet();
        pages.clear();
    }

    /**
     * Forgets every kept page once the current transaction commits (at once outside one), so a
     * reader never gets a page rendered before the change was visible. A plain after-commit hook,
     * not a {@code @TransactionalEventListener}: Spring Modulith records every transactional
     * listener in its event publication registry in a second connection while the publishing
     * thread holds its first, which starves the pool under concurrent publication; forgetting
     * pages needs no durability (a restart empties the cache anyway).
     */
    public void invalidateAllAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    invalidateAll();
                }
            });
        }
        else {
            invalidateAll();
        }
    }

    /** Forgets the kept pages whose path starts with {@code pathPrefix}. */
    public void invalidate(String pathPrefix) {
        generation.incrementAndGet();
        pages.keySet().removeIf(k -> k.startsWith(pathPrefix));
    }

    /** How many pages are kept now. */
    public int size() {
        return pages.size();
    }

    boolean enabled() {
        return settings.enabled();
    }

    boolean cacheable(String path) {
        for (String pattern : settings.paths()) {
            if (matcher.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    long generation() {
        return generation.get();
    }

    Page get(String key) {
        Page page = pages.get(key);
        if (page != null && System.nanoTime() - page.storedAtNanos() > settings.ttl().toNanos()) {
            pages.remove(key, page);
            return null;
        }
        return page;
    }

    /** Keeps a page unless an invalidation happened since its rendering began ({@code renderedIn}). */
    void put(String key, Page page, long renderedIn) {
        if (page.body().length > settings.maxPageSize().toBytes() || generation.get() != renderedIn) {
            return;
        }
        if (pages.size() >= settings.maxEntries()) {
            Iterator<String> keys = pages.keySet().iterator();
            for (int i = 0; i < settings.maxEntries() / 10 + 1 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        pages.put(key, page);
        if (generation.get() != renderedIn) {
            pages.remove(key, page);
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String key(String uri, String query, String language) {
        return uri + (query == null ? "" : "?" + query) + "|" + (language == null ? "" : language);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

package cn.gongkai.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.platform.SiteAddress;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;

import jakarta.servlet.http.HttpServletRequest;

/** RSS 2.0 and Atom feeds of each site's newest records and of each catalogue entry (SPEC M4). */
@Controller
class Feeds {

    static final int ITEMS = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;
    private final MessageSource messages;
    private final Clock clock;
    private final SiteAddress address;

    Feeds(PublishedRecords published, Sites sites, Catalog catalog, MessageSource messages, Clock clock,
            SiteAddress address) {
        this.address = address;
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({ "/feed.atom", "/sites/{organCode}/feed.atom" })
    ResponseEntity<String> siteAtom(@PathVariable(required = false) String organCode, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(ATOM).body(FeedWriter.atom(siteFeed(organCode, request, "atom")));
    }

    @GetMapping({ "/feed.rss", "/sites/{organCode}/feed.rss" })
    ResponseEntity<String> siteRss(@PathVariable(required = false) String organCode, HttpServletRequest request) {
        return ResponseEntity.ok().contentType(RSS).body(FeedWriter.rss(siteFeed(organCode, request, "rss")));
    }

    @GetMapping({ "/catalog/{entry}/feed.atom", "/sites/{organCode}/catalog/{entry}/feed.atom" })
    ResponseEntity<String> entryAtom(@PathVariable(required = false) String organCode, @PathVariable String entry,
            HttpServletRequest request) {
        return ResponseEntity.ok().contentType(ATOM).body(FeedWriter.atom(entryFeed(organCode, entry, request, "atom")));
    }

    @GetMapping({ "/catalog/{entry}/feed.rss", "/sites/{organCode}/catalog/{entry}/feed.rss" })
    ResponseEntity<String> entryRss(@PathVariable(required = false) String organCode, @PathVariable String entry,
            HttpServletRequest request) {
        return ResponseEntity.ok().contentType(RSS).body(FeedWriter.rss(entryFeed(organCode, entry, request, "rss")));
    }

    private FeedWriter.Feed siteFeed(String organCode, HttpServletRequest request, String kind) {
        Site site = sites.resolve(organCode, request.getServerName());
        return feed(text("portal.feed.siteTitle", site.name()), site.path() + "/", site.path() + "/feed." + kind,
                published.list(site.organ(), PublicRecord.Filter.NONE, 1, ITEMS).items());
    }

    private FeedWriter.Feed entryFeed(String organCode, String code, HttpServletRequest request, String kind) {
        Site site = sites.resolve(organCode, request.getServerName());
        CatalogEntry entry = CatalogPages.entry(site, catalog, code);
        String path = site.path() + "/catalog/" + entry.getCode();
        return feed(text("portal.feed.entryTitle", site.name(), entry.label()), path, path + "/feed." + kind,
                published.list(site.organ(), new PublicRecord.Filter(entry.getId(), null, null, null), 1, ITEMS)
                        .items());
    }

    private FeedWriter.Feed feed(String title, String pagePath, String selfPath, List<PublicRecord.Summary> items) {
        String base = address.baseUrl();
        Instant updated = items.stream().map(PublicRecord.Summary::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        Locale locale = LocaleContextHolder.getLocale();
        return new FeedWriter.Feed(title, base + pagePath, base + selfPath,
                locale.getLanguage().equals("en") ? "en" : "zh-CN", items.isEmpty() ? clock.instant() : updated, items,
                base);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

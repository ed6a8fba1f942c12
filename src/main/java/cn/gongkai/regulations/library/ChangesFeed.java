package cn.gongkai.regulations.library;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import cn.gongkai.platform.AtomFeed;
import cn.gongkai.platform.SiteAddress;
import cn.gongkai.regulations.library.LibraryDocument.Effect;

/**
 * The Atom feed of changes to the library (法规变动): the newest confirmed effects on published
 * documents, by effective day. Each entry links to the affected provision; its id is the effect's
 * own, so a corrected entry keeps its identity.
 */
@Controller
class ChangesFeed {

    static final int ENTRIES = 50;

    private final LibraryDocuments documents;
    private final MessageSource messages;
    private final SiteAddress address;
    private final Clock clock;

    ChangesFeed(LibraryDocuments documents, MessageSource messages, SiteAddress address, Clock clock) {
        this.documents = documents;
        this.messages = messages;
        this.address = address;
        this.clock = clock;
    }

    @GetMapping("/regulations/changes.atom")
    ResponseEntity<String> atom() {
        List<Effect> effects = documents.recentEffects(ENTRIES);
        Map<Long, Instant> reviewed = documents.reviewedAt(effects.stream().map(Effect::id).toList());
        List<AtomFeed.Entry> entries = effects.stream().map(e -> {
            Instant at = reviewed.getOrDefault(e.id(), clock.instant());
            Instant effective = e.effectiveOn().atStartOfDay(clock.getZone()).toInstant();
            String what = text("regulations.library.effect." + e.type().name());
            String provision = e.wholeDocument() ? text("regulations.library.wholeDocument") : e.affectedCitation();
            String title = text("regulations.library.feed.entry", e.affectedTitle(), provision, what);
            StringBuilder summary = new StringBuilder(e.effectiveOn().toString()).append(' ').append(what);
            if (e.affectingTitle() != null) {
                summary.append(" · ").append(e.affectingTitle());
            }
            if (e.note() != null) {
                summary.append(" · ").append(e.note());
            }
            return new AtomFeed.Entry(title, address.absolute(e.affectedPath()) + "#effect-" + e.id(), effective,
                    at.isAfter(effective) ? at : effective, e.affectingTitle() == null ? title : e.affectingTitle(),
                    summary.toString());
        }).toList();
        Instant updated = entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(clock.instant());
        String language = LocaleContextHolder.getLocale().getLanguage().equals("en") ? "en" : "zh-CN";
        return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE)
                .body(AtomFeed.write(new AtomFeed.Feed(text("regulations.library.feed.title"),
                        address.absolute("/regulations"), address.absolute("/regulations/changes.atom"), language,
                        updated, entries)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

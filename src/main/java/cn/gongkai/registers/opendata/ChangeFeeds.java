package cn.gongkai.registers.opendata;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.platform.AtomFeed;
import cn.gongkai.platform.SiteAddress;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import io.swagger.v3.oas.annotations.Operation;
import tools.jackson.databind.JsonNode;

/**
 * Atom feeds of register changes (登记变动): per register and for all registers, the newest rows
 * published, corrected (with the public reason) or retracted (with the reason). Entries hold the
 * listed public fields only, from {@code public_json} as the public saw them at that version.
 */
@Controller
class ChangeFeeds {

    static final int ENTRIES = 50;

    private final RegisterCatalog catalog;
    private final PublicRows rows;
    private final SiteAddress address;
    private final MessageSource messages;
    private final Clock clock;

    ChangeFeeds(RegisterCatalog catalog, PublicRows rows, SiteAddress address, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.rows = rows;
        this.address = address;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(summary = "Atom feed of the newest changes of all registers")
    @GetMapping("/registers/changes.atom")
    ResponseEntity<String> all() {
        return feed(text("registers.opendata.feed.allTitle"), "/registers", "/registers/changes.atom",
                rows.changes(null, ENTRIES));
    }

    @Operation(summary = "Atom feed of the newest changes of one register")
    @GetMapping("/registers/{code}/changes.atom")
    ResponseEntity<String> one(@PathVariable String code) {
        RegisterType type = catalog.required(code);
        return feed(text("registers.opendata.feed.title", title(type)), "/registers/" + code,
                "/registers/" + code + "/changes.atom", rows.changes(code, ENTRIES));
    }

    private ResponseEntity<String> feed(String title, String page, String self, List<PublicRows.Change> changes) {
        // the listed public columns per register, looked up once per feed (not per entry)
        java.util.Map<String, List<FieldDef>> listed = new java.util.HashMap<>();
        List<AtomFeed.Entry> entries = changes.stream().map(c -> entry(c, listed)).flatMap(Optional::stream).toList();
        Instant updated = entries.stream().map(AtomFeed.Entry::updated).max(Instant::compareTo).orElse(clock.instant());
        String language = english() ? "en" : "zh-CN";
        return ResponseEntity.ok().contentType(AtomFeed.MEDIA_TYPE).body(AtomFeed.write(new AtomFeed.Feed(title,
                address.absolute(page), address.absolute(self), language, updated, entries)));
    }

    /** Empty when the register type is no longer known (its rows are not shown anywhere else either). */
    private Optional<AtomFeed.Entry> entry(PublicRows.Change c, java.util.Map<String, List<FieldDef>> listedByRegister) {
        return catalog.find(c.registerCode()).map(type -> {
            JsonNode values = DataTable.values(new PublicRow(c.rowId(), c.organ(), c.publicJson(), c.at(), c.version()));
            StringJoiner listed = new StringJoiner(" · ");
            List<FieldDef> fields = listedByRegister.computeIfAbsent(type.code(), k -> DataColumns
                    .of(type, rows.maskSettings(k)).columns().stream().map(DataColumns.Column::field)
                    .filter(FieldDef::listed).toList());
            for (FieldDef f : fields) {
                String v = DataTable.text(values.get(f.code()));
                if (!v.isEmpty()) {
                    listed.add(v);
                }
            }
            String what = text("registers.opendata.feed.kind." + c.kind());
            String name = listed.length() == 0 ? "#" + c.rowId() : listed.toString();
            String entryTitle = text("registers.opendata.feed.entry", title(type), what, name);
            String summary = c.reason() == null ? name : name + " — " + text("registers.opendata.feed.reason", c.reason());
            String url = address.absolute("/registers/" + type.code() + "/rows/" + c.rowId())
                    + (c.version() == 0 ? "#published" : "#version-" + c.version());
            return new AtomFeed.Entry(entryTitle, url, c.at(), c.at(), c.organ(), summary);
        });
    }

    private String title(RegisterType type) {
        return english() && type.titleEn() != null ? type.titleEn() : type.title();
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}

package cn.gongkai.regulations.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.library.LibraryDocument.Effect;
import cn.gongkai.regulations.library.LibraryDocument.Provision;

/**
 * The public pages of the library: the list with its filters, a document page (metadata, table
 * of contents, articles anchored by eId, the validity banner of the day shown, each provision's
 * validity, the effects timeline, "cited by", and a date form for {@code ?on=}), and a provision
 * page with every version of its words. An unknown document or provision address is the portal's
 * 404 page; a malformed day a 400 naming {@code on}.
 */
@Controller
class LibraryPages {

    private final LibraryDocuments documents;
    private final LibraryList list;
    private final ObjectProvider<CitedBy> citedBy;
    private final MessageSource messages;
    private final Clock clock;

    LibraryPages(LibraryDocuments documents, LibraryList list, ObjectProvider<CitedBy> citedBy, MessageSource messages,
            Clock clock) {
        this.documents = documents;
        this.list = list;
        this.citedBy = citedBy;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/regulations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String organ, @RequestParam(required = false) String year,
            @RequestParam(required = false) String validity, @RequestParam(required = false) String on,
            @RequestParam(required = false) String page, Model model) {
        LibraryFilter filter = LibraryFilter.parse(q, type, organ, year, validity, on, today());
        LibraryList.Page p = list.find(filter, LibraryFilter.page(page), LibraryApi.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", p);
        model.addAttribute("previousHref", "/regulations" + filter.query(p.page() - 1));
        model.addAttribute("nextHref", "/regulations" + filter.query(p.page() + 1));
        model.addAttribute("jsonHref", "/api/v1/public/regulations" + filter.query(0));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("organs", list.organs());
        return "regulations/library-list";
    }

    @GetMapping("/regulations/{id}")
    String document(@PathVariable String id, @RequestParam(required = false) String on, Model model) {
        LibraryDocuments.Read r = require(id, on);
        LibraryDocument d = r.document();
        model.addAttribute("doc", d);
        model.addAttribute("onGiven", on != null && !on.isBlank());
        model.addAttribute("onQuery", query(on, d.day()));
        model.addAttribute("timeline", timeline(d));
        List<Provision> contents = r.segment().derived("contents", d::contents);
        model.addAttribute("contents", contents);
        model.addAttribute("contentsHtml", r.segment().derived("contentsHtml", () -> ProvisionHtml.contents(contents)));
        Locale locale = LocaleContextHolder.getLocale();
        String kept = r.segment().derived("html:" + locale, () -> ProvisionHtml.of(d.flat(), d.lapsedBy(),
                ProvisionHtml.ON_QUERY, messages, locale));
        model.addAttribute("provisionsHtml", ProvisionHtml.withQuery(kept, query(on, d.day())));
        List<CitedBy.Citation> citations = new ArrayList<>();
        citedBy.orderedStream().forEach(c -> citations.addAll(c.citing(id)));
        model.addAttribute("citations", citations);
        return "regulations/library-document";
    }

    @GetMapping("/regulations/{id}/{*path}")
    String provision(@PathVariable String id, @PathVariable String path, @RequestParam(required = false) String on,
            Model model) {
        String eid = ProvisionPath.toEid(path.startsWith("/") ? path.substring(1) : path)
                .orElseThrow(() -> GongkaiException.notFound("条款 (provision)", LibraryFilter.shorten(path)));
        LibraryDocuments.Read r = require(id, on);
        LibraryDocument d = r.document();
        Provision p = Optional.ofNullable(r.segment().provision(eid))
                .orElseThrow(() -> GongkaiException.notFound("条款 (provision)", LibraryFilter.shorten(path)));
        model.addAttribute("doc", d);
        model.addAttribute("provision", p);
        model.addAttribute("onGiven", on != null && !on.isBlank());
        model.addAttribute("onQuery", query(on, d.day()));
        model.addAttribute("versions", r.versions(eid));
        model.addAttribute("provisionsHtml", ProvisionHtml.of(p.flat(), d.lapsedBy(), query(on, d.day()), messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("effects", d.affectedBy().stream()
                .filter(e -> e.wholeDocument() || e.affectedEid().equals(eid) || eid.startsWith(e.affectedEid() + "__"))
                .toList());
        return "regulations/library-provision";
    }

    /** Effects on it and by it, in one list by effective day. */
    static List<TimelineEntry> timeline(LibraryDocument d) {
        List<TimelineEntry> out = new ArrayList<>();
        d.affectedBy().forEach(e -> out.add(new TimelineEntry(e, true, e.effectiveOn().isAfter(d.day()))));
        d.affects().forEach(e -> out.add(new TimelineEntry(e, false, e.effectiveOn().isAfter(d.day()))));
        out.sort(Comparator.comparing((TimelineEntry t) -> t.effect().effectiveOn()).thenComparing(t -> t.effect().id()));
        return out;
    }

    /** An effect on the timeline: on this document ({@code incoming}) or by it; {@code pending} = after the day shown. */
    record TimelineEntry(Effect effect, boolean incoming, boolean pending) {
    }

    private LibraryDocuments.Read require(String id, String on) {
        LocalDate day = LibraryFilter.day(on, today());
        return documents.read(id, day)
                .orElseThrow(() -> GongkaiException.notFound("法规 (regulation)", LibraryFilter.shorten(id)));
    }

    private static String query(String on, LocalDate day) {
        return on == null || on.isBlank() ? "" : "?on=" + day;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package cn.gongkai.search;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.OrganLevel;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.PublishedRecords;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;

/**
 * The public search pages: SAT's site at {@code /search} (all organs unless one is chosen) and
 * each organ's site at {@code /sites/{organCode}/search} (what that site shows). A plain GET form
 * that works without JavaScript. Whatever a reader sends, the answer is a usable page: bad
 * parameters are corrected with a notice, never an error page.
 */
@Controller
class SearchPages {

    private final Search search;
    private final IndexMaintenance maintenance;
    private final Organization organization;
    private final Catalog catalog;
    private final MessageSource messages;

    SearchPages(Search search, IndexMaintenance maintenance, Organization organization, Catalog catalog,
            MessageSource messages) {
        this.search = search;
        this.maintenance = maintenance;
        this.organization = organization;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/search")
    String sat(@RequestParam(required = false) String q, @RequestParam(required = false) String organ,
            @RequestParam(required = false) String catalog, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String validity,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        return page(organization.sat(), false,
                new SearchQueries.Params(q, organ, catalog, type, year, validity, sort, page, size), model);
    }

    @GetMapping("/sites/{organCode}/search")
    String site(@PathVariable String organCode, @RequestParam(required = false) String q,
            @RequestParam(required = false) String catalog, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String validity,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        Organ site = organization.organByCode(organCode)
                .orElseThrow(() -> GongkaiException.notFound("网站 (site)", organCode));
        return page(site, true, new SearchQueries.Params(q, site.getCode(), catalog, type, year, validity, sort, page,
                size), model);
    }

    private String page(Organ site, boolean siteSearch, SearchQueries.Params params, Model model) {
        SearchQueries.Lenient parsed = SearchQueries.lenient(params, organization);
        SearchQuery query = parsed.query();
        SearchResults results = search.search(query);
        if (results.empty() && results.total() > 0 && query.page() > results.pages()) {
            query = new SearchQuery(query.q(), query.organ(), query.catalog(), query.type(), query.year(),
                    query.validity(), query.order(), results.pages(), query.size());
            results = search.search(query);
        }
        String sitePath = PublishedRecords.sitePath(site);
        model.addAttribute("siteOrgan", site);
        model.addAttribute("siteTitle", site.getId() == 1L ? null : site.getName());
        model.addAttribute("siteHome", sitePath.isEmpty() ? "/" : sitePath + "/records");
        model.addAttribute("siteSearch", siteSearch);
        model.addAttribute("action", sitePath + "/search");
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("notices", parsed.notices().stream().map(n -> text(n.messageKey(), n.args())).toList());
        model.addAttribute("rebuilding", maintenance.status().rebuilding());
        model.addAttribute("pinyin", query.hasWords() && query.q().matches("[A-Za-z' ]+"));
        model.addAttribute("organs", siteSearch ? List.of() : organs());
        model.addAttribute("catalogEntries", catalog.entriesFor(site.getId()));
        model.addAttribute("types", RecordType.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("pager", Pager.around(results.page(), results.pages()));
        return "search/search-page";
    }

    private List<Organ> organs() {
        return organization.all().stream()
                .filter(o -> o.getLevel() == OrganLevel.NATIONAL || o.getLevel() == OrganLevel.PROVINCIAL).toList();
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    /** The page numbers shown around the current page. */
    record Pager(List<Integer> pages) {

        static Pager around(int current, int last) {
            int from = Math.max(1, current - 4);
            int to = Math.min(last, from + 8);
            from = Math.max(1, to - 8);
            return new Pager(java.util.stream.IntStream.rangeClosed(from, to).boxed().toList());
        }
    }
}

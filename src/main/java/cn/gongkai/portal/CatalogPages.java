package cn.gongkai.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.PublishedRecords;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The statutory proactive content (法定主动公开内容) of a site: the catalogue tree with the number of
 * records under each entry and what each entry states (content, responsible department, time
 * limit, method — Implementation Measures 七(三)), and one entry's list of records.
 */
@Controller
class CatalogPages {

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;

    CatalogPages(PublishedRecords published, Sites sites, Catalog catalog) {
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
    }

    @GetMapping({ "/catalog", "/sites/{organCode}/catalog" })
    String tree(@PathVariable(required = false) String organCode, HttpServletRequest request, Model model) {
        Site site = sites.resolve(organCode, request.getServerName());
        Map<Long, Long> counts = published.countsByCatalogEntry(site.organ());
        Map<String, List<CatalogEntry>> categories = new LinkedHashMap<>();
        for (CatalogEntry e : catalog.entriesFor(site.organ().getId())) {
            categories.computeIfAbsent(cn.gongkai.catalog.EnglishEntryNames.in(e.getCategory(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()), k -> new ArrayList<>()).add(e);
        }
        model.addAttribute("categories", categories);
        model.addAttribute("counts", counts);
        return "portal/catalog-tree";
    }

    @GetMapping({ "/catalog/{entry}", "/sites/{organCode}/catalog/{entry}" })
    String entry(@PathVariable(required = false) String organCode, @PathVariable String entry,
            @RequestParam(required = false) String type, @RequestParam(required = false) String year,
            @RequestParam(required = false) String validity, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        Site site = sites.resolve(organCode, request.getServerName());
        CatalogEntry e = entry(site, catalog, entry);
        ListParams params = ListParams.parse(site, catalog, e.getCode(), type, year, validity, page);
        RecordPages.listModel(site, params, site.path() + "/catalog/" + e.getCode(), published, catalog, model);
        model.addAttribute("entry", e);
        return "portal/record-list";
    }

    /** The site's catalogue entry with this code; 404 when the site's catalogue has none. */
    static CatalogEntry entry(Site site, Catalog catalog, String code) {
        return catalog.entriesFor(site.organ().getId()).stream().filter(x -> x.getCode().equals(code)).findFirst()
                .orElseThrow(() -> GongkaiException.notFound("目录条目 (catalogue entry)", Sites.shorten(code)));
    }
}

package cn.gongkai.portal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.SiteAddress;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;
import cn.gongkai.regulations.Regulations;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Public record pages and lists: SAT's site at {@code /records}, every other organ's at
 * {@code /sites/{organCode}/records}, filtered by catalogue entry, type, year and validity. A SAT
 * policy shown on a provincial site points search engines to SAT's page
 * ({@code <link rel="canonical">}); a withdrawn record keeps its URL and shows the reason.
 */
@Controller
class RecordPages {

    static final int PAGE_SIZE = 20;

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;
    private final SiteAddress address;
    private final Regulations regulations;
    private final Clock clock;

    RecordPages(PublishedRecords published, Sites sites, Catalog catalog, SiteAddress address, Regulations regulations,
            Clock clock) {
        this.address = address;
        this.regulations = regulations;
        this.clock = clock;
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
    }

    @GetMapping({ "/records", "/sites/{organCode}/records" })
    String list(@PathVariable(required = false) String organCode, @RequestParam(required = false) String catalog,
            @RequestParam(required = false) String type, @RequestParam(required = false) String year,
            @RequestParam(required = false) String validity, @RequestParam(required = false) String page,
            HttpServletRequest request, Model model) {
        Site site = sites.resolve(organCode, request.getServerName());
        ListParams params = ListParams.parse(site, this.catalog, catalog, type, year, validity, page);
        listModel(site, params, site.path() + "/records", published, this.catalog, model);
        return "portal/record-list";
    }

    @GetMapping({ "/records/{id}", "/sites/{organCode}/records/{id}" })
    String record(@PathVariable(required = false) String organCode, @PathVariable String id,
            HttpServletRequest request, Model model) {
        Site site = sites.resolve(organCode, request.getServerName());
        long recordId = id(id);
        PublicRecord record = published.find(recordId).filter(r -> published.shownOn(r, site.organ()))
                .orElseThrow(() -> GongkaiException.notFound("信息 (record)", recordId));
        model.addAttribute("record", record);
        model.addAttribute("canonical",
                address.absolute(record.canonicalPath()));
        model.addAttribute("syndicated", record.organId() != site.organ().getId());
        // a record linked to the regulations library shows the library's status and what repealed it
        model.addAttribute("library", record.withdrawn() ? null
                : regulations.forRecord(recordId, LocalDate.now(clock)).orElse(null));
        return "portal/record-page";
    }

    /** What a list page (all records or one catalogue entry's) shows. */
    static void listModel(Site site, ListParams params, String listPath, PublishedRecords published, Catalog catalog,
            Model model) {
        PublicRecord.Page page = published.list(site.organ(), params.filter(), params.page(), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("params", params);
        model.addAttribute("listPath", listPath);
        model.addAttribute("previousHref", listPath + params.query(page.page() - 1));
        model.addAttribute("nextHref", listPath + params.query(page.page() + 1));
        String filters = params.query(0);
        model.addAttribute("csvHref", site.path() + "/records.csv" + filters);
        model.addAttribute("xlsxHref", site.path() + "/records.xlsx" + filters);
        model.addAttribute("jsonHref", "/api/v1/public/sites/" + site.code() + "/records" + filters);
        model.addAttribute("catalogEntries", catalog.entriesFor(site.organ().getId()));
        model.addAttribute("types", RecordType.values());
        model.addAttribute("validities", Validity.values());
    }

    /** A record id from the path; anything else is a page that does not exist (404), not a bad request. */
    static long id(String text) {
        return GongkaiException.pathId("信息 (record)", text);
    }
}

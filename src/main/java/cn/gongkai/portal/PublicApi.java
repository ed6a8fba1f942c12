package cn.gongkai.portal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

/**
 * The public JSON API of the portal (no login): the sites, each site's record list with the
 * filters of the public pages, and one record (also a withdrawn one, with its withdrawal). The
 * catalogue is at {@code /api/v1/public/catalog/{organCode}}, search at {@code /api/v1/public/search}.
 */
@RestController
class PublicApi {

    static final int MAX_SIZE = 100;

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;

    PublicApi(PublishedRecords published, Sites sites, Catalog catalog) {
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
    }

    /** A site as the API lists it. */
    record SiteView(String code, String name, String level, String path, String atom, String rss, String sitemap,
            String records) {

        static SiteView of(Site s) {
            String code = s.code();
            return new SiteView(code, s.name(), s.organ().getLevel().name(), s.home(), s.path() + "/feed.atom",
                    s.path() + "/feed.rss", s.path() + "/sitemap.xml", "/api/v1/public/sites/" + code + "/records");
        }
    }

    @Operation(summary = "Every organ's public site", description = "Code, name, level, home path, feeds and sitemap.")
    @GetMapping("/api/v1/public/sites")
    List<SiteView> sites() {
        return sites.organization().all().stream().map(o -> SiteView.of(sites.of(o))).toList();
    }

    @Operation(summary = "One organ's public site")
    @GetMapping("/api/v1/public/sites/{organCode}")
    SiteView site(@PathVariable String organCode) {
        return SiteView.of(sites.require(organCode));
    }

    @Operation(summary = "A site's public records, newest first",
            description = "The site's own public records and, on a provincial site, SAT's policies (canonicalPath "
                    + "points to SAT's page). Filters as on the public list pages; 400 names a bad parameter.")
    @GetMapping("/api/v1/public/sites/{organCode}/records")
    PublicRecord.Page records(@PathVariable String organCode,
            @Parameter(description = "catalogue entry code, e.g. 02.02") @RequestParam(required = false) String catalog,
            @Parameter(description = "LAW, ADMINISTRATIVE_REGULATION, RULE, NORMATIVE_DOCUMENT, INTERPRETATION, OTHER")
            @RequestParam(required = false) String type,
            @Parameter(description = "year of publication") @RequestParam(required = false) String year,
            @Parameter(description = "IN_FORCE, NOT_YET_EFFECTIVE, PARTIALLY_INVALID, REPEALED, NOT_APPLICABLE")
            @RequestParam(required = false) String validity,
            @Parameter(description = "1-based page; beyond the last gives the last") @RequestParam(required = false) String page,
            @Parameter(description = "items per page, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
        Site site = sites.require(organCode);
        ListParams params = ListParams.parse(site, this.catalog, catalog, type, year, validity, page);
        return published.list(site.organ(), params.filter(), params.page(), size(size));
    }

    @Operation(summary = "One public record", description = "Metadata, body, attachments, interpretations, change "
            + "notes; a withdrawn record keeps its address and carries its withdrawal (time and reason).")
    @GetMapping("/api/v1/public/records/{id}")
    PublicRecord record(@PathVariable String id) {
        long recordId = RecordPages.id(id);
        return published.find(recordId).orElseThrow(() -> GongkaiException.notFound("信息 (record)", recordId));
    }

    static int size(String size) {
        if (size == null || size.isBlank()) {
            return RecordPages.PAGE_SIZE;
        }
        if (!size.trim().matches("\\d{1,3}") || Integer.parseInt(size.trim()) < 1
                || Integer.parseInt(size.trim()) > MAX_SIZE) {
            throw GongkaiException.invalid("size", "portal.error.size", Sites.shorten(size));
        }
        return Integer.parseInt(size.trim());
    }
}

package cn.gongkai.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;
import cn.gongkai.publishing.RecordType;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A site's home page: the latest records, the latest interpretations (政策解读) and notices, and the
 * newest records of each catalogue column that has any. SAT's at {@code /} (or the organ's whose
 * host name is configured), every other organ's at {@code /sites/{organCode}/}.
 */
@Controller
class HomePages {

    static final int COLUMNS = 6;
    static final int PER_COLUMN = 5;

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;

    HomePages(PublishedRecords published, Sites sites, Catalog catalog) {
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
    }

    /** A catalogue column on the home page with its newest records. */
    record Column(CatalogEntry entry, long count, List<PublicRecord.Summary> items) {
    }

    @GetMapping({ "/", "/sites/{organCode}", "/sites/{organCode}/" })
    String home(@PathVariable(required = false) String organCode, HttpServletRequest request, Model model) {
        Site site = sites.resolve(organCode, request.getServerName());
        model.addAttribute("latest", published.list(site.organ(), 1, 8).items());
        model.addAttribute("interpretations", latest(site, RecordType.INTERPRETATION));
        model.addAttribute("notices", latest(site, RecordType.OTHER));
        model.addAttribute("columns", columns(site));
        return "portal/home-page";
    }

    private List<PublicRecord.Summary> latest(Site site, RecordType type) {
        return published.list(site.organ(), new PublicRecord.Filter(null, type, null, null), 1, PER_COLUMN).items();
    }

    private List<Column> columns(Site site) {
        Map<Long, Long> counts = published.countsByCatalogEntry(site.organ());
        List<Column> columns = new ArrayList<>();
        catalog.entriesFor(site.organ().getId()).stream().filter(e -> counts.getOrDefault(e.getId(), 0L) > 0)
                .sorted(Comparator.comparingInt(CatalogEntry::getSortOrder)).limit(COLUMNS)
                .forEach(e -> columns.add(new Column(e, counts.get(e.getId()), published.list(site.organ(),
                        new PublicRecord.Filter(e.getId(), null, null, null), 1, PER_COLUMN).items())));
        return columns;
    }
}

package cn.gongkai.portal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.platform.SiteAddress;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Any public list as CSV or XLSX (SPEC M4 "CSV/XLSX/JSON downloads for every open dataset"), with
 * the list's filters: {@code /records.csv?catalog=02.02&year=2017}. At most {@value #MAX_ROWS} rows.
 */
@Controller
class Downloads {

    static final int MAX_ROWS = 100_000;
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;
    private final MessageSource messages;
    private final SiteAddress address;

    Downloads(PublishedRecords published, Sites sites, Catalog catalog, MessageSource messages, SiteAddress address) {
        this.address = address;
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping({ "/records.csv", "/sites/{organCode}/records.csv" })
    ResponseEntity<byte[]> csv(@PathVariable(required = false) String organCode,
            @RequestParam(required = false) String catalog, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String validity,
            HttpServletRequest request) {
        Site site = sites.resolve(organCode, request.getServerName());
        ListParams params = ListParams.parse(site, this.catalog, catalog, type, year, validity, null);
        return file(ListExport.csv(header(), rows(site, params)), CSV, site.code() + "-records.csv");
    }

    @GetMapping({ "/records.xlsx", "/sites/{organCode}/records.xlsx" })
    ResponseEntity<byte[]> xlsx(@PathVariable(required = false) String organCode,
            @RequestParam(required = false) String catalog, @RequestParam(required = false) String type,
            @RequestParam(required = false) String year, @RequestParam(required = false) String validity,
            HttpServletRequest request) {
        Site site = sites.resolve(organCode, request.getServerName());
        ListParams params = ListParams.parse(site, this.catalog, catalog, type, year, validity, null);
        return file(ListExport.xlsx(site.code(), header(), rows(site, params)), XLSX, site.code() + "-records.xlsx");
    }

    private List<List<String>> rows(Site site, ListParams params) {
        List<PublicRecord.Summary> items = new ArrayList<>();
        for (int page = 1; items.size() < MAX_ROWS; page++) {
            PublicRecord.Page batch = published.list(site.organ(), params.filter(), page, 1000);
            items.addAll(batch.items());
            if (page >= batch.pages()) {
                break;
            }
        }
        String base = address.baseUrl();
        return ListExport.rows(items, base, this::text);
    }

    private List<String> header() {
        return Arrays.stream(ListExport.KEYS).map(k -> text("portal.export." + k)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }
}

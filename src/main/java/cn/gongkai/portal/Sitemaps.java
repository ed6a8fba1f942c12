package cn.gongkai.portal;

import java.time.ZoneId;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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

/**
 * {@code sitemap.xml} (sitemaps.org 0.9) of each site: its pages, its catalogue entries and its own
 * records. Syndicated SAT policies are left to SAT's sitemap, their canonical site. At most
 * {@value #MAX_RECORDS} records, the newest, as the protocol allows 50,000 URLs per file.
 */
@Controller
class Sitemaps {

    static final int MAX_RECORDS = 45_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int BATCH = 1000;

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;
    private final SiteAddress address;

    Sitemaps(PublishedRecords published, Sites sites, Catalog catalog, SiteAddress address) {
        this.address = address;
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
    }

    @GetMapping({ "/sitemap.xml", "/sites/{organCode}/sitemap.xml" })
    ResponseEntity<String> sitemap(@PathVariable(required = false) String organCode, HttpServletRequest request) {
        Site site = sites.resolve(organCode, request.getServerName());
        String base = address.baseUrl() + site.path();
        String xml = FeedWriter.write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NS);
            for (String page : new String[] { "/", "/openness", "/openness/guide", "/openness/rules",
                    "/openness/annual-reports", "/catalog", "/records" }) {
                url(w, base + page, null);
            }
            for (CatalogEntry e : catalog.entriesFor(site.organ().getId())) {
                url(w, base + "/catalog/" + e.getCode(), null);
            }
            int written = 0;
            for (int page = 1; written < MAX_RECORDS; page++) {
                PublicRecord.Page batch = published.list(site.organ(), PublicRecord.Filter.NONE, page, BATCH);
                for (PublicRecord.Summary r : batch.items()) {
                    if (!r.syndicated()) {
                        url(w, base + "/records/" + r.id(), r.updatedAt().atZone(ZoneId.of("Asia/Shanghai"))
                                .toLocalDate().toString());
                        written++;
                    }
                }
                if (page >= batch.pages()) {
                    break;
                }
            }
            w.writeEndElement();
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(xml);
    }

    private static void url(XMLStreamWriter w, String loc, String lastmod)
            throws XMLStreamException {
        w.writeStartElement("url");
        w.writeStartElement("loc");
        w.writeCharacters(loc);
        w.writeEndElement();
        if (lastmod != null) {
            w.writeStartElement("lastmod");
            w.writeCharacters(lastmod);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
}

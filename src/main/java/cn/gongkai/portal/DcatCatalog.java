package cn.gongkai.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import cn.gongkai.platform.SiteAddress;

/**
 * The open-data catalogue (SPEC M4 "a DCAT catalogue") as DCAT-AP JSON-LD: every organ's list of
 * public records is a {@code dcat:Dataset} whose {@code dcat:Distribution}s are the CSV, XLSX,
 * JSON and Atom forms of that list.
 */
@RestController
class DcatCatalog {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";

    private final Sites sites;
    private final SiteAddress address;

    DcatCatalog(Sites sites, SiteAddress address) {
        this.address = address;
        this.sites = sites;
    }

    @Operation(summary = "DCAT-AP catalogue of the open datasets (JSON-LD)",
            description = "One dcat:Dataset per organ site (its public record list) with CSV, XLSX, JSON and Atom "
                    + "distributions. Also at /catalog.jsonld.")
    @GetMapping({ "/api/v1/public/dcat", "/catalog.jsonld" })
    ResponseEntity<Map<String, Object>> catalog() {
        String base = address.baseUrl();
        Site sat = sites.sat();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@context", Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct", "http://purl.org/dc/terms/", "foaf",
                "http://xmlns.com/foaf/0.1/"));
        c.put("@id", base + "/api/v1/public/dcat");
        c.put("@type", "dcat:Catalog");
        c.put("dct:title", sat.name() + "政府信息公开开放数据目录");
        c.put("dct:description", "各级税务机关主动公开的政府信息列表，提供 CSV、XLSX、JSON 和 Atom 格式。");
        c.put("dct:publisher", publisher(sat));
        c.put("dct:language", Map.of("@id", "http://publications.europa.eu/resource/authority/language/ZHO"));
        c.put("foaf:homepage", Map.of("@id", base + "/"));
        c.put("dcat:dataset", sites.organization().all().stream().map(o -> dataset(base, sites.of(o))).toList());
        return ResponseEntity.ok().contentType(JSON_LD).body(c);
    }

    private static Map<String, Object> dataset(String base, Site site) {
        String list = base + site.path() + "/records";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", list);
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", site.code() + "-records");
        d.put("dct:title", site.name() + "主动公开政府信息");
        d.put("dct:description", site.name() + "依法主动公开的政府信息目录（索引号、文号、发布机构、成文日期、发布日期、有效性及网址）。");
        d.put("dct:publisher", publisher(site));
        d.put("dcat:keyword", List.of("政府信息公开", "税务", site.name()));
        d.put("dcat:landingPage", Map.of("@id", list));
        d.put("dcat:distribution", List.of(
                distribution(list + ".csv", "CSV", "text/csv"),
                distribution(list + ".xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                distribution(base + "/api/v1/public/sites/" + site.code() + "/records", "JSON", "application/json"),
                distribution(base + site.path() + "/feed.atom", "ATOM", "application/atom+xml")));
        return d;
    }

    private static Map<String, Object> distribution(String url, String format, String mediaType) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", url);
        d.put("@type", "dcat:Distribution");
        d.put("dct:title", format);
        d.put("dcat:accessURL", Map.of("@id", url));
        d.put("dcat:downloadURL", Map.of("@id", url));
        d.put("dcat:mediaType", Map.of("@id", IANA + mediaType));
        d.put("dct:format", Map.of("@id", EU_FILE_TYPE + format));
        return d;
    }

    private static Map<String, Object> publisher(Site site) {
        return Map.of("@type", "foaf:Organization", "foaf:name", site.name());
    }
}

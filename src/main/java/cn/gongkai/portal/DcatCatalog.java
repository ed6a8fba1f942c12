package cn.gongkai.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.organization.Organ;
import cn.gongkai.platform.SiteIdentity;
import cn.gongkai.publishing.PublishedRecords;
import cn.gongkai.registers.RegisterDatasets;
import io.swagger.v3.oas.annotations.Operation;

import cn.gongkai.platform.SiteAddress;

/**
 * The open-data catalogue (SPEC M4 "a DCAT catalogue") as DCAT-AP 3.0.0 JSON-LD: every organ's list
 * of public records is a {@code dcat:Dataset} whose {@code dcat:Distribution}s are the CSV, XLSX,
 * JSON and Atom forms of that list. Themes come from two SKOS schemes: the EU data themes and the
 * disclosure catalogue (法定主动公开内容) whose entries the list is filed under. Every node a
 * DCAT-AP shape expects to have a class carries it explicitly (harvesters and SHACL validators do
 * no RDFS inference); plain strings are Chinese ({@code @language: zh-CN} in the context), English
 * text is added under {@code *En} terms where it exists (the catalogue, SAT, the themes). Each
 * disclosure register (SPEC M7) is a dataset too, with its update frequency, the day of its last
 * change, its full CSV/XLSX/JSON downloads and its data dictionary ({@code foaf:page} for the page,
 * {@code dct:conformsTo} for the machine-readable dictionary the files follow).
 */
@RestController
class DcatCatalog {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json;charset=UTF-8");
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String EU_DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme";
    private static final String CHINESE = "http://publications.europa.eu/resource/authority/language/ZHO";
    /** EU data themes of every list: public-sector information of a tax administration. */
    private static final List<String> DATA_THEMES = List.of("GOVE", "ECON");
    private static final String EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    private final Sites sites;
    private final SiteAddress address;
    private final Catalog catalog;
    private final PublishedRecords published;
    private final SiteIdentity identity;
    private final DcatSettings settings;
    private final MessageSource messages;
    private final RegisterDatasets registers;

    DcatCatalog(Sites sites, SiteAddress address, Catalog catalog, PublishedRecords published, SiteIdentity identity,
            DcatSettings settings, MessageSource messages, RegisterDatasets registers) {
        this.registers = registers;
        this.address = address;
        this.sites = sites;
        this.catalog = catalog;
        this.published = published;
        this.identity = identity;
        this.settings = settings;
        this.messages = messages;
    }

    @Operation(summary = "DCAT-AP catalogue of the open datasets (JSON-LD)",
            description = "DCAT-AP 3.0.0: one dcat:Dataset per organ site (its public record list) with CSV, XLSX, "
                    + "JSON and Atom distributions, licence, dates, contact point, publisher and themes. "
                    + "Also at /catalog.jsonld.")
    @GetMapping({ "/api/v1/public/dcat", "/catalog.jsonld" })
    ResponseEntity<Map<String, Object>> catalog() {
        String base = address.baseUrl();
        Site sat = sites.sat();
        Map<String, Object> entryScheme = scheme(base + "/catalog", "portal.dcat.scheme.catalogue");
        List<Object> entryConcepts = new ArrayList<>();
        entryScheme.put("skos:hasTopConcept", entryConcepts);
        Map<String, Object> dataThemeScheme = scheme(EU_DATA_THEME, "portal.dcat.scheme.dataTheme");
        dataThemeScheme.put("skos:hasTopConcept", DATA_THEMES.stream().map(t -> concept(EU_DATA_THEME + "/" + t,
                EU_DATA_THEME, zh("portal.dcat.theme." + t), en("portal.dcat.theme." + t), t)).toList());

        List<Object> datasets = new ArrayList<>();
        Instant issued = null;
        Instant modified = null;
        Map<String, Boolean> seenEntries = new LinkedHashMap<>();
        for (Organ organ : sites.organization().all()) {
            Site site = sites.of(organ);
            List<String> themes = new ArrayList<>(DATA_THEMES.stream().map(t -> EU_DATA_THEME + "/" + t).toList());
            for (CatalogEntry entry : catalog.entriesFor(organ.getId())) {
                String iri = base + entrySitePath(entry) + "/catalog/" + entry.getCode();
                themes.add(iri);
                if (seenEntries.put(iri, true) == null) {
                    entryConcepts.add(concept(iri, base + "/catalog", entry.getName(), null, entry.getCode()));
                }
            }
            Optional<PublishedRecords.ListDates> dates = published.listDates(organ);
            if (dates.isPresent()) {
                issued = issued == null || dates.get().issued().isBefore(issued) ? dates.get().issued() : issued;
                modified = modified == null || dates.get().modified().isAfter(modified) ? dates.get().modified()
                        : modified;
            }
            datasets.add(dataset(base, site, themes, dates));
        }
        for (RegisterDatasets.Dataset register : registers.datasets()) {
            datasets.add(registerDataset(base, sat, register));
        }

        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@context", DcatContext.CONTEXT);
        c.put("@id", base + "/api/v1/public/dcat");
        c.put("@type", "dcat:Catalog");
        c.put("dct:title", zh("portal.dcat.catalog.title", sat.name()));
        c.put("titleEn", en("portal.dcat.catalog.title", identity.nameEn()));
        c.put("dct:description", zh("portal.dcat.catalog.description"));
        c.put("descriptionEn", en("portal.dcat.catalog.description"));
        c.put("dct:publisher", publisher(base, sat));
        c.put("dct:language", DcatContext.node("@id", CHINESE, "@type", "dct:LinguisticSystem"));
        c.put("dct:license", licence());
        putDates(c, issued, modified);
        c.put("foaf:homepage", document(base + "/"));
        c.put("dcat:themeTaxonomy", List.of(entryScheme, dataThemeScheme));
        c.put("dcat:dataset", datasets);
        return ResponseEntity.ok().contentType(JSON_LD).body(c);
    }

    private Map<String, Object> dataset(String base, Site site, List<String> themes,
            Optional<PublishedRecords.ListDates> dates) {
        String list = base + site.path() + "/records";
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", list);
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", site.code() + "-records");
        d.put("dct:title", zh("portal.dcat.dataset.title", site.name()));
        d.put("dct:description", zh("portal.dcat.dataset.description", site.name()));
        if (site.sat()) {
            d.put("titleEn", en("portal.dcat.dataset.title", identity.nameEn()));
            d.put("descriptionEn", en("portal.dcat.dataset.description", identity.nameEn()));
        }
        d.put("dct:publisher", publisher(base, site));
        d.put("dcat:contactPoint", contact(base, site));
        d.put("dcat:keyword", List.of(zh("portal.dcat.keyword.openness"), zh("portal.dcat.keyword.tax"), site.name()));
        d.put("keywordEn", List.of(en("portal.dcat.keyword.openness"), en("portal.dcat.keyword.tax")));
        d.put("dcat:theme", themes.stream().map(t -> DcatContext.node("@id", t)).toList());
        d.put("dct:language", DcatContext.node("@id", CHINESE, "@type", "dct:LinguisticSystem"));
        d.put("dct:license", licence());
        dates.ifPresent(x -> putDates(d, x.issued(), x.modified()));
        d.put("dcat:landingPage", document(list));
        d.put("dcat:distribution", List.of(
                distribution(list + ".csv", "CSV", "text/csv"),
                distribution(list + ".xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                distribution(base + "/api/v1/public/sites/" + site.code() + "/records", "JSON", "application/json"),
                distribution(base + site.path() + "/feed.atom", "ATOM", "application/atom+xml")));
        return d;
    }

    /** A disclosure register as a dataset: published by SAT's site, its rows belonging to the organs that entered them. */
    private Map<String, Object> registerDataset(String base, Site sat, RegisterDatasets.Dataset r) {
        String landing = base + r.landingPath();
        String dictionary = base + r.dictionaryPath();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", landing);
        d.put("@type", "dcat:Dataset");
        d.put("dct:identifier", "registers-" + r.code());
        d.put("dct:title", r.title());
        d.put("titleEn", r.titleEn());
        d.put("dct:description", r.description() == null ? r.title() : r.description());
        if (r.descriptionEn() != null) {
            d.put("descriptionEn", r.descriptionEn());
        }
        d.put("dct:publisher", publisher(base, sat));
        d.put("dcat:contactPoint", contact(base, sat));
        d.put("dcat:keyword", List.of(zh("registers.opendata.dcat.keyword.registers"), zh("portal.dcat.keyword.openness"),
                r.title()));
        d.put("keywordEn", List.of(en("registers.opendata.dcat.keyword.registers"), en("portal.dcat.keyword.openness")));
        d.put("dcat:theme", DATA_THEMES.stream().map(t -> DcatContext.node("@id", EU_DATA_THEME + "/" + t)).toList());
        d.put("dct:language", DcatContext.node("@id", CHINESE, "@type", "dct:LinguisticSystem"));
        d.put("dct:license", licence());
        if (r.frequency() != null) {
            d.put("dct:accrualPeriodicity", DcatContext.node("@id", EU_FREQUENCY + r.frequency(), "@type", "dct:Frequency"));
        }
        if (r.modified() != null) {
            // a day, not an instant: an explicit xsd:date value overrides the context's xsd:dateTime
            d.put("dct:modified", DcatContext.node("@value", r.modified().toString(), "@type", "xsd:date"));
        }
        d.put("dcat:landingPage", document(landing));
        d.put("foaf:page", document(dictionary));
        Map<String, Object> schema = dictionarySchema(dictionary, r);
        d.put("dct:conformsTo", schema);
        List<Object> distributions = new ArrayList<>();
        for (RegisterDatasets.Distribution x : r.distributions()) {
            Map<String, Object> dist = distribution(base + x.path(), x.format(), x.mediaType());
            dist.put("dct:conformsTo", DcatContext.node("@id", dictionary + ".json"));
            distributions.add(dist);
        }
        d.put("dcat:distribution", distributions);
        return d;
    }

    /** The machine-readable data dictionary every distribution of the register follows. */
    private Map<String, Object> dictionarySchema(String dictionary, RegisterDatasets.Dataset r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("@id", dictionary + ".json");
        s.put("@type", "dct:Standard");
        s.put("dct:title", zh("registers.opendata.dcat.dictionary", r.title()));
        s.put("titleEn", en("registers.opendata.dcat.dictionary", r.titleEn()));
        return s;
    }

    private Map<String, Object> distribution(String url, String format, String mediaType) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@id", url);
        d.put("@type", "dcat:Distribution");
        d.put("dct:title", format);
        d.put("dcat:accessURL", DcatContext.node("@id", url, "@type", "rdfs:Resource"));
        d.put("dcat:downloadURL", DcatContext.node("@id", url, "@type", "rdfs:Resource"));
        d.put("dcat:mediaType", DcatContext.node("@id", IANA + mediaType, "@type", "dct:MediaType"));
        d.put("dct:format", DcatContext.node("@id", EU_FILE_TYPE + format, "@type", "dct:MediaTypeOrExtent"));
        d.put("dct:license", licence());
        return d;
    }

    /** The organ as an agent with its own IRI, so that every dataset of one organ names the same publisher. */
    private static Map<String, Object> publisher(String base, Site site) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@id", base + site.home() + "#organ");
        p.put("@type", List.of("foaf:Agent", "foaf:Organization"));
        p.put("foaf:name", site.name());
        p.put("foaf:homepage", document(base + site.home()));
        return p;
    }

    /** Where the public asks about the list: the site's contact and its openness guide (Regulations art. 23). */
    private static Map<String, Object> contact(String base, Site site) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("@type", List.of("vcard:Kind", "vcard:Organization"));
        k.put("vcard:fn", site.contact());
        k.put("vcard:hasURL", DcatContext.node("@id", base + site.path() + "/openness/guide"));
        return k;
    }

    private Map<String, Object> scheme(String iri, String titleKey) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("@id", iri);
        s.put("@type", "skos:ConceptScheme");
        s.put("dct:title", zh(titleKey));
        s.put("titleEn", en(titleKey));
        return s;
    }

    private static Map<String, Object> concept(String iri, String scheme, String label, String labelEn,
            String notation) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("@id", iri);
        c.put("@type", "skos:Concept");
        c.put("skos:prefLabel", label);
        if (labelEn != null) {
            c.put("prefLabelEn", labelEn);
        }
        c.put("skos:notation", notation);
        c.put("skos:inScheme", DcatContext.node("@id", scheme));
        return c;
    }

    private Map<String, Object> licence() {
        return DcatContext.node("@id", settings.licence().toString(), "@type", "dct:LicenseDocument");
    }

    private static Map<String, Object> document(String iri) {
        return DcatContext.node("@id", iri, "@type", "foaf:Document");
    }

    private static void putDates(Map<String, Object> node, Instant issued, Instant modified) {
        if (issued != null) {
            node.put("dct:issued", issued.toString());
            node.put("dct:modified", modified.toString());
        }
    }

    /** Base entries belong to SAT's catalogue; an organ's own entries to its site. */
    private String entrySitePath(CatalogEntry entry) {
        return entry.isBase() ? "" : sites.organization().organ(entry.getOrganId()).map(PublishedRecords::sitePath)
                .orElse("");
    }

    private String zh(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}

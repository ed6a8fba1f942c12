package cn.gongkai.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD context of the DCAT catalogue. Plain strings are Simplified Chinese text
 * ({@code @language: zh-CN}); identifiers and notations are not text (typed {@code xsd:string}, no language);
 * dates are typed {@code xsd:dateTime}; English text goes under the {@code *En} terms, so that
 * adding a language never changes the shape of an existing field.
 */
final class DcatContext {

    static final Map<String, Object> CONTEXT = build();

    private DcatContext() {
    }

    private static Map<String, Object> build() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("dcat", "http://www.w3.org/ns/dcat#");
        c.put("dct", "http://purl.org/dc/terms/");
        c.put("foaf", "http://xmlns.com/foaf/0.1/");
        c.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        c.put("skos", "http://www.w3.org/2004/02/skos/core#");
        c.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        c.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        c.put("@language", "zh-CN");
        c.put("dct:identifier", Map.of("@id", "http://purl.org/dc/terms/identifier", "@type", "xsd:string"));
        c.put("skos:notation", Map.of("@id", "http://www.w3.org/2004/02/skos/core#notation", "@type",
                "xsd:string"));
        c.put("dct:issued", Map.of("@id", "http://purl.org/dc/terms/issued", "@type", "xsd:dateTime"));
        c.put("dct:modified", Map.of("@id", "http://purl.org/dc/terms/modified", "@type", "xsd:dateTime"));
        c.put("titleEn", Map.of("@id", "http://purl.org/dc/terms/title", "@language", "en"));
        c.put("descriptionEn", Map.of("@id", "http://purl.org/dc/terms/description", "@language", "en"));
        c.put("keywordEn", Map.of("@id", "http://www.w3.org/ns/dcat#keyword", "@language", "en"));
        c.put("prefLabelEn", Map.of("@id", "http://www.w3.org/2004/02/skos/core#prefLabel", "@language", "en"));
        return Collections.unmodifiableMap(c);
    }
}

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

    /**
     * A JSON object with its keys in the order given: every node keeps one serialization, so the
     * ETag of the catalogue is the same on every node ({@code Map.of} iterates in a per-JVM order).
     */
    static Map<String, Object> node(String... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
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
        c.put("dct:identifier", node("@id", "http://purl.org/dc/terms/identifier", "@type", "xsd:string"));
        c.put("skos:notation", node("@id", "http://www.w3.org/2004/02/skos/core#notation", "@type",
                "xsd:string"));
        c.put("dct:issued", node("@id", "http://purl.org/dc/terms/issued", "@type", "xsd:dateTime"));
        c.put("dct:modified", node("@id", "http://purl.org/dc/terms/modified", "@type", "xsd:dateTime"));
        c.put("titleEn", node("@id", "http://purl.org/dc/terms/title", "@language", "en"));
        c.put("descriptionEn", node("@id", "http://purl.org/dc/terms/description", "@language", "en"));
        c.put("keywordEn", node("@id", "http://www.w3.org/ns/dcat#keyword", "@language", "en"));
        c.put("prefLabelEn", node("@id", "http://www.w3.org/2004/02/skos/core#prefLabel", "@language", "en"));
        return Collections.unmodifiableMap(c);
    }
}

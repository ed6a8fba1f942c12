package cn.gongkai.registers.flowcharts;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The licensing service guide (行政许可服务指南, 二(二)) of one row of {@code licensing}: its public
 * values in the order a guide is read — basis, conditions, quantity, procedure (a flow chart),
 * time limit, materials, sample application, fee, organ, place, phone — each as the kind of text it
 * is. Used by the fragment {@code registers/guide :: guide(row)} as {@code @serviceGuides.of(row)}.
 */
@Component("serviceGuides")
public class ServiceGuides {

    /** The guide's parts in reading order (field codes of the licensing register) and how each reads. */
    static final List<Part> PARTS = List.of(new Part("basis", Kind.PARAGRAPHS), new Part("conditions", Kind.PARAGRAPHS),
            new Part("quantity", Kind.TEXT), new Part("procedure", Kind.CHART), new Part("timeLimit", Kind.TEXT),
            new Part("materials", Kind.LIST), new Part("sampleUrl", Kind.LINK), new Part("fee", Kind.TEXT),
            new Part("organ", Kind.TEXT), new Part("place", Kind.TEXT), new Part("phone", Kind.TEXT));

    public enum Kind {
        TEXT, PARAGRAPHS, LIST, LINK, CHART
    }

    record Part(String code, Kind kind) {
    }

    /**
     * One part with a value: {@code text} for TEXT and LINK (the address), {@code items} the
     * paragraphs or list items, {@code steps} the STEPS JSON for CHART.
     */
    public record Entry(String code, Kind kind, String text, List<String> items) {
    }

    /** @param name the item's name (事项名称), {@code itemCode} its code; {@code entries} the parts that have a value */
    public record ServiceGuide(String name, String itemCode, List<Entry> entries) {
    }

    /**
     * The guide of a row from its public values by field code (what the public may hold: never the
     * entered values). A value that is not a map gives an empty guide.
     */
    public ServiceGuide of(Object publicValues) {
        Map<?, ?> values = publicValues instanceof Map<?, ?> m ? m : Map.of();
        List<Entry> entries = new ArrayList<>();
        for (Part part : PARTS) {
            String v = value(values, part.code());
            if (v == null) {
                continue;
            }
            switch (part.kind()) {
                case PARAGRAPHS -> entries.add(new Entry(part.code(), part.kind(), v, paragraphs(v)));
                case LIST -> {
                    List<String> items = items(v);
                    if (!items.isEmpty()) {
                        entries.add(new Entry(part.code(), part.kind(), v, items));
                    }
                }
                case LINK -> entries.add(new Entry(part.code(), web(v) ? Kind.LINK : Kind.TEXT, v, List.of()));
                default -> entries.add(new Entry(part.code(), part.kind(), v, List.of()));
            }
        }
        return new ServiceGuide(value(values, "name"), value(values, "itemCode"), entries);
    }

    private static String value(Map<?, ?> values, String code) {
        Object v = values.get(code);
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A LIST value: a JSON array of strings as normalized, else one item per line. */
    static List<String> items(String value) {
        if (value.startsWith("[")) {
            try {
                JsonNode array = JsonMapper.shared().readTree(value);
                if (array.isArray()) {
                    List<String> out = new ArrayList<>();
                    array.forEach(n -> {
                        String s = n.isValueNode() ? n.asString() : n.toString();
                        if (!s.isBlank()) {
                            out.add(s.strip());
                        }
                    });
                    return out;
                }
            }
            catch (JacksonException e) {
                // not JSON after all: read it as lines
            }
        }
        return paragraphs(value);
    }

    /** Only http(s) addresses become links (a javascript: or data: value stays text). */
    static boolean web(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() != null && uri.getScheme().matches("(?i)https?") && uri.getHost() != null;
        }
        catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package cn.gongkai.registers.types;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reading the normalized JSON of LIST and STEPS values (what rows, pages and downloads render). */
public final class FieldValues {

    static final JsonMapper JSON = JsonMapper.shared();

    private FieldValues() {
    }

    /** A LIST value's items. */
    public static List<String> list(String json) {
        return json == null || json.isBlank() ? List.of() : Arrays.asList(JSON.readValue(json, String[].class));
    }

    /** A STEPS value's steps ({@code next} always present, possibly empty). */
    public static List<FlowStep> steps(String json) {
        return json == null || json.isBlank() ? List.of() : Arrays.asList(JSON.readValue(json, FlowStep[].class));
    }

    /** A JSON array of texts, or one item per line; blank items dropped. */
    static List<String> parseList(String v) {
        String t = v.trim();
        List<String> items = new ArrayList<>();
        if (t.startsWith("[")) {
            Object parsed;
            try {
                parsed = JSON.readValue(t, Object.class);
            }
            catch (JacksonException e) {
                throw new IllegalArgumentException("not JSON");
            }
            if (!(parsed instanceof List<?> list)) {
                throw new IllegalArgumentException("not an array");
            }
            for (Object o : list) {
                if (!(o instanceof String s)) {
                    throw new IllegalArgumentException("not a text");
                }
                items.add(s.trim());
            }
        }
        else {
            items.addAll(t.lines().map(String::trim).toList());
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    static String listJson(List<String> items) {
        return JSON.writeValueAsString(items);
    }
}

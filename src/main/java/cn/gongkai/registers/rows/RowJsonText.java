package cn.gongkai.registers.rows;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Row values as the JSON text columns hold them: an object of strings, in field order. */
final class RowJsonText {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private RowJsonText() {
    }

    static String write(Map<String, String> values) {
        return JsonMapper.shared().writeValueAsString(values);
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return JsonMapper.shared().readValue(json, MAP);
    }
}

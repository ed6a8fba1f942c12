package cn.gongkai.registers.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;

import cn.gongkai.platform.TextLength;

/**
 * Checks a STEPS value (运行流程): a JSON array of steps {@code {name, unit?, requirements?,
 * timeLimit?, next?}} with no other keys, a name for each, {@code next} indexes of other steps.
 * Normalized to the same array with every key present, in that order.
 */
final class FlowSteps {

    private static final Set<String> KEYS = Set.of("name", "unit", "requirements", "timeLimit", "next");
    static final int MAX_STEPS = 50;

    private FlowSteps() {
    }

    static ValueCheck.Result check(String v) {
        Object parsed;
        try {
            parsed = FieldValues.JSON.readValue(v.trim(), Object.class);
        }
        catch (JacksonException e) {
            return ValueCheck.Result.broken("STEPS_FORMAT", "");
        }
        if (!(parsed instanceof List<?> list) || list.size() > MAX_STEPS) {
            return ValueCheck.Result.broken("STEPS_FORMAT", "");
        }
        if (list.isEmpty()) {
            return ValueCheck.Result.ok(null);
        }
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = String.valueOf(i + 1);
            if (!(list.get(i) instanceof Map<?, ?> m) || !KEYS.containsAll(m.keySet().stream().map(String::valueOf).toList())) {
                return ValueCheck.Result.broken("STEP_INVALID", at);
            }
            Map<String, Object> step = new LinkedHashMap<>();
            String name = text(m.get("name"), 200);
            if (name == null || name.isEmpty()) {
                return ValueCheck.Result.broken("STEP_INVALID", at);
            }
            step.put("name", name);
            for (String key : List.of("unit", "requirements", "timeLimit")) {
                Object value = m.get(key);
                String t = text(value, 1000);
                if (value != null && t == null) {
                    return ValueCheck.Result.broken("STEP_INVALID", at);
                }
                step.put(key, t == null || t.isEmpty() ? null : t);
            }
            List<Integer> next = new ArrayList<>();
            Object n = m.get("next");
            if (n != null) {
                if (!(n instanceof List<?> indexes)) {
                    return ValueCheck.Result.broken("STEP_INVALID", at);
                }
                for (Object index : indexes) {
                    if (!(index instanceof Integer x) || x < 0 || x >= list.size() || x == i || next.contains(x)) {
                        return ValueCheck.Result.broken("STEP_NEXT", at);
                    }
                    next.add(x);
                }
            }
            step.put("next", next);
            steps.add(step);
        }
        return ValueCheck.Result.ok(FieldValues.JSON.writeValueAsString(steps));
    }

    /** The trimmed text, or null when it is not a text or longer than {@code max}. */
    private static String text(Object value, int max) {
        if (!(value instanceof String s) || TextLength.of(s.trim()) > max) {
            return null;
        }
        return s.trim();
    }
}

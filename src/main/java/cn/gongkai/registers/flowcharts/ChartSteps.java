package cn.gongkai.registers.flowcharts;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.registers.types.FlowStep;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the steps of a STEPS value (a JSON array of {@code {name, unit, requirements, timeLimit,
 * next}} as the field checks normalize it). Lenient in what it draws: unreadable JSON or a value
 * that is not an array gives no steps, a step without a name keeps its place.
 */
public final class ChartSteps {

    private ChartSteps() {
    }

    public static List<FlowStep> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(json);
        }
        catch (JacksonException e) {
            return List.of();
        }
        if (root == null || !root.isArray()) {
            return List.of();
        }
        List<FlowStep> steps = new ArrayList<>();
        for (JsonNode s : root) {
            if (!s.isObject()) {
                continue;
            }
            List<Integer> next = new ArrayList<>();
            JsonNode n = s.get("next");
            if (n != null && n.isArray()) {
                n.forEach(i -> {
                    if (i.isIntegralNumber()) {
                        next.add(i.asInt());
                    }
                });
            }
            steps.add(new FlowStep(text(s, "name"), text(s, "unit"), text(s, "requirements"), text(s, "timeLimit"),
                    List.copyOf(next)));
        }
        return steps;
    }

    /** A list that holds FlowSteps (a template's model value), else none. */
    static List<FlowStep> of(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(FlowStep.class::isInstance).map(FlowStep.class::cast).toList();
        }
        return List.of();
    }

    private static String text(JsonNode step, String field) {
        JsonNode v = step.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString();
    }
}

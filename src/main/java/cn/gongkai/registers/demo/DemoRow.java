package cn.gongkai.registers.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One demo row as staff would enter it: the register, the organ it belongs to (code), the raw
 * values by field code, whether it is published at once, and optionally a later correction (with
 * its public reason) or retraction, so that the row pages show a history.
 */
record DemoRow(String register, String organ, Map<String, String> values, boolean publish, String correctionReason,
        Map<String, String> corrected, String retractionReason) {

    static DemoRow published(String register, String organ, Map<String, String> values) {
        return new DemoRow(register, organ, values, true, null, null, null);
    }

    static DemoRow draft(String register, String organ, Map<String, String> values) {
        return new DemoRow(register, organ, values, false, null, null, null);
    }

    /** The same row, corrected afterwards: {@code changes} replace the named values. */
    DemoRow correctedBy(String reason, Map<String, String> changes) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.putAll(changes);
        return new DemoRow(register, organ, values, publish, reason, all, retractionReason);
    }

    DemoRow retractedBecause(String reason) {
        return new DemoRow(register, organ, values, publish, correctionReason, corrected, reason);
    }

    /** Values in the given order, as field code, value, field code, value …; null values are left out. */
    static Map<String, String> values(String... codesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            if (codesAndValues[i + 1] != null) {
                map.put(codesAndValues[i], codesAndValues[i + 1]);
            }
        }
        return map;
    }
}

package cn.gongkai.registers.types;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldDef.EnumValue;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.RegisterType;

/**
 * Reads one register type file ({@code registers/types/{code}.yml}, 公开事项类型定义) and refuses
 * anything it does not understand: unknown keys, an unknown type, mask or page, an ENUM without
 * values, a duty, visibility or sort naming a missing or non-DATE field, a rule the rulebook does
 * not know. Every refusal names the file and the key, so a broken file stops the start.
 */
final class RegisterTypeFile {

    static final Set<String> PAGES = Set.of("TABLE", "POWERS", "GUIDE", "INSPECTIONS");
    static final Set<String> FREQUENCIES = Set.of("ANNUAL", "ANNUAL_2", "ANNUAL_3", "BIENNIAL", "QUARTERLY",
            "MONTHLY", "WEEKLY", "DAILY", "CONT", "IRREG", "UPDATE_CONT", "UNKNOWN");
    private static final Set<String> ROOT_KEYS = Set.of("code", "order", "title", "source", "description", "page",
            "frequency", "sort", "duty", "visibility", "fields");
    private static final Set<String> FIELD_KEYS = Set.of("code", "label", "en", "type", "required", "public",
            "mask", "mask-when", "values", "max-length", "query", "listed");
    private static final Set<String> TEXT_KEYS = Set.of("zh-CN", "en");
    private static final Set<String> VALUE_KEYS = Set.of("code", "label", "en");
    private static final Set<String> DUTY_KEYS = Set.of("rule", "field");
    private static final Set<String> VISIBILITY_KEYS = Set.of("until-field", "rule", "from-field");
    private static final Set<String> QUERIES = Set.of("CREDIT", "NAME");

    /** A parsed type and its position in the registers list. */
    record Loaded(RegisterType type, int order) {
    }

    private final String file;
    private final Predicate<String> knownRule;

    /** @param file the file's name ({@code code.yml}); @param knownRule whether the rulebook defines a rule id */
    RegisterTypeFile(String file, Predicate<String> knownRule) {
        this.file = file;
        this.knownRule = knownRule;
    }

    Loaded read(InputStream in) {
        Object document;
        try (in) {
            document = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw fail(null, "cannot be read (" + e.getMessage() + ")");
        }
        catch (YAMLException e) {
            throw fail(null, "is not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return parse(document);
    }

    Loaded parse(Object document) {
        Map<?, ?> root = map(document, "the file");
        keys(root, ROOT_KEYS, "the file");
        String code = text(root, "code", true);
        if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw fail("code", "'" + code + "' is not a register code (a-z, 0-9, '-', at most 40)");
        }
        if (!file.equals(code + ".yml")) {
            throw fail("code", "'" + code + "' does not match the file name");
        }
        int order = integer(root.get("order"), "order");
        String[] title = localized(root.get("title"), "title", true);
        String[] source = localized(root.get("source"), "source", true);
        String[] description = localized(root.get("description"), "description", false);
        String page = text(root, "page", true);
        if (!PAGES.contains(page)) {
            throw fail("page", "'" + page + "' is not one of " + PAGES);
        }
        String frequency = text(root, "frequency", true);
        if (!FREQUENCIES.contains(frequency)) {
            throw fail("frequency", "'" + frequency + "' is not an EU frequency code " + FREQUENCIES);
        }
        List<FieldDef> fields = fields(root.get("fields"));
        String sort = text(root, "sort", false);
        if (sort != null) {
            dateField(fields, sort, "sort");
        }
        RegisterType.Duty duty = duty(root.get("duty"), fields);
        RegisterType.Visibility visibility = visibility(root.get("visibility"), fields);
        return new Loaded(new RegisterType(code, title[0], title[1], source[0], source[1], description[0],
                description[1], page, fields, duty, visibility, frequency, sort), order);
    }

    private List<FieldDef> fields(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw fail("fields", "missing or empty list");
        }
        List<FieldDef> fields = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "fields[" + i + "]";
            Map<?, ?> f = map(list.get(i), where);
            keys(f, FIELD_KEYS, where);
            String code = text(f, "code", true, where);
            where = "fields." + code;
            if (!code.matches("[a-z][A-Za-z0-9]{0,59}") || !codes.add(code)) {
                throw fail(where, "the field code must be unique and camelCase");
            }
            String label = text(f, "label", true, where);
            if (!labels.add(label)) {
                throw fail(where + ".label", "'" + label + "' is used by another field (import headers must be unique)");
            }
            String labelEn = text(f, "en", true, where);
            FieldType type = constant(FieldType.class, text(f, "type", true, where), where + ".type");
            String maskText = text(f, "mask", false, where);
            MaskRule mask = maskText == null ? MaskRule.NONE : constant(MaskRule.class, maskText, where + ".mask");
            if (!MaskSettings.allowed(type).contains(mask)) {
                throw fail(where + ".mask", mask + " cannot mask a " + type + " (allowed: " + MaskSettings.allowed(type) + ")");
            }
            String query = text(f, "query", false, where);
            if (query != null && !QUERIES.contains(query)) {
                throw fail(where + ".query", "'" + query + "' is not one of " + QUERIES);
            }
            if ("CREDIT".equals(query) && type != FieldType.CREDIT_CODE && type != FieldType.TAXPAYER_ID) {
                throw fail(where + ".query", "CREDIT needs a CREDIT_CODE or TAXPAYER_ID field");
            }
            List<EnumValue> values = values(f.get("values"), where);
            if ((type == FieldType.ENUM) != !values.isEmpty()) {
                throw fail(where + ".values", type == FieldType.ENUM ? "an ENUM needs values" : "only an ENUM has values");
            }
            int maxLength = f.get("max-length") == null ? 0 : integer(f.get("max-length"), where + ".max-length");
            fields.add(new FieldDef(code, label, labelEn, type, bool(f, "required", false, where),
                    bool(f, "public", true, where), mask, text(f, "mask-when", false, where), values, maxLength, query,
                    bool(f, "listed", false, where)));
        }
        for (FieldDef f : fields) {
            if (f.maskWhen() != null) {
                checkCondition(fields, f);
            }
        }
        return List.copyOf(fields);
    }

    /** {@code mask-when: "otherField=CODE"}: an ENUM field of this type and one of its codes. */
    private void checkCondition(List<FieldDef> fields, FieldDef f) {
        String key = "fields." + f.code() + ".mask-when";
        String[] parts = f.maskWhen().split("=", 2);
        FieldDef other = parts.length < 2 ? null
                : fields.stream().filter(o -> o.code().equals(parts[0].trim())).findFirst().orElse(null);
        if (other == null || other.type() != FieldType.ENUM
                || other.values().stream().noneMatch(v -> v.code().equals(parts[1].trim()))) {
            throw fail(key, "'" + f.maskWhen() + "' must be field=VALUE naming an ENUM field and one of its codes");
        }
        if (f.mask() == MaskRule.NONE) {
            throw fail(key, "a condition without a mask");
        }
    }

    private List<EnumValue> values(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw fail(where + ".values", "must be a non-empty list");
        }
        List<EnumValue> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + ".values[" + i + "]";
            Map<?, ?> v = map(list.get(i), at);
            keys(v, VALUE_KEYS, at);
            EnumValue e = new EnumValue(text(v, "code", true, at), text(v, "label", true, at), text(v, "en", true, at));
            if (!e.code().matches("[A-Z][A-Z0-9_]{0,39}") || !seen.add(e.code()) || !seen.add("label:" + e.label())) {
                throw fail(at, "codes (UPPER_CASE) and labels must be unique");
            }
            values.add(e);
        }
        return List.copyOf(values);
    }

    private RegisterType.Duty duty(Object value, List<FieldDef> fields) {
        if (value == null) {
            return null;
        }
        Map<?, ?> d = map(value, "duty");
        keys(d, DUTY_KEYS, "duty");
        String rule = rule(text(d, "rule", true, "duty"), "duty.rule");
        String field = text(d, "field", true, "duty");
        dateField(fields, field, "duty.field");
        return new RegisterType.Duty(rule, field);
    }

    private RegisterType.Visibility visibility(Object value, List<FieldDef> fields) {
        if (value == null) {
            return null;
        }
        Map<?, ?> v = map(value, "visibility");
        keys(v, VISIBILITY_KEYS, "visibility");
        String until = text(v, "until-field", false, "visibility");
        String rule = text(v, "rule", false, "visibility");
        String from = text(v, "from-field", false, "visibility");
        if (until == null && rule == null) {
            throw fail("visibility", "needs until-field, rule (with from-field), or both");
        }
        if ((rule == null) != (from == null)) {
            throw fail("visibility", "rule and from-field go together");
        }
        if (until != null) {
            dateField(fields, until, "visibility.until-field");
        }
        if (rule != null) {
            rule(rule, "visibility.rule");
            dateField(fields, from, "visibility.from-field");
        }
        return new RegisterType.Visibility(until, rule, from);
    }

    private String rule(String id, String key) {
        if (!knownRule.test(id)) {
            throw fail(key, "the rulebook has no rule '" + id + "'");
        }
        return id;
    }

    private void dateField(List<FieldDef> fields, String code, String key) {
        FieldDef f = fields.stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> fail(key, "names no field of this type: '" + code + "'"));
        if (f.type() != FieldType.DATE) {
            throw fail(key, "'" + code + "' is a " + f.type() + ", not a DATE");
        }
    }

    private String[] localized(Object value, String key, boolean required) {
        if (value == null && !required) {
            return new String[] { null, null };
        }
        Map<?, ?> m = map(value, key);
        keys(m, TEXT_KEYS, key);
        return new String[] { text(m, "zh-CN", true, key), text(m, "en", true, key) };
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException e) {
            throw fail(key, "'" + value + "' is not a " + type.getSimpleName());
        }
    }

    private Map<?, ?> map(Object value, String key) {
        if (!(value instanceof Map<?, ?> m)) {
            throw fail(key, "must be a mapping");
        }
        return m;
    }

    private void keys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object k : map.keySet()) {
            if (!allowed.contains(String.valueOf(k))) {
                throw fail(where, "unknown key '" + k + "' (allowed: " + allowed + ")");
            }
        }
    }

    private String text(Map<?, ?> map, String key, boolean required) {
        return text(map, key, required, null);
    }

    private String text(Map<?, ?> map, String key, boolean required, String where) {
        Object v = map.get(key);
        String at = where == null ? key : where + "." + key;
        if (v == null || v.toString().isBlank()) {
            if (required) {
                throw fail(at, "missing");
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw fail(at, "must be a text");
        }
        return v.toString().trim();
    }

    private boolean bool(Map<?, ?> map, String key, boolean fallback, String where) {
        Object v = map.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw fail(where + "." + key, "must be true or false");
        }
        return b;
    }

    private int integer(Object value, String key) {
        if (!(value instanceof Integer i) || i < 0) {
            throw fail(key, "must be a whole number ≥ 0");
        }
        return i;
    }

    private IllegalStateException fail(String key, String reason) {
        return new IllegalStateException("Register type " + file + (key == null ? "" : ", key '" + key + "'") + ": " + reason);
    }
}

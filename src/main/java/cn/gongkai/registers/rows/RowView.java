package cn.gongkai.registers.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.types.FlowStep;

/**
 * A row's values ready for a template: each field with its label in the reader's language and its
 * value as text, a link (URL), a list (LIST) or flow steps (STEPS). Built from whichever map the
 * caller passes: public pages pass only the public values.
 */
final class RowView {

    /** One field's display. At most one of {@code list} and {@code steps} is non-empty. */
    record Cell(String code, String label, FieldType type, String text, boolean link, List<String> list,
            List<FlowStep> steps) {

        public boolean empty() {
            return (text == null || text.isBlank()) && list.isEmpty() && steps.isEmpty();
        }
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<FlowStep>> STEPS = new TypeReference<>() {
    };

    private RowView() {
    }

    static String label(FieldDef f, Locale locale) {
        return "en".equals(locale.getLanguage()) && f.labelEn() != null ? f.labelEn() : f.label();
    }

    static String title(RegisterType t, Locale locale) {
        return "en".equals(locale.getLanguage()) && t.titleEn() != null ? t.titleEn() : t.title();
    }

    static String description(RegisterType t, Locale locale) {
        return "en".equals(locale.getLanguage()) && t.descriptionEn() != null ? t.descriptionEn() : t.description();
    }

    static String source(RegisterType t, Locale locale) {
        return "en".equals(locale.getLanguage()) && t.sourceEn() != null ? t.sourceEn() : t.source();
    }

    /** The fields of {@code type} present in {@code values}, in the type's order; {@code listedOnly} for a list's columns. */
    static List<Cell> cells(RegisterType type, Map<String, String> values, boolean listedOnly, Locale locale) {
        List<Cell> out = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            if (!values.containsKey(f.code()) || listedOnly && !f.listed()) {
                continue;
            }
            out.add(cell(f, values.get(f.code()), locale));
        }
        return out;
    }

    /**
     * Values as entered, for staff: an ENUM's code shown as its label and an ORGAN's id as its
     * name (the public values carry both already).
     */
    static List<Cell> enteredCells(RegisterType type, Map<String, String> values, Locale locale,
            java.util.function.Function<String, String> organName) {
        List<Cell> out = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            String v = values.get(f.code());
            if (v == null) {
                continue;
            }
            out.add(cell(f, shown(f, v, locale, organName), locale));
        }
        return out;
    }

    private static String shown(FieldDef f, String v, Locale locale, java.util.function.Function<String, String> organName) {
        if (f.type() == FieldType.ENUM && f.values() != null) {
            boolean en = "en".equals(locale.getLanguage());
            return f.values().stream().filter(e -> e.code().equals(v)).findFirst()
                    .map(e -> en && e.labelEn() != null ? e.labelEn() : e.label()).orElse(v);
        }
        return f.type() == FieldType.ORGAN ? organName.apply(v) : v;
    }

    /** The list's column headers: the listed public fields. */
    static List<String> columns(RegisterType type, Locale locale) {
        return type.fields().stream().filter(f -> f.listed() && f.isPublic()).map(f -> label(f, locale)).toList();
    }

    /** The listed public fields, so every row of a list has the same columns (a missing value stays empty). */
    static List<Cell> listedCells(RegisterType type, Map<String, String> values, Locale locale) {
        return type.fields().stream().filter(f -> f.listed() && f.isPublic())
                .map(f -> cell(f, values.get(f.code()), locale)).toList();
    }

    static Cell cell(FieldDef f, String value, Locale locale) {
        String label = label(f, locale);
        if (value == null) {
            return new Cell(f.code(), label, f.type(), null, false, List.of(), List.of());
        }
        try {
            if (f.type() == FieldType.LIST && value.strip().startsWith("[")) {
                return new Cell(f.code(), label, f.type(), null, false, JsonMapper.shared().readValue(value, STRINGS),
                        List.of());
            }
            if (f.type() == FieldType.STEPS && value.strip().startsWith("[")) {
                return new Cell(f.code(), label, f.type(), null, false, List.of(),
                        JsonMapper.shared().readValue(value, STEPS));
            }
        }
        catch (JacksonException e) {
            // not the JSON FieldChecks writes: shown as the text it is
        }
        boolean link = f.type() == FieldType.URL && (value.startsWith("https://") || value.startsWith("http://"));
        return new Cell(f.code(), label, f.type(), value, link, List.of(), List.of());
    }
}

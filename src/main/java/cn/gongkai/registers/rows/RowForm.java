package cn.gongkai.registers.rows;

import java.util.List;
import java.util.Locale;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterType;

/** The console's row form, generated from the register type's fields. */
final class RowForm {

    /**
     * One input: {@code name} is {@code v.<code>}; {@code input} is text, textarea, date, select
     * (ENUM, with {@code options} [code, label]) or organ (a select of organs); {@code hint} tells
     * the expected format (JSON for LIST and STEPS).
     */
    record Field(String code, String name, String id, String label, FieldType type, boolean required, String input,
            List<String[]> options, boolean isPublic) {
    }

    private RowForm() {
    }

    static List<Field> fields(RegisterType type, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        return type.fields().stream().map(f -> new Field(f.code(), "v." + f.code(), "field-" + f.code(),
                RowView.label(f, locale), f.type(), f.required(), input(f), options(f, en), f.isPublic())).toList();
    }

    private static String input(FieldDef f) {
        return switch (f.type()) {
            case LONG_TEXT, LIST, STEPS -> "textarea";
            case DATE -> "date";
            case ENUM -> "select";
            case ORGAN -> "organ";
            default -> "text";
        };
    }

    private static List<String[]> options(FieldDef f, boolean en) {
        if (f.values() == null) {
            return List.of();
        }
        return f.values().stream()
                .map(v -> new String[] { v.code(), en && v.labelEn() != null ? v.labelEn() : v.label() }).toList();
    }
}

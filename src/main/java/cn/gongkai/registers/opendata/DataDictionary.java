package cn.gongkai.registers.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The data dictionary of a register (数据字典): every column of its downloads — field code, Chinese
 * and English label, type, whether values are masked and how, and a description of the values
 * (format, allowed codes) — as a page and as JSON. Masks are those in force now (operator settings
 * included), so the dictionary always matches the files.
 */
@Controller
class DataDictionary {

    private final RegisterCatalog catalog;
    private final PublicRows rows;
    private final MessageSource messages;

    DataDictionary(RegisterCatalog catalog, PublicRows rows, MessageSource messages) {
        this.catalog = catalog;
        this.rows = rows;
        this.messages = messages;
    }

    /** One entry of the dictionary, described in Chinese and in English. */
    record Entry(String code, String label, String labelEn, String type, boolean required, boolean masked,
            String mask, String description, String descriptionEn, List<FieldDef.EnumValue> values) {
    }

    @GetMapping("/registers/{code}/dictionary")
    String page(@PathVariable String code, Model model) {
        RegisterType type = catalog.required(code);
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("type", type);
        model.addAttribute("english", english);
        model.addAttribute("entries", entries(type));
        model.addAttribute("fixed", fixed());
        return "registers/opendata-dictionary";
    }

    @Operation(summary = "The data dictionary of a register's downloads (fields, types, masks)")
    @GetMapping("/registers/{code}/dictionary.json")
    ResponseEntity<Map<String, Object>> json(@PathVariable String code) {
        RegisterType type = catalog.required(code);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("register", type.code());
        d.put("title", type.title());
        d.put("titleEn", type.titleEn());
        d.put("source", type.source());
        d.put("sourceEn", type.sourceEn());
        d.put("fields", entries(type));
        d.put("rowColumns", fixed());
        d.put("downloads", List.of("/registers/" + code + "/data.csv", "/registers/" + code + "/data.xlsx",
                "/registers/" + code + "/data.json"));
        return ResponseEntity.ok(d);
    }

    List<Entry> entries(RegisterType type) {
        DataColumns columns = DataColumns.of(type, rows.maskSettings(type.code()));
        List<Entry> out = new ArrayList<>();
        for (DataColumns.Column c : columns.columns()) {
            FieldDef f = c.field();
            out.add(new Entry(f.code(), f.label(), f.labelEn(), f.type().name(), f.required(), c.masked(),
                    c.mask().name(), describe(type, f, c, Locale.SIMPLIFIED_CHINESE), describe(type, f, c, Locale.ENGLISH),
                    f.values() == null ? List.of() : f.values()));
        }
        return out;
    }

    /** The columns every download has besides the fields: id, organ, published on, version, url. */
    List<Entry> fixed() {
        return List.of("id", "organ", "publishedOn", "version", "url").stream().map(k -> new Entry(k,
                text("registers.opendata.column." + k, Locale.SIMPLIFIED_CHINESE),
                text("registers.opendata.column." + k, Locale.ENGLISH), k.equals("publishedOn") ? FieldType.DATE.name()
                        : k.equals("id") || k.equals("version") ? FieldType.INTEGER.name() : FieldType.TEXT.name(),
                true, false, "NONE", text("registers.opendata.column." + k + ".description", Locale.SIMPLIFIED_CHINESE),
                text("registers.opendata.column." + k + ".description", Locale.ENGLISH), List.of())).toList();
    }

    private String describe(RegisterType type, FieldDef f, DataColumns.Column c, Locale locale) {
        StringBuilder s = new StringBuilder(text("registers.opendata.type." + f.type().name(), locale));
        if (f.values() != null && !f.values().isEmpty()) {
            boolean en = locale.getLanguage().equals("en");
            s.append(text("registers.opendata.dictionary.values", locale,
                    f.values().stream().map(v -> en ? v.labelEn() : v.label()).collect(Collectors.joining(en ? ", " : "、"))));
        }
        if (c.masked()) {
            s.append(text("registers.opendata.dictionary.maskedBy", locale,
                    text("registers.opendata.mask." + c.mask().name(), locale)));
            if (f.maskWhen() != null) {
                s.append(text("registers.opendata.dictionary.maskWhen", locale, condition(type, f, locale)));
            }
        }
        return s.toString();
    }

    /** {@code counterpartType=NATURAL_PERSON} as the reader reads it: 相对人类别为“自然人”. */
    private String condition(RegisterType type, FieldDef f, Locale locale) {
        String[] parts = f.maskWhen().split("=", 2);
        if (parts.length < 2) {
            return f.maskWhen();
        }
        boolean en = locale.getLanguage().equals("en");
        FieldDef on = type.field(parts[0].strip()).orElse(null);
        String field = on == null ? parts[0] : en ? on.labelEn() : on.label();
        String value = on == null || on.values() == null ? parts[1] : on.values().stream()
                .filter(v -> v.code().equals(parts[1].strip())).map(v -> en ? v.labelEn() : v.label()).findFirst()
                .orElse(parts[1]);
        return text("registers.opendata.dictionary.condition", locale, field, value);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

package cn.gongkai.registers.types;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterType;

/**
 * Checks and normalizes a row's raw values (form, JSON or one line of an import) against its
 * register type (字段校验). Pure apart from the organ lookup; safe to call from many threads. Every
 * problem names the field's label and the rule in the reader's language; the normalized forms are
 * those {@link FieldType} describes. Decisions (docs/registers.md): 15-digit ID numbers are refused
 * (first-generation cards, invalid since 2013); amounts accept correctly grouped thousands
 * separators ({@code 1,234.50}) and at most two decimals, never rounded, never a float; full-width
 * digits and letters are read as half-width.
 */
@Component
public class FieldChecks {

    static final int TEXT_MAX = 300;
    static final int LONG_TEXT_MAX = 5000;

    private final OrganDirectory organs;
    private final MessageSource messages;
    private final Clock clock;

    @Autowired
    FieldChecks(OrganDirectory organs, MessageSource messages, Clock clock) {
        this.organs = organs;
        this.messages = messages;
        this.clock = clock;
    }

    /** Raw values by field code ({@code values.get("creditCode")}); blank counts as absent. */
    public CheckedRow check(RegisterType type, Map<String, String> raw, Locale locale) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (type.field(key).isEmpty()) {
                problems.add(new RowProblem(key, key, "UNKNOWN_FIELD",
                        message("UNKNOWN_FIELD", locale, key, type.title())));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        for (FieldDef field : type.fields()) {
            String value = raw.get(field.code());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    problems.add(problem(field, "REQUIRED", locale, ""));
                }
                continue;
            }
            ValueCheck.Result result = new ValueCheck(field, organs, today).check(value);
            if (result.rule() == null) {
                if (result.value() != null) {
                    values.put(field.code(), result.value());
                }
                else if (field.required()) {
                    problems.add(problem(field, "REQUIRED", locale, ""));
                }
            }
            else {
                problems.add(problem(field, result.rule(), locale, result.detail()));
            }
        }
        return new CheckedRow(values, List.copyOf(problems));
    }

    private RowProblem problem(FieldDef field, String rule, Locale locale, String detail) {
        String label = isEnglish(locale) ? field.labelEn() : field.label();
        if (rule.equals("ENUM_VALUE")) {
            detail = String.join(isEnglish(locale) ? ", " : "、", field.values().stream()
                    .map(v -> isEnglish(locale) ? v.labelEn() : v.label()).toList());
        }
        return new RowProblem(field.code(), field.label(), rule, message(rule, locale, label, detail));
    }

    private String message(String rule, Locale locale, Object... args) {
        return messages.getMessage("registers.types.problem." + rule, args, locale);
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}

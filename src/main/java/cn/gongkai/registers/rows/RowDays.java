package cn.gongkai.registers.rows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.Rules;
import cn.gongkai.registers.RegisterType;

/**
 * The two days a row runs by, from its checked values: the day its duty runs from (the DATE field
 * the type's duty names) and its last public day (visibility: the until-field, or the end of the
 * rulebook limit counted by the calendar from the from-field; the earlier of both).
 */
@Component
class RowDays {

    private final Rules rules;
    private final WorkingCalendar calendar;

    RowDays(Rules rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** The duty's trigger day, or null when the type has no duty or the row leaves the field empty. */
    LocalDate triggerOn(RegisterType type, Map<String, String> values) {
        return type.duty() == null ? null : day(values, type.duty().field());
    }

    /** The last public day, or null when the row stays public. */
    LocalDate visibleUntil(RegisterType type, Map<String, String> values) {
        RegisterType.Visibility v = type.visibility();
        if (v == null) {
            return null;
        }
        LocalDate until = v.untilField() == null ? null : day(values, v.untilField());
        LocalDate from = v.rule() == null || v.fromField() == null ? null : day(values, v.fromField());
        LocalDate limit = from == null ? null : limitEnd(v.rule(), from);
        if (until == null) {
            return limit;
        }
        return limit == null || until.isBefore(limit) ? until : limit;
    }

    private LocalDate limitEnd(String rule, LocalDate from) {
        return rules.period(rule, from).map(p -> calendar.due(new Period.WorkingDays(p.workingDays()), from).date())
                .orElse(null);
    }

    /** The value the public list sorts by (descending), or null. */
    static String sortKey(RegisterType type, Map<String, String> values) {
        String v = type.sort() == null ? null : values.get(type.sort());
        return v == null || v.isBlank() ? null : v.length() > 100 ? v.substring(0, 100) : v;
    }

    static LocalDate day(Map<String, String> values, String field) {
        String text = values.get(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            // FieldChecks normalizes DATE fields to ISO; anything else is not a day to run by
            return null;
        }
    }
}

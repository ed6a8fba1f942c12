package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * An {@link Explanation} as the JSON of {@code GET /api/v1/calendar/due?explain=true}: stable
 * machine keys and dates, plus a {@code text} in the request's language for each step.
 */
final class ExplanationView {

    private final MessageSource messages;
    private final Locale locale;

    ExplanationView(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Map<String, Object> render(Explanation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("key", e.rule().name());
        rule.put("text", text(e.rule().messageKey(), ruleArgs(e.period())));
        out.put("rule", rule);
        String start = e.startTime() != null
                ? e.startTime().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : e.start().toString();
        out.put("start", start);
        out.put("startText", e.startTime() != null ? text("calendar.explain.startTime", start)
                : text("calendar.explain.start", day(e.start())));
        out.put("counted", e.counted().stream().map(this::counted).toList());
        out.put("skipped", e.skipped().stream().map(this::skipped).toList());
        out.put("makeupDays", e.makeupDays().stream().map(d -> {
            Map<String, Object> m = counted(d);
            m.put("text", text("calendar.explain.makeup", day(d.date()), d.holiday(), String.valueOf(d.ordinal())));
            return m;
        }).toList());
        out.put("adjustments", e.adjustments().stream().map(a -> adjustment(a, e.period())).toList());
        String due = e.startTime() != null
                ? e.deadline().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) : e.due().toString();
        out.put("due", due);
        out.put("dueText", e.startTime() != null ? text("calendar.explain.dueTime", due)
                : text("calendar.explain.due", day(e.due())));
        return out;
    }

    private Map<String, Object> counted(Explanation.CountedDay d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ordinal", d.ordinal());
        m.put("date", d.date().toString());
        m.put("kind", d.kind() == null ? null : d.kind().name());
        m.put("holiday", d.holiday());
        return m;
    }

    private Map<String, Object> skipped(Explanation.SkippedDay d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", d.date().toString());
        m.put("reason", d.reason().name());
        m.put("holiday", d.holiday());
        m.put("text", text(d.messageKey(), day(d.date()), d.holiday()));
        return m;
    }

    private Map<String, Object> adjustment(Explanation.Adjustment a, Period period) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", a.reason().name());
        m.put("from", a.from().toString());
        m.put("to", a.to().toString());
        if (a.reason() == Explanation.AdjustmentReason.NEXT_WORKING_DAY) {
            String what = a.fromKind() == DayKind.HOLIDAY ? text("calendar.explain.holiday", a.holiday())
                    : text("calendar.explain.weekend");
            m.put("text", text(a.messageKey(), day(a.from()), what, day(a.to())));
        }
        else {
            int requested = period instanceof Period.DayOfNextMonth d ? d.day()
                    : period instanceof Period.BeforeMonthDay b ? b.day() : a.to().getDayOfMonth();
            m.put("text", text(a.messageKey(), String.valueOf(a.to().getYear()), String.valueOf(a.to().getMonthValue()),
                    String.valueOf(requested), day(a.to())));
        }
        return m;
    }

    private static Object[] ruleArgs(Period period) {
        if (period instanceof Period.WorkingDays w) {
            return new Object[] {String.valueOf(w.days())};
        }
        if (period instanceof Period.CalendarDays c) {
            return new Object[] {String.valueOf(c.days())};
        }
        if (period instanceof Period.Hours h) {
            return new Object[] {String.valueOf(h.hours())};
        }
        if (period instanceof Period.DayOfNextMonth d) {
            return new Object[] {String.valueOf(d.day())};
        }
        if (period instanceof Period.BeforeMonthDay b) {
            return new Object[] {String.valueOf(b.month()), String.valueOf(b.day())};
        }
        return new Object[0];
    }

    /** A date with its weekday in the request's language: "2024-10-06（星期日）". */
    private String day(LocalDate date) {
        return text("calendar.explain.day", date.toString(), date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

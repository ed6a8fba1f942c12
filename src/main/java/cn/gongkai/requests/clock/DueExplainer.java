package cn.gongkai.requests.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.gongkai.calendar.Explanation;
import cn.gongkai.calendar.Explanation.SkipReason;
import cn.gongkai.calendar.Explanation.SkippedDay;
import cn.gongkai.calendar.Pause;

/**
 * Writes a {@link ReplyDue} as sentences in the user's language: where the count starts and why,
 * the period and any extension, the weekends, holidays (by name) and paused days passed over, the
 * make-up working days counted, and the last day. Only renders; the calendar computed it.
 */
@Component
public class DueExplainer {

    private final MessageSource messages;

    public DueExplainer(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> lines(ReplyDue due, boolean restarted) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        switch (due.status()) {
            case AWAITING_CORRECTION -> {
                lines.add(text(locale, "requests.due.awaitingCorrection", due.correctionDueOn()));
                return lines;
            }
            case UNKNOWN_YEAR -> {
                lines.add(text(locale, "requests.due.unknownYear", String.valueOf(due.unknownYear())));
                return lines;
            }
            case NONE -> {
                lines.add(text(locale, "requests.due.none"));
                return lines;
            }
            default -> {
            }
        }
        Explanation e = due.explanation();
        if (e == null) {
            lines.add(text(locale, "requests.due.deferred", due.date()));
            return lines;
        }
        lines.add(text(locale, restarted ? "requests.due.startCorrected" : "requests.due.start", e.start()));
        lines.add(text(locale, "requests.due.period", due.workingDays(), due.rule() == null ? ""
                : Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? due.rule().sourceEn() : due.rule().source()));
        if (due.extensionDays() != null) {
            lines.add(text(locale, "requests.due.extension", due.extensionDays(), due.extensionApprovedBy()));
        }
        long weekends = e.skipped().stream().filter(s -> s.reason() == SkipReason.WEEKEND).count();
        if (weekends > 0) {
            lines.add(text(locale, "requests.due.weekends", weekends));
        }
        Map<String, List<LocalDate>> holidays = new LinkedHashMap<>();
        for (SkippedDay s : e.skipped()) {
            if (s.reason() == SkipReason.HOLIDAY) {
                holidays.computeIfAbsent(s.holiday() == null ? "" : s.holiday(), k -> new ArrayList<>()).add(s.date());
            }
        }
        holidays.forEach((name, days) -> lines.add(text(locale, "requests.due.holiday", name, days.get(0),
                days.get(days.size() - 1), days.size())));
        for (Pause p : due.pauses()) {
            long paused = e.skipped().stream().filter(s -> s.reason() == SkipReason.PAUSED && p.contains(s.date()))
                    .count();
            lines.add(text(locale, "requests.due.paused", p.from(), p.to(), paused));
        }
        e.makeupDays().forEach(m -> lines.add(text(locale, "requests.due.makeup", m.date(),
                m.holiday() == null ? "" : m.holiday(), m.ordinal())));
        lines.add(text(locale, "requests.due.last", e.counted().size(), e.due()));
        if (due.status() == ReplyDue.Status.DEFERRED) {
            lines.add(text(locale, "requests.due.deferred", due.date()));
        }
        if (due.status() == ReplyDue.Status.PAUSED) {
            lines.add(text(locale, "requests.due.pausedNow"));
        }
        if (due.provisional()) {
            lines.add(text(locale, "requests.due.provisional"));
        }
        return lines;
    }

    private String text(Locale locale, String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i] == null ? "" : args[i].toString();
        }
        return messages.getMessage(key, shown, key, locale);
    }
}

package cn.gongkai.obligations.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.gongkai.calendar.Due;
import cn.gongkai.calendar.Explanation;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.rulebook.Rule;

/**
 * Due times from the calendar module's {@link WorkingCalendar}, the platform's only deadline
 * arithmetic (SPEC M1): a rulebook period becomes a calendar period, pauses become calendar
 * pauses, and an extension adds its working days to the period (Regulations art. 33: "延长的期限
 * 最长不得超过20个工作日"). The explanation kept with the obligation is a compact account of the
 * calendar's explanation: the days counted, skipped (weekend, holiday, paused) and the moves.
 */
@Component
class CalendarDeadlines implements Deadlines {

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarDeadlines(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public Deadline due(Rule rule, Instant triggeredAt, List<Pause> pauses, int extensionWorkingDays) {
        try {
            return compute(rule, triggeredAt, pauses, extensionWorkingDays);
        }
        catch (cn.gongkai.calendar.CalendarYearUnknownException e) {
            return Deadline.unknown(e.year());
        }
    }

    private Deadline compute(Rule rule, Instant triggeredAt, List<Pause> pauses, int extensionWorkingDays) {
        var p = rule.period();
        Due due = switch (p.kind()) {
            case WORKING_DAYS -> calendar.due(new cn.gongkai.calendar.Period.WorkingDays(
                    p.amount() + extensionWorkingDays), triggeredAt, calendarPauses(pauses));
            case CALENDAR_DAYS -> calendar.due(new cn.gongkai.calendar.Period.CalendarDays(p.amount()), triggeredAt,
                    calendarPauses(pauses));
            case HOURS -> calendar.due(new cn.gongkai.calendar.Period.Hours(p.amount()), triggeredAt);
            case DAY_OF_NEXT_MONTH -> calendar.due(new cn.gongkai.calendar.Period.DayOfNextMonth(p.day()),
                    triggeredAt);
            case BEFORE_DATE -> calendar.due(new cn.gongkai.calendar.Period.BeforeMonthDay(
                    p.monthDay().getMonthValue(), p.monthDay().getDayOfMonth()), triggeredAt);
            case AT_LEAST_PER_QUARTER -> calendar.due(new cn.gongkai.calendar.Period.QuarterEnd(), triggeredAt);
            case AT_LEAST_PER_YEAR -> calendar.due(new cn.gongkai.calendar.Period.YearEnd(), triggeredAt);
            // "2018年底前": the window of the year the rule names
            case BY_END_OF_YEAR -> calendar.due(new cn.gongkai.calendar.Period.YearEnd(),
                    LocalDate.of(p.year(), 1, 1));
            case SAME_TIME -> null;
        };
        if (due == null) {
            return new Deadline(triggeredAt, "SAME_TIME: due with the trigger " + triggeredAt);
        }
        Explanation steps = due.explain();
        return new Deadline(due.deadline().toInstant(), summary(steps), null, steps);
    }

    /**
     * The obligation's pauses as the calendar's (both ends included): a pause resumed on day R
     * stops the clock until the day before R; a running pause counts through today. Pauses apply
     * to day-counted periods only.
     */
    private List<cn.gongkai.calendar.Pause> calendarPauses(List<Pause> pauses) {
        LocalDate today = LocalDate.now(clock.withZone(Ledger.CHINA));
        List<cn.gongkai.calendar.Pause> result = new ArrayList<>();
        for (Pause pause : pauses) {
            // a running pause with a cap (art. 32: the party's 15 working days) is counted to its cap:
            // the due time is the latest the law allows, and moves earlier when the answer comes
            LocalDate last = !pause.isRunning() ? pause.getTo().minusDays(1)
                    : pause.getCap() != null ? pause.getCap() : today;
            // a capped pause (art. 32: the party's 15 working days) ends at its cap even when still running
            if (pause.getCap() != null && last.isAfter(pause.getCap())) {
                last = pause.getCap();
            }
            if (!last.isBefore(pause.getFrom())) {
                result.add(new cn.gongkai.calendar.Pause(pause.getFrom(), last));
            }
        }
        return result;
    }

    static String summary(Explanation e) {
        StringBuilder s = new StringBuilder(e.rule().name()).append(' ').append(describe(e.period()));
        s.append(" | start ").append(e.startTime() != null ? e.startTime().toOffsetDateTime() : e.start());
        if (!e.counted().isEmpty()) {
            s.append(" | counted ").append(e.counted().size()).append(": ").append(e.counted().get(0).date())
                    .append("..").append(e.counted().get(e.counted().size() - 1).date());
        }
        if (!e.skipped().isEmpty()) {
            s.append(" | skipped ").append(e.skipped().stream().map(d -> d.date() + " " + d.reason()
                    + (d.holiday() == null ? "" : " " + d.holiday())).collect(Collectors.joining(", ")));
        }
        if (!e.makeupDays().isEmpty()) {
            s.append(" | make-up working days ").append(e.makeupDays().stream().map(d -> d.date().toString())
                    .collect(Collectors.joining(", ")));
        }
        e.adjustments().forEach(a -> s.append(" | ").append(a.reason()).append(' ').append(a.from()).append(" -> ")
                .append(a.to()).append(a.holiday() == null ? "" : " (" + a.holiday() + ")"));
        s.append(" | due ").append(e.due()).append(" | late from ").append(e.deadline().toOffsetDateTime());
        return s.length() <= 4000 ? s.toString() : s.substring(0, 3999) + "…";
    }

    private static String describe(cn.gongkai.calendar.Period period) {
        String text = period.toString();
        int open = text.indexOf('[');
        return open < 0 ? text : text.substring(open);
    }
}

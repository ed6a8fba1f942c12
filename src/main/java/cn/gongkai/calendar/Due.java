package cn.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link WorkingCalendar#due}: the last day of a period and the instant it runs
 * out. The {@link Explanation} is computed only when {@link #explain()} is called, from the same
 * calendar data the due date was computed with.
 */
public final class Due {

    private final Period period;
    private final LocalDate date;
    private final ZonedDateTime hoursDeadline;
    private final LocalDate start;
    private final ZonedDateTime startTime;
    private final List<Pause> pauses;
    private final DayTable table;

    /** A day-based due date; the deadline is derived when asked. */
    Due(Period period, LocalDate date, LocalDate start, List<Pause> pauses, DayTable table) {
        this(period, date, null, start, null, pauses, table);
    }

    /** An hour period's due instant. */
    Due(Period.Hours period, ZonedDateTime deadline, ZonedDateTime startTime, DayTable table) {
        this(period, deadline.toLocalDate(), deadline, startTime.toLocalDate(), startTime, List.of(), table);
    }

    private Due(Period period, LocalDate date, ZonedDateTime hoursDeadline, LocalDate start,
            ZonedDateTime startTime, List<Pause> pauses, DayTable table) {
        this.period = period;
        this.date = date;
        this.hoursDeadline = hoursDeadline;
        this.start = start;
        this.startTime = startTime;
        this.pauses = pauses;
        this.table = table;
    }

    /** The period computed. */
    public Period period() {
        return period;
    }

    /**
     * The last day of the period (Asia/Shanghai): an act on this day is on time. For
     * {@link Period.Hours} the day of {@link #deadline()}.
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The instant the period runs out, in Asia/Shanghai: for day-based kinds 24:00 of
     * {@link #date()}, i.e. the start of the next day (民法典 art. 203 para. 2: "期间的最后一日的截止时间
     * 为二十四时"); for hours the start plus the hours. Everything strictly before it is on time.
     */
    public ZonedDateTime deadline() {
        return hoursDeadline != null ? hoursDeadline : date.plusDays(1).atStartOfDay(WorkingCalendar.ZONE);
    }

    /** Whether the period has run out at {@code now} (at or after {@link #deadline()}). */
    public boolean isOverdueAt(Instant now) {
        return !now.isBefore(deadline().toInstant());
    }

    /** The step-by-step account of this computation, built now. */
    public Explanation explain() {
        ExplanationRecorder recorder = new ExplanationRecorder(table);
        if (hoursDeadline == null) {
            PeriodArithmetic.dueDay(table, period, start.toEpochDay(), pauses, recorder);
        }
        return recorder.toExplanation(period, start, startTime, date, deadline());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Due d && period.equals(d.period) && date.equals(d.date)
                && deadline().equals(d.deadline());
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, date, hoursDeadline);
    }

    @Override
    public String toString() {
        return "Due[" + period + " -> " + date + "]";
    }
}

package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Collects the steps {@link PeriodArithmetic} reports while recomputing a due date for an {@link Explanation}. */
final class ExplanationRecorder {

    private final DayTable table;
    private final List<Explanation.CountedDay> counted = new ArrayList<>();
    private final List<Explanation.SkippedDay> skipped = new ArrayList<>();
    private final List<Explanation.CountedDay> makeupDays = new ArrayList<>();
    private final List<Explanation.Adjustment> adjustments = new ArrayList<>();

    ExplanationRecorder(DayTable table) {
        this.table = table;
    }

    void counted(int ordinal, long epochDay, byte code) {
        Explanation.CountedDay day = new Explanation.CountedDay(ordinal, LocalDate.ofEpochDay(epochDay),
                DayTable.kindOf(code), table.name(epochDay));
        counted.add(day);
        if (code == DayTable.MAKEUP) {
            makeupDays.add(day);
        }
    }

    /** A calendar day counted; its kind is informative only, so an unknown year is not an error here. */
    void countedCalendarDay(int ordinal, long epochDay) {
        DayKind kind;
        try {
            kind = DayTable.kindOf(table.code(epochDay));
        }
        catch (CalendarYearUnknownException e) {
            kind = null;
        }
        counted.add(new Explanation.CountedDay(ordinal, LocalDate.ofEpochDay(epochDay), kind,
                kind == DayKind.HOLIDAY || kind == DayKind.MAKEUP_WORKDAY ? table.name(epochDay) : null));
    }

    /** A day not counted by a working-day period: a paused working day, or a weekend or holiday. */
    void skipped(long epochDay, byte code, boolean pausedWorkingDay) {
        Explanation.SkipReason reason = pausedWorkingDay ? Explanation.SkipReason.PAUSED
                : code == DayTable.HOLIDAY ? Explanation.SkipReason.HOLIDAY : Explanation.SkipReason.WEEKEND;
        skipped.add(new Explanation.SkippedDay(LocalDate.ofEpochDay(epochDay), reason,
                reason == Explanation.SkipReason.WEEKEND ? null : table.name(epochDay)));
    }

    void paused(long epochDay) {
        skipped.add(new Explanation.SkippedDay(LocalDate.ofEpochDay(epochDay), Explanation.SkipReason.PAUSED,
                null));
    }

    void endOfMonth(long epochDay) {
        LocalDate day = LocalDate.ofEpochDay(epochDay);
        adjustments.add(new Explanation.Adjustment(Explanation.AdjustmentReason.END_OF_MONTH, day, day, null, null));
    }

    void movedToWorkingDay(long from, byte code, long to) {
        adjustments.add(new Explanation.Adjustment(Explanation.AdjustmentReason.NEXT_WORKING_DAY,
                LocalDate.ofEpochDay(from), LocalDate.ofEpochDay(to), DayTable.kindOf(code), table.name(from)));
    }

    Explanation toExplanation(Period period, LocalDate start, ZonedDateTime startTime, LocalDate due,
            ZonedDateTime deadline) {
        return new Explanation(rule(period), period, start, startTime, counted, skipped, makeupDays, adjustments,
                due, deadline);
    }

    static Explanation.Rule rule(Period period) {
        if (period instanceof Period.WorkingDays) {
            return Explanation.Rule.WORKING_DAYS;
        }
        if (period instanceof Period.CalendarDays) {
            return Explanation.Rule.CALENDAR_DAYS;
        }
        if (period instanceof Period.Hours) {
            return Explanation.Rule.HOURS;
        }
        if (period instanceof Period.DayOfNextMonth) {
            return Explanation.Rule.DAY_OF_NEXT_MONTH;
        }
        if (period instanceof Period.BeforeMonthDay) {
            return Explanation.Rule.BEFORE_MONTH_DAY;
        }
        return period instanceof Period.QuarterEnd ? Explanation.Rule.QUARTER_END : Explanation.Rule.YEAR_END;
    }
}

package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The day-counting rules of {@link Period}, over epoch days and the {@link DayTable}. With a null
 * recorder (the fast path) nothing is allocated per counted day; with a recorder every step is
 * reported for the {@link Explanation}.
 */
final class PeriodArithmetic {

    private PeriodArithmetic() {
    }

    /** The due day (epoch day) of a day-based period starting after {@code start}. */
    static long dueDay(DayTable table, Period period, long start, List<Pause> pauses, ExplanationRecorder rec) {
        if (period instanceof Period.WorkingDays w) {
            return workingDays(table, start, w.days(), pauses, rec);
        }
        if (period instanceof Period.CalendarDays c) {
            return calendarDays(table, start, c.days(), pauses, rec);
        }
        if (period instanceof Period.DayOfNextMonth m) {
            YearMonth next = YearMonth.from(LocalDate.ofEpochDay(start)).plusMonths(1);
            return fixedDay(table, next, m.day(), rec);
        }
        if (period instanceof Period.BeforeMonthDay b) {
            YearMonth month = YearMonth.of(LocalDate.ofEpochDay(start).getYear() + 1, b.month());
            return fixedDay(table, month, b.day(), rec);
        }
        LocalDate date = LocalDate.ofEpochDay(start);
        if (period instanceof Period.QuarterEnd) {
            int lastMonth = (date.getMonthValue() - 1) / 3 * 3 + 3;
            return YearMonth.of(date.getYear(), lastMonth).atEndOfMonth().toEpochDay();
        }
        if (period instanceof Period.YearEnd) {
            return LocalDate.of(date.getYear(), 12, 31).toEpochDay();
        }
        throw new IllegalArgumentException("not a day-based period: " + period);
    }

    /**
     * Working days after {@code start}: weekends, holidays and paused working days are skipped.
     * Without a recorder and with at most one pause the day table's prefix counts answer at once;
     * otherwise (explanations, several pauses, unknown years) the days are walked one by one.
     */
    static long workingDays(DayTable table, long start, int days, List<Pause> pauses, ExplanationRecorder rec) {
        if (rec == null && pauses.size() <= 1) {
            long due = table.addWorkingDays(start, days, pauses.isEmpty() ? null : pauses.get(0));
            if (due >= 0) {
                return due;
            }
        }
        long d = start;
        int counted = 0;
        while (counted < days) {
            d++;
            byte code = table.code(d);
            boolean working = DayTable.isWorkingCode(code);
            if (working && !paused(pauses, d)) {
                counted++;
                if (rec != null) {
                    rec.counted(counted, d, code);
                }
            }
            else if (rec != null) {
                rec.skipped(d, code, working);
            }
        }
        return d;
    }

    /** Calendar days after {@code start}, paused days not counted; a rest-day end moves on (art. 203). */
    static long calendarDays(DayTable table, long start, int days, List<Pause> pauses, ExplanationRecorder rec) {
        long d = start;
        int counted = 0;
        while (counted < days) {
            d++;
            if (paused(pauses, d)) {
                if (rec != null) {
                    rec.paused(d);
                }
            }
            else {
                counted++;
                if (rec != null) {
                    rec.countedCalendarDay(counted, d);
                }
            }
        }
        return toWorkingDay(table, d, rec);
    }

    /** Day {@code day} of {@code month} (its last day when shorter), moved to a working day. */
    private static long fixedDay(DayTable table, YearMonth month, int day, ExplanationRecorder rec) {
        int length = month.lengthOfMonth();
        long d = month.atDay(Math.min(day, length)).toEpochDay();
        if (day > length && rec != null) {
            rec.endOfMonth(d);
        }
        return toWorkingDay(table, d, rec);
    }

    /** The day itself when it is a working day, else the next working day (民法典 art. 203). */
    static long toWorkingDay(DayTable table, long d, ExplanationRecorder rec) {
        byte code = table.code(d);
        if (DayTable.isWorkingCode(code)) {
            return d;
        }
        long to = table.nextWorkingDay(d);
        if (rec != null) {
            rec.movedToWorkingDay(d, code, to);
        }
        return to;
    }

    /** Working days in ({@code from}, {@code to}]: what a period from {@code from} has counted at {@code to}. */
    static int workingDaysBetween(DayTable table, long from, long to) {
        int n = 0;
        for (long d = from + 1; d <= to; d++) {
            if (table.isWorking(d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean paused(List<Pause> pauses, long epochDay) {
        for (int i = 0, n = pauses.size(); i < n; i++) {
            if (pauses.get(i).contains(epochDay)) {
                return true;
            }
        }
        return false;
    }
}

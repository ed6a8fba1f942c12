package cn.gongkai.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The official working-day calendar of mainland China and the one place of the platform that
 * computes deadlines (SPEC 1.1, M1). Thread-safe; every call works on one consistent snapshot of
 * the holiday data, which an administrator's upload replaces atomically.
 *
 * <h2>Which years are known</h2>
 * A year is known when its State Council notice is loaded: the file shipped with the release
 * (2016–2026) or an administrator's upload, which replaces the shipped file of that year. A
 * notice's year is the year in its title, so the notice of year Y may set days of late December
 * Y-1 (2022-12-31 is in the 2023 notice; 2018-12-29 in the 2019 notice): to decide a day of year
 * Y the calendar needs the notice of Y and applies the days that the notice of Y+1 lists for year
 * Y when it is loaded. Consequently late-December days of the last known year are answered from
 * the weekday rule until the next notice arrives, and may change when it is uploaded. Any call
 * that needs a day of an unknown year throws {@link CalendarYearUnknownException} (HTTP 422,
 * "2031年节假日安排尚未发布"); nothing is ever guessed.
 *
 * <h2>Counting</h2>
 * Days are days in Asia/Shanghai. The day of the triggering event is not counted (民法典 art.
 * 201); only the days a computation actually looks at need a known year, so a start on
 * 2015-12-31 is fine while a period running into 2027 is refused. See {@link Period} for each
 * kind and {@link Pause} for the clock pauses of 政府信息公开条例 art. 32 and 34. A restart (art. 30:
 * the reply period restarts when a corrected application arrives) is a new call with the new
 * start.
 */
public final class WorkingCalendar {

    /** Legal time of the platform: China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile DayTable table;

    WorkingCalendar(DayTable table) {
        this.table = Objects.requireNonNull(table);
    }

    /**
     * The calendar from the holiday files shipped with this release only (no uploads, no
     * database): for tests, benchmarks and tools. The application's bean also carries uploads.
     */
    public static WorkingCalendar fromShippedData() {
        return new WorkingCalendar(DayTable.of(ShippedHolidays.load()));
    }

    /**
     * The calendar entry of a day.
     *
     * @throws CalendarYearUnknownException when the day's year is not known
     */
    public CalendarDay day(LocalDate date) {
        return table.day(Objects.requireNonNull(date, "date"));
    }

    /**
     * Whether people work on the day (ordinary workday or make-up working day).
     *
     * @throws CalendarYearUnknownException when the day's year is not known
     */
    public boolean isWorkingDay(LocalDate date) {
        return table.isWorking(date.toEpochDay());
    }

    /** Whether the holiday arrangements of {@code year} are loaded. */
    public boolean isKnownYear(int year) {
        return table.isKnown(year);
    }

    /**
     * First day of the "late December" of a year from which a due date may still move when the
     * next year's notice is published (it can add make-up working days or move the New Year
     * holiday into the last days of December).
     */
    public static final java.time.MonthDay PROVISIONAL_FROM = java.time.MonthDay.of(12, 20);

    /**
     * Whether a due date is provisional: it falls on or after 20 December of the last year with
     * holiday data while the next year's notice is not loaded (下一年度放假安排公布后可能调整).
     */
    public boolean isProvisional(LocalDate date) {
        if (date == null || table.isKnown(date.getYear() + 1) || !table.isKnown(date.getYear())) {
            return false;
        }
        return !java.time.MonthDay.from(date).isBefore(PROVISIONAL_FROM);
    }

    /** The known years, ascending. */
    public List<Integer> knownYears() {
        return Arrays.stream(table.knownYears()).boxed().toList();
    }

    /**
     * The holidays and make-up working days of a year (the days its notices change), in date
     * order, late-December days set by the next year's notice included.
     *
     * @throws CalendarYearUnknownException when the year is not known
     */
    public List<CalendarDay> holidaysAndMakeupDays(int year) {
        return table.listedDays(year);
    }

    /**
     * Working days in ({@code from}, {@code to}]: how many days a working-day period started on
     * {@code from} has counted by the end of {@code to}; 0 when {@code to} is not after {@code from}.
     *
     * @throws CalendarYearUnknownException when a day of the span is in an unknown year
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return PeriodArithmetic.workingDaysBetween(table, from.toEpochDay(), to.toEpochDay());
    }

    /** {@link #due(Period, LocalDate, List)} without pauses. */
    public Due due(Period period, LocalDate start) {
        return due(period, start, List.of());
    }

    /**
     * The due date of a day-based period whose triggering event happened on {@code start}.
     *
     * @param period a day-based period (not {@link Period.Hours}: hours run from an instant)
     * @param start  the day of the triggering event (not counted)
     * @param pauses clock pauses, only for {@link Period.WorkingDays} and {@link Period.CalendarDays};
     *               may overlap; days before the start are irrelevant
     * @throws CalendarYearUnknownException when a day the computation needs is in an unknown year
     * @throws IllegalArgumentException     for hours, or pauses with a kind that does not count days
     */
    public Due due(Period period, LocalDate start, List<Pause> pauses) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(pauses, "pauses");
        if (period instanceof Period.Hours) {
            throw new IllegalArgumentException("an hour period runs from an instant, not a date");
        }
        if (!pauses.isEmpty() && !(period instanceof Period.WorkingDays || period instanceof Period.CalendarDays)) {
            throw new IllegalArgumentException("pauses apply to working-day and calendar-day periods only");
        }
        DayTable snapshot = table;
        long due = PeriodArithmetic.dueDay(snapshot, period, start.toEpochDay(), pauses, null);
        return new Due(period, LocalDate.ofEpochDay(due), start, pauses, snapshot);
    }

    /** {@link #due(Period, Instant, List)} without pauses. */
    public Due due(Period period, Instant trigger) {
        return due(period, trigger, List.of());
    }

    /**
     * The due date or instant of a period triggered at an instant: hours run continuously from it;
     * day-based kinds start from its day in Asia/Shanghai, as {@link #due(Period, LocalDate, List)}.
     *
     * @throws CalendarYearUnknownException when a day the computation needs is in an unknown year
     * @throws IllegalArgumentException     for pauses with a kind that does not count days
     */
    public Due due(Period period, Instant trigger, List<Pause> pauses) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(pauses, "pauses");
        if (period instanceof Period.Hours hours) {
            if (!pauses.isEmpty()) {
                throw new IllegalArgumentException("pauses apply to working-day and calendar-day periods only");
            }
            ZonedDateTime start = trigger.atZone(ZONE);
            return new Due(hours, start.plusHours(hours.hours()), start, table);
        }
        return due(period, LocalDate.ofInstant(trigger, ZONE), pauses);
    }

    /** Replaces the data (after an upload); calls in progress finish on the old snapshot. */
    void replace(DayTable newTable) {
        this.table = Objects.requireNonNull(newTable);
    }
}

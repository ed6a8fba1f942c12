package cn.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The immutable day table behind {@link WorkingCalendar}: one byte per day from 1 January of the
 * first known year to 31 December of the last, so a lookup is an array read.
 *
 * <p>How it is built from the notices: a year is <em>known</em> when a notice for it (its own
 * file or upload) is present. Every day of a known year starts as WORKDAY (Mon–Fri) or WEEKEND
 * (Sat–Sun); then the listed days of all notices are applied in ascending notice year, so a
 * late-December day listed by the next year's notice (2022-12-31 in the 2023 notice) is taken
 * from it, and when two notices list the same day the later notice wins. Listed days of unknown
 * years are ignored: those years stay unknown. A listed working day on a Monday–Friday (the
 * 2020-02-03 end of the extended Spring Festival) is an ordinary WORKDAY.
 */
final class DayTable {

    static final byte UNKNOWN = 0;
    // Working kinds have bit 0 set, so "is it a working day" is one mask.
    static final byte WORKDAY = 1;
    static final byte WEEKEND = 2;
    static final byte MAKEUP = 3;
    static final byte HOLIDAY = 4;

    private static final DayKind[] KINDS = {null, DayKind.WORKDAY, DayKind.WEEKEND, DayKind.MAKEUP_WORKDAY,
            DayKind.HOLIDAY};

    private final long firstEpochDay;
    private final byte[] kinds;
    private final short[] names;
    private final String[] nameTable;
    private final int[] knownYears;
    // working[i]: working days in table days 0..i; nextUnknown[i]: first unknown day at or after i
    private final int[] working;
    private final int[] nextUnknown;

    private DayTable(long firstEpochDay, byte[] kinds, short[] names, String[] nameTable, int[] knownYears) {
        this.firstEpochDay = firstEpochDay;
        this.kinds = kinds;
        this.names = names;
        this.nameTable = nameTable;
        this.knownYears = knownYears;
        this.working = new int[kinds.length];
        this.nextUnknown = new int[kinds.length + 1];
        for (int i = 0, count = 0; i < kinds.length; i++) {
            count += kinds[i] & 1;
            working[i] = count;
        }
        nextUnknown[kinds.length] = kinds.length;
        for (int i = kinds.length - 1; i >= 0; i--) {
            nextUnknown[i] = kinds[i] == UNKNOWN ? i : nextUnknown[i + 1];
        }
    }

    /** Shipped notices overridden year by year by uploaded ones: an upload replaces its year's whole notice. */
    static DayTable of(Collection<HolidayYear> shipped, Collection<HolidayYear> uploaded) {
        Map<Integer, HolidayYear> byYear = new TreeMap<>();
        shipped.forEach(y -> byYear.put(y.year(), y));
        uploaded.forEach(y -> byYear.put(y.year(), y));
        return of(byYear.values());
    }

    /** Builds the table from notices; at most one notice per year. */
    static DayTable of(Collection<HolidayYear> notices) {
        int[] known = notices.stream().mapToInt(HolidayYear::year).distinct().sorted().toArray();
        if (known.length == 0) {
            return new DayTable(0, new byte[0], new short[0], new String[] {null}, known);
        }
        long first = LocalDate.of(known[0], 1, 1).toEpochDay();
        int size = (int) (LocalDate.of(known[known.length - 1], 12, 31).toEpochDay() - first + 1);
        byte[] kinds = new byte[size];
        short[] names = new short[size];
        for (int year : known) {
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                kinds[(int) (d.toEpochDay() - first)] = isWeekend(d) ? WEEKEND : WORKDAY;
            }
        }
        Map<String, Short> nameIndex = new LinkedHashMap<>();
        List<HolidayYear> ordered = new ArrayList<>(notices);
        ordered.sort(Comparator.comparingInt(HolidayYear::year));
        for (HolidayYear notice : ordered) {
            for (HolidayYear.Day day : notice.days()) {
                long i = day.date().toEpochDay() - first;
                if (i < 0 || i >= size || kinds[(int) i] == UNKNOWN) {
                    continue;
                }
                byte kind = day.offDay() ? HOLIDAY : isWeekend(day.date()) ? MAKEUP : WORKDAY;
                kinds[(int) i] = kind;
                names[(int) i] = kind == WORKDAY ? 0
                        : nameIndex.computeIfAbsent(day.name(), n -> (short) (nameIndex.size() + 1));
            }
        }
        String[] nameTable = new String[nameIndex.size() + 1];
        nameIndex.forEach((name, index) -> nameTable[index] = name);
        return new DayTable(first, kinds, names, nameTable, known);
    }

    /** The kind code of a day; throws when its year is unknown. */
    byte code(long epochDay) {
        long i = epochDay - firstEpochDay;
        if (i < 0 || i >= kinds.length || kinds[(int) i] == UNKNOWN) {
            throw new CalendarYearUnknownException(LocalDate.ofEpochDay(epochDay).getYear());
        }
        return kinds[(int) i];
    }

    /** Whether the day is a working day; throws when its year is unknown. */
    boolean isWorking(long epochDay) {
        return (code(epochDay) & 1) != 0;
    }

    static boolean isWorkingCode(byte code) {
        return (code & 1) != 0;
    }

    static DayKind kindOf(byte code) {
        return KINDS[code];
    }

    /** The holiday name of a HOLIDAY or MAKEUP day, else null (no check of the year). */
    String name(long epochDay) {
        long i = epochDay - firstEpochDay;
        return i < 0 || i >= names.length ? null : nameTable[names[(int) i]];
    }

    CalendarDay day(LocalDate date) {
        long epochDay = date.toEpochDay();
        return new CalendarDay(date, kindOf(code(epochDay)), name(epochDay));
    }

    /** The first working day after {@code epochDay}. */
    long nextWorkingDay(long epochDay) {
        long d = epochDay + 1;
        while (!isWorking(d)) {
            d++;
        }
        return d;
    }

    /**
     * The fast path of a working-day period: the N-th working day after {@code start}, not
     * counting the working days of {@code pause} (may be null), found with the prefix counts
     * instead of a walk. Returns -1 when a day the period needs is unknown or outside the table:
     * the caller then walks, which reports the unknown year.
     */
    long addWorkingDays(long start, int days, Pause pause) {
        long s = start - firstEpochDay;
        if (s < -1 || s >= kinds.length - 1) {
            return -1;
        }
        int base = before((int) s);
        int paused = 0;
        while (true) {
            int due = firstReaching((int) s, base + days + paused);
            if (due < 0 || nextUnknown[(int) s + 1] <= due) {
                return -1;
            }
            int nowPaused = pause == null ? 0 : pausedWorkingDays((int) s, due, pause);
            if (nowPaused == paused) {
                return firstEpochDay + due;
            }
            paused = nowPaused;
        }
    }

    /** Working days in table days 0..i (0 for i = -1). */
    private int before(int i) {
        return i < 0 ? 0 : working[i];
    }

    /** The first table day after {@code s} whose prefix count is {@code target}, or -1 beyond the table. */
    private int firstReaching(int s, int target) {
        // at most one working day per day, so jumping by the shortfall never passes the first such day
        long j = (long) s + (target - before(s));
        while (j < working.length) {
            int shortfall = target - working[(int) j];
            if (shortfall == 0) {
                return (int) j;
            }
            j += shortfall;
        }
        return -1;
    }

    /** Working days of the pause inside table days s+1..due. */
    private int pausedWorkingDays(int s, int due, Pause pause) {
        long from = Math.max(s + 1, pause.from().toEpochDay() - firstEpochDay);
        long to = Math.min(due, pause.to().toEpochDay() - firstEpochDay);
        return from > to ? 0 : working[(int) to] - before((int) from - 1);
    }

    boolean isKnown(int year) {
        return Arrays.binarySearch(knownYears, year) >= 0;
    }

    int[] knownYears() {
        return knownYears.clone();
    }

    /** The HOLIDAY and MAKEUP_WORKDAY days of a known year, in date order. */
    List<CalendarDay> listedDays(int year) {
        if (!isKnown(year)) {
            throw new CalendarYearUnknownException(year);
        }
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            byte code = code(d.toEpochDay());
            if (code == HOLIDAY || code == MAKEUP) {
                days.add(day(d));
            }
        }
        return days;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

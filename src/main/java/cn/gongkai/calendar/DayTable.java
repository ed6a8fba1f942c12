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

    private DayTable(long firstEpochDay, byte[] kinds, short[] names, String[] nameTable, int[] knownYears) {
        this.firstEpochDay = firstEpochDay;
        this.kinds = kinds;
        this.names = names;
        this.nameTable = nameTable;
        this.knownYears = knownYears;
    }

    /** Builds the table from notices; at most one notice per year (callers resolve overrides first). */
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

package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One holiday of a year as a notice states it: its days off as runs of consecutive days, and its
 * make-up working days. For the administrator's overview.
 */
record HolidayBlock(String name, List<DateRange> offDays, List<LocalDate> makeupDays) {

    /** Consecutive days off, both ends included. */
    record DateRange(LocalDate from, LocalDate to) {
        public long days() {
            return to.toEpochDay() - from.toEpochDay() + 1;
        }
    }

    // public: templates (SpEL) call public methods only
    public long offDayCount() {
        return offDays.stream().mapToLong(DateRange::days).sum();
    }

    /** The first day off, or the first make-up day of a block without days off. */
    LocalDate firstDay() {
        return offDays.isEmpty() ? makeupDays.get(0) : offDays.get(0).from();
    }

    /** Groups listed days (in date order) by holiday name, ordered by their first day off. */
    static List<HolidayBlock> of(List<CalendarDay> listed) {
        Map<String, List<CalendarDay>> byName = new LinkedHashMap<>();
        listed.forEach(d -> byName.computeIfAbsent(d.holiday(), n -> new ArrayList<>()).add(d));
        List<HolidayBlock> blocks = new ArrayList<>();
        byName.forEach((name, days) -> {
            List<DateRange> off = new ArrayList<>();
            List<LocalDate> makeup = new ArrayList<>();
            for (CalendarDay day : days) {
                if (day.kind() == DayKind.MAKEUP_WORKDAY) {
                    makeup.add(day.date());
                }
                else if (!off.isEmpty() && off.get(off.size() - 1).to().plusDays(1).equals(day.date())) {
                    off.set(off.size() - 1, new DateRange(off.get(off.size() - 1).from(), day.date()));
                }
                else {
                    off.add(new DateRange(day.date(), day.date()));
                }
            }
            blocks.add(new HolidayBlock(name, List.copyOf(off), List.copyOf(makeup)));
        });
        blocks.sort(Comparator.comparing(HolidayBlock::firstDay));
        return blocks;
    }
}

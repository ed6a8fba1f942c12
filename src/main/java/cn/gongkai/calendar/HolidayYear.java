package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One year's State Council holiday notice as data: the days it lists. A day off
 * ({@code offDay}) is part of a holiday block; a listed working day is a make-up working day
 * (调休上班). The notice of year Y may list days of December Y-1 (and, in principle, of January
 * Y+1): {@code days} holds them as given.
 */
record HolidayYear(int year, List<Day> days) {

    HolidayYear {
        days = List.copyOf(days);
    }

    /** A day listed by the notice. */
    record Day(LocalDate date, String name, boolean offDay) {
        Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }
}

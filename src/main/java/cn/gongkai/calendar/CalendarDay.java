package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of the official calendar.
 *
 * @param date    the day (never null)
 * @param kind    its kind (never null)
 * @param holiday for a {@link DayKind#HOLIDAY} the holiday's name as the notice gives it ("国庆节",
 *                "中秋节、国庆节"); for a {@link DayKind#MAKEUP_WORKDAY} the holiday it belongs to;
 *                null for ordinary working days and weekends
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether this is a working day (an ordinary workday or a make-up working day). */
    public boolean isWorkingDay() {
        return kind.isWorkingDay();
    }
}

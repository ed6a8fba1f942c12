package cn.gongkai.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stretch of days during which a day-counted period's clock stands still, both ends included,
 * e.g. while a third party or a co-authoring organ is consulted: 政府信息公开条例 art. 32 and 34,
 * "征求意见所需时间不计算在前款规定的期限内". Working days inside the pause are not counted, so a
 * working-day period is extended by exactly the paused working days that fall inside it.
 *
 * @param from first paused day (not null)
 * @param to   last paused day (not null, not before {@code from})
 * @throws IllegalArgumentException when {@code to} is before {@code from}
 */
public record Pause(LocalDate from, LocalDate to) {

    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("pause ends before it starts: " + from + ".." + to);
        }
    }

    /** A pause of one day. */
    public static Pause on(LocalDate day) {
        return new Pause(day, day);
    }

    /** Whether the day is paused. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    boolean contains(long epochDay) {
        return epochDay >= from.toEpochDay() && epochDay <= to.toEpochDay();
    }
}

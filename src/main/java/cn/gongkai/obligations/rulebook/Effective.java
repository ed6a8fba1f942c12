package cn.gongkai.obligations.rulebook;

import java.time.LocalDate;

/** The days (inclusive) on which a rule version applies to triggers; {@code to} null means still in force. */
public record Effective(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    public boolean overlaps(Effective other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to);
    }
}

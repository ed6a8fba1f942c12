package cn.gongkai.obligations;

import java.time.LocalDate;
import java.util.List;

/**
 * A legal remedy term the organ must state in its decisions (rulebook section {@code remedies}):
 * the period the addressee has to apply for reconsideration or to sue, or a gate such as
 * "reconsideration first" with the {@code cases} it covers. Periods are stated in letters, not
 * computed: they run from the addressee's knowledge of the act, which the organ does not know.
 */
public record Remedy(String id, String sourceZh, String sourceEn, Unit unit, Integer amount, List<String> cases,
        LocalDate from, LocalDate to) {

    /** The unit of a remedy period. */
    public enum Unit {
        DAYS, MONTHS
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}

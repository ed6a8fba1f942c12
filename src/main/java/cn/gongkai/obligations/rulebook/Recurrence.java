package cn.gongkai.obligations.rulebook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The triggers of periodic rules, which the engine raises itself instead of waiting for another
 * module's event. {@code code} is the trigger's name in the rulebook file.
 */
public enum Recurrence {
    /** A year ended: the obligation concerns the past year (the annual report). */
    YEAR_ENDED("year-ended"),
    /** A year started: the obligation concerns that year. */
    YEAR_STARTED("year-started"),
    /** A quarter started: the obligation concerns that quarter. */
    QUARTER_STARTED("quarter-started"),
    /** Once, on the first day of the rule's effective period. */
    EFFECTIVE_FROM("effective-from");

    private final String code;

    Recurrence(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Recurrence> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}

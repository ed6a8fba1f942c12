package cn.gongkai.obligations.rulebook;

import java.time.MonthDay;

/**
 * A rule's period: its kind and the one parameter that kind needs ({@code amount} for counts of
 * days, hours or acts; {@code day} for day D of the next month; {@code monthDay} for "before
 * MM-DD"; {@code year} for "by the end of year N"; {@code percentOfSubordinates} for shares of subordinate
 * organs). Parameters a kind does not use are null.
 */
public record Period(PeriodKind kind, Integer amount, Integer day, MonthDay monthDay, Integer year,
        Integer percentOfSubordinates) {

    /** How many fulfilling acts close an obligation of this period, given the organ's number of direct subordinates. */
    public int requiredCount(int subordinates) {
        if (percentOfSubordinates != null) {
            return Math.max(1, (subordinates * percentOfSubordinates + 99) / 100);
        }
        boolean counted = kind == PeriodKind.AT_LEAST_PER_QUARTER || kind == PeriodKind.AT_LEAST_PER_YEAR;
        return counted ? amount : 1;
    }

    /** A short language-neutral notation, e.g. {@code WORKING_DAYS 20}, {@code BEFORE_DATE 01-31}. */
    public String notation() {
        return switch (kind) {
            case DAY_OF_NEXT_MONTH -> kind + " " + day;
            case BEFORE_DATE -> kind + " " + String.format("%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
            case BY_END_OF_YEAR -> kind + " " + year;
            case SAME_TIME -> kind.name();
            default -> percentOfSubordinates != null ? kind + " " + percentOfSubordinates + "%" : kind + " " + amount;
        };
    }

    /** The single parameter as an argument for message texts (amount, day, MM-DD, date or percent). */
    public Object parameter() {
        return switch (kind) {
            case DAY_OF_NEXT_MONTH -> day;
            case BEFORE_DATE -> String.format("%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth());
            case BY_END_OF_YEAR -> year;
            case SAME_TIME -> "";
            default -> percentOfSubordinates != null ? percentOfSubordinates : amount;
        };
    }

    /** The message key that renders this period ({@code obligations.period.<KIND>[.share]}, argument {@link #parameter()}). */
    public String messageKey() {
        return "obligations.period." + kind + (isShare() ? ".share" : "");
    }

    /** Whether the parameter is a percentage of subordinate organs. */
    public boolean isShare() {
        return percentOfSubordinates != null;
    }
}

package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * How a due date was reached, step by step, for people who must trust it: the rule and its legal
 * source, the start, each day counted (with its ordinal), each day skipped and why, the make-up
 * working days counted, and the final adjustments. Built only on request ({@link Due#explain()}).
 * Texts are message keys of the {@code i18n/calendar/messages} bundle (zh-CN default, English),
 * so every consumer renders them in its user's language.
 *
 * @param rule        the rule applied
 * @param period      the period computed
 * @param start       the day of the triggering event (Asia/Shanghai), never counted (民法典 art. 201)
 * @param startTime   the triggering instant for an {@link Period.Hours} period, else null
 * @param counted     the days counted, in order (empty for hours and fixed-date kinds)
 * @param skipped     the days passed over without counting, in order
 * @param makeupDays  the make-up working days among {@code counted}
 * @param adjustments the moves after counting (next working day, shorter month), in order
 * @param due         the last day of the period
 * @param deadline    the instant the period runs out (see {@link Due#deadline()})
 */
public record Explanation(Rule rule, Period period, LocalDate start, ZonedDateTime startTime,
        List<CountedDay> counted, List<SkippedDay> skipped, List<CountedDay> makeupDays,
        List<Adjustment> adjustments, LocalDate due, ZonedDateTime deadline) {

    public Explanation {
        counted = List.copyOf(counted);
        skipped = List.copyOf(skipped);
        makeupDays = List.copyOf(makeupDays);
        adjustments = List.copyOf(adjustments);
    }

    /** The rule applied: a stable machine key and the message key of its text. */
    public enum Rule {
        WORKING_DAYS, CALENDAR_DAYS, HOURS, DAY_OF_NEXT_MONTH, BEFORE_MONTH_DAY, QUARTER_END, YEAR_END;

        /** Message key, e.g. {@code calendar.rule.WORKING_DAYS}. */
        public String messageKey() {
            return "calendar.rule." + name();
        }
    }

    /** A counted day: the {@code ordinal}-th day of the period. {@code holiday} as in {@link CalendarDay}. */
    public record CountedDay(int ordinal, LocalDate date, DayKind kind, String holiday) {
    }

    /** A day passed over: a weekend, a holiday ({@code holiday} names it) or a paused day. */
    public record SkippedDay(LocalDate date, SkipReason reason, String holiday) {

        /** Message key, e.g. {@code calendar.skip.HOLIDAY}. */
        public String messageKey() {
            return "calendar.skip." + reason.name();
        }
    }

    /** Why a day was not counted. A paused rest day is reported with its own reason. */
    public enum SkipReason {
        WEEKEND, HOLIDAY, PAUSED
    }

    /**
     * A move of the end after counting. NEXT_WORKING_DAY: {@code from} is a weekend or holiday
     * ({@code fromKind}, {@code holiday}) and the period ends on {@code to}, the next working day
     * (民法典 art. 203). END_OF_MONTH: the requested day does not exist in that month;
     * {@code from} and {@code to} are the month's last day.
     */
    public record Adjustment(AdjustmentReason reason, LocalDate from, LocalDate to, DayKind fromKind,
            String holiday) {

        /** Message key, e.g. {@code calendar.adjust.NEXT_WORKING_DAY}. */
        public String messageKey() {
            return "calendar.adjust." + reason.name();
        }
    }

    /** Why the end moved. */
    public enum AdjustmentReason {
        NEXT_WORKING_DAY, END_OF_MONTH
    }
}

package cn.gongkai.obligations.rulebook;

/**
 * The kinds of period a rule can state (SPEC M1). The calendar module computes every one of them;
 * the rulebook only names them.
 */
public enum PeriodKind {
    /** N working days (工作日), the day of the trigger not counted. */
    WORKING_DAYS,
    /** N calendar days; a last day that is a rest day or holiday moves to the next working day (民法典 art. 203). */
    CALENDAR_DAYS,
    /** N hours, running continuously. */
    HOURS,
    /** By day D of the month after the trigger (moved to the next working day if a rest day). */
    DAY_OF_NEXT_MONTH,
    /** Before MM-DD (that day included) of the year after the trigger's year (e.g. the annual report before 01-31). */
    BEFORE_DATE,
    /** By the end of a year stated by the rule (e.g. "2018年底前"). */
    BY_END_OF_YEAR,
    /** At least N (or a share of the subordinate organs) within the quarter of the trigger. */
    AT_LEAST_PER_QUARTER,
    /** At least N (or a share of the subordinate organs) within the year of the trigger. */
    AT_LEAST_PER_YEAR,
    /** At the same time as the trigger: a gate checked when the act happens (三同步). */
    SAME_TIME
}

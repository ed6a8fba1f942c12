package cn.gongkai.obligations;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * Stable ids of the rulebook's rules that other modules raise events for. The rulebook file
 * holds the rules themselves (source clause, period, effective dates); it must contain every id
 * listed here or the platform does not start.
 */
public final class RuleIds {

    /** Regulations art. 26: proactive disclosure within 20 working days of forming the information. */
    public static final String PROACTIVE_DISCLOSURE = "reg-26-proactive-disclosure";
    /** Regulations art. 30: at most one correction notice within 7 working days of receipt (a limit, not a duty). */
    public static final String CORRECTION_NOTICE = "reg-30-correction-notice";
    /** Regulations art. 32, 34: the consulted party answers within 15 working days; caps the reply pause (a limit). */
    public static final String CONSULTATION = "reg-32-consultation";
    /** 国办函〔2020〕109号 art. 7: the applicant pays a fee within 20 working days of the notice (a limit). */
    public static final String FEE_PAYMENT = "fee-payment";
    /** Regulations art. 33: reply to a request within 20 working days (+ at most 20 with approval). */
    public static final String REQUEST_REPLY = "reg-33-request-reply";
    /** Measures 二(二): publish a licensing decision within 7 working days. */
    public static final String LICENCE_DECISION = "measures-2-2-licence-decision";
    /** Measures 三(一): publish a case ruling within 30 days. */
    public static final String CASE_RULING = "measures-3-1-case-ruling";
    /** Measures 四(三): publish treatment and penalty decisions by the 10th of the following month. */
    public static final String PENALTY_DECISION = "measures-4-3-penalty-decision";
    /** Measures 九(三): authoritative information on a major incident within 5 hours. */
    public static final String INCIDENT_INFORMATION = "measures-9-3-incident-information";
    /** Measures 九(三): press conference on a major incident within 24 hours. */
    public static final String INCIDENT_PRESS_CONFERENCE = "measures-9-3-incident-press-conference";
    /** Measures 八(二): a normative document's interpretation is published with it (三同步). */
    public static final String INTERPRETATION = "measures-8-2-interpretation";
    /**
     * The annual report on government information disclosure (年度报告): Measures 六(三), before 03-31,
     * for the reports of 2016–2018; Regulations art. 49, before 01-31, from the report of 2019 on.
     * Periodic: the engine raises it per organ and year; fulfil it with {@link PeriodSubjects#year}.
     */
    public static final String ANNUAL_REPORT = "annual-report";
    /** Measures 七(四): the yearly self-check of undisclosed information (periodic, per organ and year). */
    public static final String SELF_CHECK = "measures-7-4-self-check";
    /** Measures 八(四): SAT holds at least one press conference per quarter (periodic). */
    public static final String PRESS_CONFERENCE = "measures-8-4-press-conference";
    /** Measures 十二(四): inspect at least 20% of the subordinate organs per year (periodic). */
    public static final String INSPECTION = "measures-12-4-inspection";

    /**
     * Platform rule (no legal period): re-read a 12366 knowledge-base answer after a provision it
     * cites was repealed or amended; raised per answer by {@code regulations.answers}.
     */
    public static final String KB_ANSWER_REVIEW = "kb-answer-review";

    private RuleIds() {
    }

    /** Every id above: the rulebook must define each of them. */
    public static List<String> all() {
        return Arrays.stream(RuleIds.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(RuleIds::value).toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        }
        catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.gongkai.obligations;

/**
 * Stable ids of the rulebook's rules that other modules raise events for. The rulebook file
 * holds the rules themselves (source clause, period, effective dates).
 */
public final class RuleIds {

    /** Regulations art. 26: proactive disclosure within 20 working days of forming the information. */
    public static final String PROACTIVE_DISCLOSURE = "reg-26-proactive-disclosure";
    /** Regulations art. 30: at most one correction notice within 7 working days of receipt. */
    public static final String CORRECTION_NOTICE = "reg-30-correction-notice";
    /** Regulations art. 32, 34: the consulted third party or co-authoring organ answers within 15 working days. */
    public static final String CONSULTATION = "reg-32-consultation";
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

    private RuleIds() {
    }
}

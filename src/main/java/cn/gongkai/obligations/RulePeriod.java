package cn.gongkai.obligations;

import java.time.LocalDate;

/**
 * The period a rule sets, in the rule version in force on a trigger date: what other modules use
 * instead of constants (SPEC 1.1: rules are data). Day counts only; the calendar does the
 * arithmetic.
 *
 * @param version {@code id@effective-from}
 * @param workingDays the period in working days (WORKING_DAYS rules)
 * @param maxExtensionWorkingDays the most one extension may add, or null
 * @param source the legal source in Chinese; {@code sourceEn} in English
 * @param effectiveFrom the first day the version applies
 */
public record RulePeriod(String ruleId, String version, int workingDays, Integer maxExtensionWorkingDays,
        String source, String sourceEn, LocalDate effectiveFrom) {
}

package cn.gongkai.obligations.rulebook;

import java.time.Duration;
import java.time.LocalDate;

import cn.gongkai.organization.Role;

/**
 * One version of a deadline rule of the rulebook (SPEC section 8): the legal source it comes
 * from, what triggers it, the duty, the period, the role responsible in the organ, the days it
 * applies to, and how long before the due time the responsible staff are reminded.
 *
 * @param id the rule id that events name (see {@code RuleIds}); shared by the versions of a rule
 * @param organs non-null for periodic rules, which the engine raises itself per organ
 * @param extensionWorkingDays the most one extension may add, or null when the rule allows none
 * @param ledger false for a <em>limit</em>: a period the platform enforces or shows (e.g. the
 *               correction-notice limit of art. 30) that is not a duty raised in the ledger
 */
public record Rule(String id, LocalizedText source, String trigger, LocalizedText duty, Period period, Role role,
        Effective effective, Duration reminder, OrganSelection organs, Integer extensionWorkingDays,
        boolean ledger) {

    public Rule(String id, LocalizedText source, String trigger, LocalizedText duty, Period period, Role role,
            Effective effective, Duration reminder, OrganSelection organs, Integer extensionWorkingDays) {
        this(id, source, trigger, duty, period, role, effective, reminder, organs, extensionWorkingDays, true);
    }

    /** Whether the engine opens obligations for this rule (false: a limit). */
    public boolean isDuty() {
        return ledger;
    }

    /** Identifies this version: the id and the first day it applies. */
    public String version() {
        return id + "@" + effective.from();
    }

    public boolean appliesOn(LocalDate day) {
        return effective.contains(day);
    }

    public boolean isPeriodic() {
        return organs != null;
    }

    /** The recurrence of a periodic rule. */
    public Recurrence recurrence() {
        return Recurrence.ofCode(trigger).orElseThrow(() -> new IllegalStateException(id + " is not periodic"));
    }

    public boolean allowsExtension() {
        return extensionWorkingDays != null;
    }
}

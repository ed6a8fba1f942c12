package cn.gongkai.obligations;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.gongkai.obligations.rulebook.PeriodKind;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.obligations.rulebook.Rulebook;

/**
 * The rulebook's periods for other modules (duties and limits alike), in the version in force on
 * the trigger date: e.g. a request received before 2019-05-15 has 15 working days plus at most
 * 15 (2007 Regulations art. 24), from that day 20 plus at most 20 (art. 33).
 */
@Service
public class Rules {

    private final Rulebook rulebook;

    Rules(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /** Whether the rulebook defines {@code ruleId} (in any version): register types name their rules. */
    public boolean knows(String ruleId) {
        return rulebook.knows(ruleId);
    }

    /**
     * Whether a version of {@code ruleId} is in effect for a trigger on {@code day}, whatever the
     * kind of its period (a licence decided before 2017-04-27 raises no duty of 二(二)).
     *
     * @throws IllegalArgumentException when the rule is unknown
     */
    public boolean inEffect(String ruleId, LocalDate day) {
        if (!rulebook.knows(ruleId)) {
            throw new IllegalArgumentException("unknown rule " + ruleId);
        }
        return rulebook.find(ruleId, day).isPresent();
    }

    /**
     * The working-day period of {@code ruleId} for a trigger on {@code day}, or empty when no
     * version applies on that day (e.g. the correction-notice limit before 2019-05-15).
     *
     * @throws IllegalArgumentException when the rule is unknown or its period is not in working days
     */
    public Optional<RulePeriod> period(String ruleId, LocalDate day) {
        if (!rulebook.knows(ruleId)) {
            throw new IllegalArgumentException("unknown rule " + ruleId);
        }
        return rulebook.find(ruleId, day).map(Rules::period);
    }

    /** As {@link #period}, for rules that apply on every day a caller can ask about. */
    public RulePeriod required(String ruleId, LocalDate day) {
        return period(ruleId, day).orElseThrow(() -> new IllegalStateException("Rulebook " + rulebook.version()
                + " has no version of rule '" + ruleId + "' in effect on " + day));
    }

    private static RulePeriod period(Rule rule) {
        if (rule.period().kind() != PeriodKind.WORKING_DAYS) {
            throw new IllegalArgumentException(rule.id() + " has a " + rule.period().kind() + " period");
        }
        return new RulePeriod(rule.id(), rule.version(), rule.period().amount(), rule.extensionWorkingDays(),
                rule.source().zh(), rule.source().en(), rule.effective().from());
    }
}

package cn.gongkai.obligations;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gongkai.obligations.rulebook.Rulebook;

/**
 * The remedy terms of the rulebook for other modules (letters state them): the version of each
 * term in force on the day of the act. A term the rulebook lacks for that day is a configuration
 * error, not something to guess.
 */
@Component
public class LegalRemedies {

    /** 行政复议申请期限 */
    public static final String RECONSIDERATION = "reconsideration-application";
    /** 复议决定后起诉期限 */
    public static final String LITIGATION_AFTER_RECONSIDERATION = "litigation-after-reconsideration";
    /** 直接起诉期限 */
    public static final String DIRECT_LITIGATION = "direct-litigation";
    /** 复议前置: the cases in which reconsideration must come first */
    public static final String RECONSIDERATION_FIRST = "reconsideration-first";
    /** 行政复议机关: the organ one level up (vertically managed authorities) */
    public static final String ORGAN_SUPERIOR = "reconsideration-organ-superior";
    /** 行政复议机关: a department of the State Council for its own acts */
    public static final String ORGAN_OWN = "reconsideration-organ-own";
    /** 国务院最终裁决 after a department's decision on its own act */
    public static final String FINAL_RULING = "state-council-final-ruling";
    /** how a reconsideration application may be made */
    public static final String CHANNELS = "reconsideration-channels";

    private final Rulebook rulebook;

    public LegalRemedies(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    /** The version of {@code id} in force on {@code day}, if the rulebook has one. */
    public Optional<Remedy> find(String id, LocalDate day) {
        return rulebook.remedy(id, day);
    }

    /** @throws IllegalStateException when the rulebook has no version of {@code id} for {@code day} */
    public Remedy term(String id, LocalDate day) {
        return rulebook.remedy(id, day).orElseThrow(() -> new IllegalStateException(
                "rulebook " + rulebook.location() + " has no remedy '" + id + "' in force on " + day));
    }

    /** Whether {@code caseName} is one of the reconsideration-first cases on {@code day} (none before the law). */
    public boolean reconsiderationFirst(String caseName, LocalDate day) {
        return rulebook.remedy(RECONSIDERATION_FIRST, day).map(r -> r.cases().contains(caseName)).orElse(false);
    }
}

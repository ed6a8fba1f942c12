package cn.gongkai.obligations.rulebook;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.gongkai.obligations.Remedy;

/**
 * The validated rulebook (SPEC M2): every deadline rule with its source and effective period,
 * loaded once at start-up from a versioned data file. Read-only and thread-safe.
 */
public final class Rulebook {

    private final String version;
    private final String location;
    private final List<Rule> rules;
    private final List<Remedy> remedies;

    Rulebook(String version, String location, List<Rule> rules) {
        this(version, location, rules, List.of());
    }

    Rulebook(String version, String location, List<Rule> rules, List<Remedy> remedies) {
        this.version = version;
        this.location = location;
        this.rules = List.copyOf(rules);
        this.remedies = List.copyOf(remedies);
    }

    /** The remedy terms of the {@code remedies} section (periods to state in letters, gates). */
    public List<Remedy> remedies() {
        return remedies;
    }

    /** The version of remedy {@code id} in force on {@code day}, if any. */
    public Optional<Remedy> remedy(String id, LocalDate day) {
        return remedies.stream().filter(r -> r.id().equals(id) && r.appliesOn(day)).findFirst();
    }

    /** The {@code version} field of the file. */
    public String version() {
        return version;
    }

    /** Where the rulebook was loaded from. */
    public String location() {
        return location;
    }

    /** Every rule version, in file order. */
    public List<Rule> all() {
        return rules;
    }

    /** The distinct rule ids, in file order. */
    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        rules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    public boolean knows(String id) {
        return rules.stream().anyMatch(r -> r.id().equals(id));
    }

    /** The version of rule {@code id} that applies to a trigger on {@code day}, if any. */
    public Optional<Rule> find(String id, LocalDate day) {
        return rules.stream().filter(r -> r.id().equals(id) && r.appliesOn(day)).findFirst();
    }

    /** The version of rule {@code id} whose {@link Rule#version()} is {@code version}. */
    public Optional<Rule> version(String version) {
        return rules.stream().filter(r -> r.version().equals(version)).findFirst();
    }

    /** All versions of rule {@code id}, oldest first. */
    public List<Rule> versions(String id) {
        return rules.stream().filter(r -> r.id().equals(id))
                .sorted(Comparator.comparing(r -> r.effective().from())).toList();
    }

    /** The rule versions the engine raises itself (annual report, press conference, inspection …). */
    public List<Rule> periodic() {
        return rules.stream().filter(Rule::isPeriodic).toList();
    }

    /** The latest version of every rule (for labels when no date is at hand). */
    public Optional<Rule> latest(String id) {
        List<Rule> versions = versions(id);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}

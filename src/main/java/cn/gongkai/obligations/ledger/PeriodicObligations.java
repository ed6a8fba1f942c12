package cn.gongkai.obligations.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.gongkai.obligations.PeriodSubjects;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.obligations.rulebook.Rulebook;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.OrganLevel;
import cn.gongkai.organization.Organization;

/**
 * Raises the periodic rules per organ (SPEC section 8): the annual report per organ and year
 * (the rule version in effect when the year ends), the yearly self-check (Measures 七(四)), SAT's
 * quarterly press conference and yearly attendance duties (八(四)), the yearly inspection of at
 * least 20% of the subordinate organs (十二(四)) and the one-off duties of 七(三) and 十二(三).
 * Idempotent: each (rule, organ, period) opens one obligation however often it runs; after
 * downtime it catches up on every period whose trigger passed meanwhile.
 */
@Service
public class PeriodicObligations {

    private static final Logger log = LoggerFactory.getLogger(PeriodicObligations.class);
    private static final String START = "periodic.start";

    private final Rulebook rulebook;
    private final Ledger ledger;
    private final Deadlines deadlines;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final PeriodicSettings settings;

    PeriodicObligations(Rulebook rulebook, Ledger ledger, Deadlines deadlines, Organization organization,
            JdbcClient jdbc, PeriodicSettings settings) {
        this.rulebook = rulebook;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.organization = organization;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Opens every periodic obligation whose trigger is at or before {@code now} and that is not in
     * the ledger yet.
     *
     * @return how many obligations were opened
     */
    public int generate(Instant now) {
        Instant start = start(now);
        List<Organ> organs = organization.all();
        Set<Long> parents = new HashSet<>();
        organs.forEach(o -> {
            if (o.getParentId() != null) {
                parents.add(o.getParentId());
            }
        });
        int opened = 0;
        for (Rule rule : rulebook.periodic()) {
            Set<String> existing = new HashSet<>(jdbc.sql("select subject_type || '/' || subject_id from obligation "
                    + "where rule_id = :rule").param("rule", rule.id()).query(String.class).list());
            for (Trigger trigger : triggers(rule, start, now)) {
                if (!rule.appliesOn(Ledger.day(trigger.at())) || !stillAhead(rule, trigger.at(), start)) {
                    continue;
                }
                for (Organ organ : organs) {
                    if (!selected(rule, organ, parents)) {
                        continue;
                    }
                    SubjectRef subject = trigger.subject(organ.getId());
                    if (existing.contains(subject.type() + "/" + subject.id())) {
                        continue;
                    }
                    try {
                        if (ledger.open(rule.id(), organ.getId(), subject, trigger.at()).isPresent()) {
                            opened++;
                        }
                    }
                    catch (RuntimeException e) {
                        log.warn("Periodic obligation {} for organ {} ({}) not opened yet: {}", rule.id(),
                                organ.getCode(), subject.id(), e.getMessage());
                    }
                }
            }
        }
        if (opened > 0) {
            log.info("Periodic obligations opened: {}", opened);
        }
        return opened;
    }

    /** The first instant periodic obligations cover, fixed at the first run (or by configuration). */
    Instant start(Instant now) {
        List<String> stored = jdbc.sql("select setting_value from obligation_setting where setting_name = :name").param("name", START)
                .query(String.class).list();
        if (!stored.isEmpty()) {
            return Instant.parse(stored.get(0));
        }
        Instant start = settings.since() == null ? now : settings.since().atStartOfDay(Ledger.CHINA).toInstant();
        try {
            jdbc.sql("insert into obligation_setting (setting_name, setting_value) values (:name, :value)").param("name", START)
                    .param("value", start.toString()).update();
            return start;
        }
        catch (org.springframework.dao.DuplicateKeyException e) {
            return start(now);
        }
    }

    /** Periods whose due time passed before the engine started (without {@code since}) are not raised. */
    private boolean stillAhead(Rule rule, Instant trigger, Instant start) {
        if (!trigger.isBefore(start)) {
            return true;
        }
        try {
            return deadlines.due(rule, trigger, List.of(), 0).at().isAfter(start);
        }
        catch (RuntimeException e) {
            log.warn("Periodic rule {} triggered {}: due time unknown yet: {}", rule.id(), trigger, e.getMessage());
            return false;
        }
    }

    private static boolean selected(Rule rule, Organ organ, Set<Long> parents) {
        return switch (rule.organs()) {
            case ALL -> true;
            case SAT -> organ.getParentId() == null;
            case WITH_SUBORDINATES -> parents.contains(organ.getId());
            case MUNICIPAL_AND_ABOVE -> organ.getLevel() != OrganLevel.COUNTY;
        };
    }

    /** The trigger instants of a periodic rule from the year before {@code start} up to {@code now}. */
    static List<Trigger> triggers(Rule rule, Instant start, Instant now) {
        int first = Ledger.day(start).getYear() - 1;
        int last = Ledger.day(now).getYear();
        List<Trigger> triggers = new ArrayList<>();
        switch (rule.recurrence()) {
            case YEAR_ENDED -> {
                for (int year = first; year <= last; year++) {
                    // the year ends on its last day: the duty (e.g. the report "on year Y") belongs to year Y
                    triggers.add(new Trigger(at(LocalDate.of(year, 12, 31), LocalTime.of(23, 59, 59)), year, 0));
                }
            }
            case YEAR_STARTED -> {
                for (int year = first; year <= last; year++) {
                    triggers.add(new Trigger(at(LocalDate.of(year, 1, 1), LocalTime.MIDNIGHT), year, 0));
                }
            }
            case QUARTER_STARTED -> {
                for (int year = first; year <= last; year++) {
                    for (int quarter = 1; quarter <= 4; quarter++) {
                        LocalDate day = LocalDate.of(year, quarter * 3 - 2, 1);
                        triggers.add(new Trigger(at(day, LocalTime.MIDNIGHT), year, quarter));
                    }
                }
            }
            case EFFECTIVE_FROM -> triggers.add(new Trigger(at(rule.effective().from(), LocalTime.MIDNIGHT), 0, -1));
        }
        return triggers.stream().filter(t -> !t.at().isAfter(now)).toList();
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, Ledger.CHINA).toInstant();
    }

    /** A trigger instant and the period it concerns (quarter 0: a year; -1: once). */
    record Trigger(Instant at, int year, int quarter) {

        SubjectRef subject(long organId) {
            return quarter < 0 ? PeriodSubjects.once(organId)
                    : quarter == 0 ? PeriodSubjects.year(organId, year) : PeriodSubjects.quarter(organId, year, quarter);
        }
    }
}

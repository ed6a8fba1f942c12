package cn.gongkai.obligations.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ObligationDueChanged;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.rulebook.PeriodKind;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.obligations.rulebook.Rulebook;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;

/**
 * The ledger's use cases: open an obligation for a trigger (once), and fulfil, pause, resume,
 * restart, extend (once) or waive it. Due times come from the calendar through {@link Deadlines};
 * the rule version is the one in effect on the trigger date. Every change is audited.
 */
@Service
public class Ledger {

    /** Legal time (SPEC M1): rule versions are chosen by the trigger's date in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);

    private final ObligationLedger obligations;
    private final Rulebook rulebook;
    private final Deadlines deadlines;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;
    private final EarlyActs earlyActs;
    private final ApplicationEventPublisher events;
    @PersistenceContext
    private EntityManager entities;

    Ledger(ObligationLedger obligations, Rulebook rulebook, Deadlines deadlines, Organization organization,
            AuditLog audit, Clock clock, EarlyActs earlyActs, ApplicationEventPublisher events) {
        this.earlyActs = earlyActs;
        this.events = events;
        this.obligations = obligations;
        this.rulebook = rulebook;
        this.deadlines = deadlines;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Opens the obligation {@code ruleId} attaches to a trigger, unless the same rule, subject and
     * trigger time already opened one (events may be delivered more than once).
     *
     * @return the new obligation, or empty when it existed already, no version of the rule was in
     *         effect on the trigger date, or the rule is a limit
     */
    @Transactional
    public Optional<Obligation> open(String ruleId, long organId, SubjectRef subject, Instant trigger) {
        // the database keeps microseconds: compare and store what it keeps, or a redelivery would look new
        Instant triggeredAt = trigger.truncatedTo(ChronoUnit.MICROS);
        if (obligations.existsByRuleIdAndSubjectTypeAndSubjectIdAndFirstTriggeredAt(ruleId, subject.type(),
                subject.id(), triggeredAt)) {
            log.debug("Obligation {} for {} triggered at {} exists already", ruleId, subject, triggeredAt);
            return Optional.empty();
        }
        Optional<Rule> version = rulebook.find(ruleId, day(triggeredAt));
        if (version.isEmpty()) {
            // e.g. information formed before the Regulations took effect: no duty, and the act must not fail
            log.info("Trigger of {} for {} on {} ignored: no version of the rule was in effect", ruleId, subject,
                    day(triggeredAt));
            return Optional.empty();
        }
        Rule rule = version.get();
        if (!rule.isDuty()) {
            log.warn("Trigger of {} for {} ignored: the rule is a limit, not a duty raised in the ledger", ruleId,
                    subject);
            return Optional.empty();
        }
        if (organization.organ(organId).isEmpty()) {
            throw new IllegalStateException("Obligation " + ruleId + " for " + subject + ": unknown organ " + organId);
        }
        int required = rule.period().requiredCount(organization.children(organId).size());
        Deadline deadline = deadlines.due(rule, triggeredAt, List.of(), 0);
        Obligation obligation = obligations.save(new Obligation(rule, organId, subject, triggeredAt, deadline,
                required, clock.instant()));
        audit.recordAs("system", "obligation.opened", "obligation", obligation.getId(),
                rule.version() + " " + subject.type() + ":" + subject.id() + " due " + deadline.at());
        announce(obligation, null, "opened");
        // a fulfilment or waiver handled before its trigger (e.g. published in the same act) applies now
        for (EarlyActs.Act act : earlyActs.take(ruleId, subject)) {
            if (!obligation.getState().isOpen()) {
                break;
            }
            if (act.fulfilment()) {
                fulfil(obligation, act.at(), act.actor());
            }
            else {
                waive(obligation, act.reason(), act.actor());
            }
        }
        return Optional.of(obligation);
    }

    /**
     * Fulfils the open obligation; one that does not exist yet (its trigger comes later in the same
     * act, or in a later one) is kept as an early act and applied when the trigger opens it.
     */
    @Transactional
    public void fulfil(String ruleId, SubjectRef subject, Instant at, String actor) {
        Optional<Obligation> latest = locked(ruleId, subject);
        if (latest.isEmpty()) {
            earlyActs.keepFulfilment(ruleId, subject, at, actor);
            log.info("Fulfilment of {} for {} kept: its trigger has not opened the obligation yet", ruleId, subject);
            return;
        }
        if (!latest.get().getState().isOpen()) {
            log.info("Fulfilment of {} for {} ignored: the obligation is closed already", ruleId, subject);
            return;
        }
        fulfil(latest.get(), at, actor);
    }

    private void fulfil(Obligation obligation, Instant at, String actor) {
        if (obligation.runningPause().isPresent()) {
            resume(obligation, day(at));
        }
        if (obligation.fulfil(at, actor)) {
            audit.recordAs(actor, "obligation.fulfilled", "obligation", obligation.getId(),
                    obligation.getState() + " at " + at + ", due " + obligation.getDueAt());
        }
    }

    @Transactional
    public void pause(String ruleId, SubjectRef subject, LocalDate from, String reason) {
        pause(ruleId, subject, from, reason, null);
    }

    /**
     * Stops the clock from {@code from}; with a {@code cap} (the last day the pause may cover, e.g.
     * the consulted party's 15 working days of art. 32) the clock runs again after it by itself.
     */
    @Transactional
    public void pause(String ruleId, SubjectRef subject, LocalDate from, String reason, LocalDate cap) {
        Obligation obligation = open(ruleId, subject);
        if (obligation.runningPause().isPresent()) {
            log.info("Pause of obligation {} from {} ignored: already paused", obligation.getId(), from);
            return;
        }
        PeriodKind kind = rule(obligation).period().kind();
        if (kind != PeriodKind.WORKING_DAYS && kind != PeriodKind.CALENDAR_DAYS) {
            log.warn("Pause of obligation {} refused: a {} period has no clock to stop", obligation.getId(), kind);
            obligation.log(clock.instant(), "pause-refused", "system", kind + " " + from);
            return;
        }
        Instant before = obligation.getDueAt();
        List<Pause> pauses = new java.util.ArrayList<>(obligation.getPauses());
        pauses.add(new Pause(from, reason, cap));
        Deadline deadline = cap == null ? null : deadline(obligation, rule(obligation), pauses);
        obligation.pause(from, reason, cap, rule(obligation), deadline, clock.instant());
        audit.recordAs("system", "obligation.paused", "obligation", obligation.getId(), from + " " + reason
                + (cap == null ? "" : " cap " + cap));
        if (cap != null) {
            announce(obligation, before, "paused");
        }
    }

    @Transactional
    public void resume(String ruleId, SubjectRef subject, LocalDate on) {
        Obligation obligation = open(ruleId, subject);
        if (obligation.runningPause().isEmpty()) {
            log.info("Resumption of obligation {} on {} ignored: not paused", obligation.getId(), on);
            return;
        }
        resume(obligation, on);
    }

    @Transactional
    public void restart(String ruleId, SubjectRef subject, Instant trigger, String reason) {
        Instant triggeredAt = trigger.truncatedTo(ChronoUnit.MICROS);
        Obligation obligation = open(ruleId, subject);
        if (obligation.getTriggeredAt().equals(triggeredAt)) {
            return;
        }
        Rule rule = rule(ruleId, triggeredAt);
        Deadline deadline = deadlines.due(rule, triggeredAt, List.of(), 0);
        Instant before = obligation.getDueAt();
        obligation.restart(triggeredAt, reason, rule, deadline, clock.instant());
        audit.recordAs("system", "obligation.restarted", "obligation", obligation.getId(),
                triggeredAt + " " + reason + ", due " + deadline.at());
        announce(obligation, before, "restarted");
    }

    /**
     * Extends the period once (Regulations art. 33). A second extension, one the rule does not
     * allow, or one beyond the rule's maximum is refused: logged, recorded in the history and
     * audited, the due time unchanged.
     *
     * @return whether the extension was granted
     */
    @Transactional
    public boolean extend(String ruleId, SubjectRef subject, int workingDays, String approvedBy, String reason) {
        Obligation obligation = open(ruleId, subject);
        Rule rule = rule(obligation);
        String refusal = obligation.getExtensionDays() != null ? "already extended once by "
                + obligation.getExtensionDays() + " working days"
                : !rule.allowsExtension() ? "the rule allows no extension"
                : workingDays < 1 || workingDays > rule.extensionWorkingDays()
                        ? workingDays + " working days is outside 1–" + rule.extensionWorkingDays() : null;
        Instant now = clock.instant();
        if (refusal != null) {
            log.warn("Extension of obligation {} ({} for {}) by {} working days refused: {}", obligation.getId(),
                    ruleId, subject, workingDays, refusal);
            obligation.log(now, "extension-refused", approvedBy == null ? "system" : approvedBy, refusal);
            audit.recordAs("system", "obligation.extension-refused", "obligation", obligation.getId(), refusal);
            return false;
        }
        Deadline deadline = withDeferral(obligation, deadlines.due(rule, obligation.getTriggeredAt(),
                obligation.getPauses(), workingDays));
        Instant before = obligation.getDueAt();
        obligation.extend(workingDays, approvedBy, reason, rule, deadline, now);
        audit.recordAs("system", "obligation.extended", "obligation", obligation.getId(),
                "+" + workingDays + " approved by " + approvedBy + ", due " + deadline.at());
        announce(obligation, before, "extended");
        return true;
    }

    /** Waives the open obligation of a rule and subject (an event from the module that owns the subject). */
    @Transactional
    public void waive(String ruleId, SubjectRef subject, String reason, String approvedBy) {
        Optional<Obligation> latest = locked(ruleId, subject);
        if (latest.isEmpty()) {
            earlyActs.keepWaiver(ruleId, subject, clock.instant(), reason, approvedBy);
            log.info("Waiver of {} for {} kept: its trigger has not opened the obligation yet", ruleId, subject);
            return;
        }
        if (!latest.get().getState().isOpen()) {
            log.info("Waiver of {} for {} ignored: the obligation is closed already", ruleId, subject);
            return;
        }
        waive(latest.get(), reason, approvedBy);
    }

    /**
     * Waives an obligation by id (a staff decision).
     *
     * @throws GongkaiException 404 unknown, 422 {@code OBLIGATION_CLOSED} when it is closed already
     */
    @Transactional
    public Obligation waive(long id, String reason, String approvedBy) {
        Obligation obligation = obligations.findById(id)
                .orElseThrow(() -> GongkaiException.notFound("obligation", id));
        if (!obligation.getState().isOpen()) {
            throw GongkaiException.refused("OBLIGATION_CLOSED", "obligations.error.closed", obligation.getState());
        }
        waive(obligation, reason, approvedBy);
        return obligation;
    }

    /** The most recent obligation of a rule and subject. */
    @Transactional(readOnly = true)
    public Optional<Obligation> latest(String ruleId, SubjectRef subject) {
        return obligations.findByRuleIdAndSubjectTypeAndSubjectIdOrderByFirstTriggeredAtDescIdDesc(ruleId,
                subject.type(), subject.id()).stream().findFirst();
    }

    /** The latest obligation of a rule for each of many subjects (unordered; several per subject possible). */
    @Transactional(readOnly = true)
    public List<Obligation> latestOf(String ruleId, String subjectType, java.util.Collection<String> subjectIds) {
        return obligations.findByRuleIdAndSubjectTypeAndSubjectIdIn(ruleId, subjectType, subjectIds).stream()
                .sorted(java.util.Comparator.comparing(Obligation::getFirstTriggeredAt).reversed()
                        .thenComparing(Obligation::getId, java.util.Comparator.reverseOrder()))
                .toList();
    }

    /** The calendar's explanation of the obligation's due time, computed from its stored inputs. */
    @Transactional(readOnly = true)
    public Optional<cn.gongkai.calendar.Explanation> steps(Obligation obligation) {
        return Optional.ofNullable(deadline(obligation, rule(obligation), obligation.getPauses()).steps());
    }

    /** The rule version an obligation was opened under. */
    public Rule rule(Obligation obligation) {
        return rulebook.version(obligation.getRuleVersion()).orElseGet(() -> rule(obligation.getRuleId(),
                obligation.getTriggeredAt()));
    }

    private void waive(Obligation obligation, String reason, String approvedBy) {
        obligation.waive(reason, approvedBy, clock.instant());
        audit.recordAs(approvedBy, "obligation.waived", "obligation", obligation.getId(), reason);
    }

    private void resume(Obligation obligation, LocalDate on) {
        Rule rule = rule(obligation);
        Instant before = obligation.getDueAt();
        obligation.runningPause().ifPresent(p -> p.end(on));
        Deadline deadline = deadline(obligation, rule, obligation.getPauses());
        obligation.resume(on, rule, deadline, clock.instant());
        audit.recordAs("system", "obligation.resumed", "obligation", obligation.getId(),
                on + ", due " + deadline.at());
        announce(obligation, before, "resumed");
    }

    /** The due time from the calendar with the obligation's pauses, extension and deferral. */
    Deadline deadline(Obligation obligation, Rule rule, List<Pause> pauses) {
        return withDeferral(obligation, deadlines.due(rule, obligation.getTriggeredAt(), pauses,
                extension(obligation)));
    }

    private Deadline withDeferral(Obligation obligation, Deadline computed) {
        return obligation.getDeferredUntil() == null ? computed : deferred(computed, obligation.getDeferredUntil());
    }

    /** The later of the statutory due time and the end of the deferred day (art. 35). */
    static Deadline deferred(Deadline computed, LocalDate lastDay) {
        Instant end = endOf(lastDay);
        if (computed.at() != null && !end.isAfter(computed.at())) {
            return computed;
        }
        return new Deadline(end, computed.explanation() + " | deferred (art. 35) to " + lastDay, null,
                computed.steps());
    }

    static int extension(Obligation obligation) {
        return obligation.getExtensionDays() == null ? 0 : obligation.getExtensionDays();
    }

    static Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(CHINA).toInstant();
    }

    /** Tells the subject's module the due time now (same transaction): it shows this one value. */
    void announce(Obligation obligation, Instant before, String cause) {
        events.publishEvent(new ObligationDueChanged(obligation.getRuleId(), obligation.getSubject(), before,
                obligation.getDueAt(), cause));
    }

    /**
     * The latest obligation of a rule and subject, locked for this transaction (SELECT … FOR
     * UPDATE on its rows, then read): concurrent acts on one obligation wait for each other
     * instead of conflicting.
     */
    private Optional<Obligation> locked(String ruleId, SubjectRef subject) {
        // lock first (its own statement), then read: the state read after the lock is the committed one
        entities.createNativeQuery("select id from obligation where rule_id = ? and subject_type = ? and subject_id = ? "
                + "for update").setParameter(1, ruleId).setParameter(2, subject.type()).setParameter(3, subject.id())
                .getResultList();
        Optional<Obligation> latest = latest(ruleId, subject);
        latest.ifPresent(entities::refresh);
        return latest;
    }

    Obligation locked(long id) {
        entities.createNativeQuery("select id from obligation where id = ? for update").setParameter(1, id)
                .getResultList();
        Obligation obligation = obligations.findById(id).orElseThrow();
        entities.refresh(obligation);
        return obligation;
    }

    /**
     * The open obligation an act refers to, locked; none means the act has no trigger: refused
     * (the act's transaction rolls back, nothing is written).
     */
    Obligation open(String ruleId, SubjectRef subject) {
        return locked(ruleId, subject).filter(o -> o.getState().isOpen()).orElseThrow(() -> new IllegalStateException(
                "No open obligation " + ruleId + " for " + subject + " (closed, or never triggered)"));
    }

    private Rule rule(String ruleId, Instant triggeredAt) {
        LocalDate day = day(triggeredAt);
        return rulebook.find(ruleId, day).orElseThrow(() -> new IllegalStateException("Rulebook "
                + rulebook.version() + " has no version of rule '" + ruleId + "' in effect on " + day));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, CHINA);
    }
}

package cn.gongkai.obligations.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    Ledger(ObligationLedger obligations, Rulebook rulebook, Deadlines deadlines, Organization organization,
            AuditLog audit, Clock clock) {
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
     * @return the new obligation, or empty when it existed already
     * @throws IllegalStateException when the rulebook has no version of the rule for the trigger date
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
        Rule rule = rule(ruleId, triggeredAt);
        if (organization.organ(organId).isEmpty()) {
            throw new IllegalStateException("Obligation " + ruleId + " for " + subject + ": unknown organ " + organId);
        }
        int required = rule.period().requiredCount(organization.children(organId).size());
        Deadline deadline = deadlines.due(rule, triggeredAt, List.of(), 0);
        Obligation obligation = obligations.save(new Obligation(rule, organId, subject, triggeredAt, deadline,
                required, clock.instant()));
        audit.recordAs("system", "obligation.opened", "obligation", obligation.getId(),
                rule.version() + " " + subject.type() + ":" + subject.id() + " due " + deadline.at());
        return Optional.of(obligation);
    }

    @Transactional
    public void fulfil(String ruleId, SubjectRef subject, Instant at, String actor) {
        Optional<Obligation> found = latest(ruleId, subject).filter(o -> o.getState().isOpen());
        if (found.isEmpty()) {
            log.info("Fulfilment of {} for {} ignored: no open obligation (already closed)", ruleId, subject);
            return;
        }
        Obligation obligation = found.get();
        if (obligation.isPaused()) {
            resume(obligation, day(at));
        }
        if (obligation.fulfil(at, actor)) {
            audit.recordAs(actor, "obligation.fulfilled", "obligation", obligation.getId(),
                    obligation.getState() + " at " + at + ", due " + obligation.getDueAt());
        }
    }

    @Transactional
    public void pause(String ruleId, SubjectRef subject, LocalDate from, String reason) {
        Obligation obligation = open(ruleId, subject);
        if (obligation.isPaused()) {
            log.info("Pause of obligation {} from {} ignored: already paused", obligation.getId(), from);
            return;
        }
        PeriodKind kind = rule(obligation).period().kind();
        if (kind != PeriodKind.WORKING_DAYS && kind != PeriodKind.CALENDAR_DAYS) {
            log.warn("Pause of obligation {} refused: a {} period has no clock to stop", obligation.getId(), kind);
            obligation.log(clock.instant(), "pause-refused", "system", kind + " " + from);
            return;
        }
        obligation.pause(from, reason, clock.instant());
        audit.recordAs("system", "obligation.paused", "obligation", obligation.getId(), from + " " + reason);
    }

    @Transactional
    public void resume(String ruleId, SubjectRef subject, LocalDate on) {
        Obligation obligation = open(ruleId, subject);
        if (!obligation.isPaused()) {
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
        obligation.restart(triggeredAt, reason, rule, deadline, clock.instant());
        audit.recordAs("system", "obligation.restarted", "obligation", obligation.getId(),
                triggeredAt + " " + reason + ", due " + deadline.at());
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
        Deadline deadline = deadlines.due(rule, obligation.getTriggeredAt(), obligation.getPauses(), workingDays);
        obligation.extend(workingDays, approvedBy, reason, rule, deadline, now);
        audit.recordAs("system", "obligation.extended", "obligation", obligation.getId(),
                "+" + workingDays + " approved by " + approvedBy + ", due " + deadline.at());
        return true;
    }

    /** Waives the open obligation of a rule and subject (an event from the module that owns the subject). */
    @Transactional
    public void waive(String ruleId, SubjectRef subject, String reason, String approvedBy) {
        Optional<Obligation> found = latest(ruleId, subject).filter(o -> o.getState().isOpen());
        if (found.isEmpty()) {
            log.info("Waiver of {} for {} ignored: no open obligation", ruleId, subject);
            return;
        }
        waive(found.get(), reason, approvedBy);
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
        obligation.runningPause().ifPresent(p -> p.end(on));
        Deadline deadline = deadlines.due(rule, obligation.getTriggeredAt(), obligation.getPauses(),
                obligation.getExtensionDays() == null ? 0 : obligation.getExtensionDays());
        obligation.resume(on, rule, deadline, clock.instant());
        audit.recordAs("system", "obligation.resumed", "obligation", obligation.getId(),
                on + ", due " + deadline.at());
    }

    /** The open obligation an event refers to; none yet means the trigger event has not been handled: retry later. */
    private Obligation open(String ruleId, SubjectRef subject) {
        return latest(ruleId, subject).filter(o -> o.getState().isOpen()).orElseThrow(() -> new IllegalStateException(
                "No open obligation " + ruleId + " for " + subject + " (closed, or its trigger not yet handled)"));
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

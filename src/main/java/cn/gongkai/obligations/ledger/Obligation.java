package cn.gongkai.obligations.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.rulebook.Rule;

/**
 * An obligation (合规义务): a duty a rule attaches to a subject in an organ, with the due time the
 * calendar computed, its pauses, its single extension, the reminders sent and its history. State
 * transitions live here; the {@link Ledger} service orchestrates them.
 */
@Entity
public class Obligation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String ruleId;
    private String ruleVersion;
    private long organId;
    private String subjectType;
    private String subjectId;
    private String subjectPath;
    private Instant firstTriggeredAt;
    private Instant triggeredAt;
    private Instant dueAt;
    private String dueExplanation;
    private Instant remindAt;
    @Enumerated(EnumType.STRING)
    private ObligationState state;
    private int requiredCount;
    private int fulfilledCount;
    private Instant fulfilledAt;
    private boolean paused;
    private Integer extensionDays;
    private String extensionApprovedBy;
    private String extensionReason;
    private Instant waivedAt;
    private String waivedBy;
    private String waivedReason;
    private Instant remindedAt;
    private Instant escalatedAt;
    private Instant createdAt;
    private Integer dueUnknownYear;
    private LocalDate deferredUntil;
    @Version
    @Column(name = "version")
    private int revision;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "obligation_pause", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderBy("fromDay")
    private List<Pause> pauses = new ArrayList<>();
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "obligation_history", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderBy("at")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Obligation() {
    }

    Obligation(Rule rule, long organId, SubjectRef subject, Instant triggeredAt, Deadline deadline, int requiredCount,
            Instant now) {
        this.ruleId = rule.id();
        this.ruleVersion = rule.version();
        this.organId = organId;
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.subjectPath = subject.consolePath();
        this.firstTriggeredAt = triggeredAt;
        this.triggeredAt = triggeredAt;
        this.requiredCount = requiredCount;
        this.createdAt = now;
        this.state = ObligationState.OPEN;
        schedule(rule, deadline, now);
        log(now, "opened", "system", deadline.explanation());
    }

    /** Counts one fulfilling act; the last required one closes the obligation as met on time or late. */
    boolean fulfil(Instant at, String actor) {
        fulfilledCount++;
        if (fulfilledCount < requiredCount) {
            log(at, "fulfilled-partly", actor, fulfilledCount + "/" + requiredCount);
            return false;
        }
        fulfilledAt = at;
        paused = false;
        // a gate rule (SAME_TIME) is due at the trigger itself: an act at that instant is on time;
        // with the due time unknown (no holiday data yet) the act cannot be late: the period has not run out
        boolean onTime = dueAt == null || at.isBefore(dueAt) || (dueAt.equals(triggeredAt) && !at.isAfter(dueAt));
        state = onTime ? ObligationState.MET_ON_TIME : ObligationState.MET_LATE;
        log(at, "fulfilled", actor, state.name());
        return true;
    }

    /**
     * Stops the clock from {@code from}. A pause with a cap (the last day it may cover) leaves the
     * obligation running with the due time the cap gives, so it is scanned and can fall overdue.
     */
    void pause(LocalDate from, String reason, LocalDate cap, Rule rule, Deadline deadline, Instant now) {
        pauses.add(new Pause(from, reason, cap));
        paused = cap == null;
        log(now, "paused", "system", from + (reason == null ? "" : " " + reason) + (cap == null ? "" : " until "
                + cap + " at most"));
        if (cap != null) {
            schedule(rule, deadline, now);
        }
    }

    /** Art. 35: a later reasonable reply date set by the organ; the due time becomes the end of that day. */
    void defer(LocalDate lastDay, String reason, String approvedBy, Rule rule, Deadline deadline, Instant now) {
        deferredUntil = lastDay;
        schedule(rule, deadline, now);
        log(now, "deferred", approvedBy == null ? "system" : approvedBy, lastDay + " " + reason);
    }

    /** New holiday data gave another due time: records old and new. */
    void recompute(Rule rule, Deadline deadline, Instant now, String cause) {
        Instant old = dueAt;
        schedule(rule, deadline, now);
        log(now, "recomputed", "system", (old == null ? "unknown" : old.toString()) + " -> "
                + (dueAt == null ? "unknown" : dueAt.toString()) + " (" + cause + ")");
    }

    /** The pause still running (not ended by an answer or payment), if any. */
    public Optional<Pause> runningPause() {
        return pauses.stream().filter(Pause::isRunning).findFirst();
    }

    void resume(LocalDate on, Rule rule, Deadline deadline, Instant now) {
        runningPause().ifPresent(p -> p.end(on));
        paused = false;
        schedule(rule, deadline, now);
        log(now, "resumed", "system", on + ": " + deadline.explanation());
    }

    /** A new trigger (e.g. the corrected application, Regulations art. 30): the period starts again. */
    void restart(Instant at, String reason, Rule rule, Deadline deadline, Instant now) {
        triggeredAt = at;
        pauses.clear();
        paused = false;
        deferredUntil = null;
        extensionDays = null;
        extensionApprovedBy = null;
        extensionReason = null;
        remindedAt = null;
        escalatedAt = null;
        state = ObligationState.OPEN;
        schedule(rule, deadline, now);
        log(now, "restarted", "system", at + (reason == null ? "" : " " + reason) + ": " + deadline.explanation());
    }

    void extend(int workingDays, String approvedBy, String reason, Rule rule, Deadline deadline, Instant now) {
        extensionDays = workingDays;
        extensionApprovedBy = approvedBy;
        extensionReason = reason;
        schedule(rule, deadline, now);
        log(now, "extended", approvedBy == null ? "system" : approvedBy, "+" + workingDays + " " + reason);
    }

    void waive(String reason, String approvedBy, Instant now) {
        state = ObligationState.WAIVED;
        waivedAt = now;
        waivedBy = approvedBy;
        waivedReason = reason;
        paused = false;
        log(now, "waived", approvedBy, reason);
    }

    /** Moves between open states as time passes: due soon from the reminder time, overdue from the due time. */
    void refresh(Instant now) {
        if (!state.isOpen() || paused) {
            return;
        }
        if (dueAt == null) {
            state = ObligationState.OPEN;
            return;
        }
        state = !now.isBefore(dueAt) ? ObligationState.OVERDUE
                : !now.isBefore(remindAt) ? ObligationState.DUE_SOON : ObligationState.OPEN;
    }

    void reminded(Instant now, int recipients) {
        remindedAt = now;
        log(now, "reminded", "system", String.valueOf(recipients));
    }

    void escalated(Instant now, int recipients) {
        escalatedAt = now;
        log(now, "escalated", "system", String.valueOf(recipients));
    }

    void log(Instant at, String action, String actor, String detail) {
        history.add(new HistoryEntry(at, action, actor, detail));
    }

    private void schedule(Rule rule, Deadline deadline, Instant now) {
        dueAt = deadline.at();
        dueUnknownYear = deadline.unknownYear();
        if (dueAt == null) {
            dueExplanation = deadline.explanation();
            remindAt = null;
            refresh(now);
            return;
        }
        dueExplanation = deadline.explanation() == null || deadline.explanation().length() <= 4000
                ? deadline.explanation() : deadline.explanation().substring(0, 4000);
        remindAt = deadline.at().minus(rule.reminder());
        refresh(now);
    }

    public Long getId() {
        return id;
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getRuleVersion() {
        return ruleVersion;
    }

    public long getOrganId() {
        return organId;
    }

    public SubjectRef getSubject() {
        return new SubjectRef(subjectType, subjectId, subjectPath);
    }

    public Instant getFirstTriggeredAt() {
        return firstTriggeredAt;
    }

    public Instant getTriggeredAt() {
        return triggeredAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getDueExplanation() {
        return dueExplanation;
    }

    /** The last day of the period (due at 24:00 of it), or null when unknown. */
    public LocalDate getLastDay() {
        return dueAt == null ? null : Ledger.day(dueAt.minusSeconds(1));
    }

    /** The year without holiday data that keeps the due time unknown, or null. */
    public Integer getDueUnknownYear() {
        return dueUnknownYear;
    }

    /** Art. 35: the reply date the organ set, or null. */
    public LocalDate getDeferredUntil() {
        return deferredUntil;
    }

    public Instant getRemindAt() {
        return remindAt;
    }

    public ObligationState getState() {
        return state;
    }

    public int getRequiredCount() {
        return requiredCount;
    }

    public int getFulfilledCount() {
        return fulfilledCount;
    }

    public Instant getFulfilledAt() {
        return fulfilledAt;
    }

    public boolean isPaused() {
        return paused;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public String getExtensionApprovedBy() {
        return extensionApprovedBy;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public Instant getWaivedAt() {
        return waivedAt;
    }

    public String getWaivedBy() {
        return waivedBy;
    }

    public String getWaivedReason() {
        return waivedReason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public List<Pause> getPauses() {
        return List.copyOf(pauses);
    }

    /** The live history collection, for initializing it inside a read transaction. */
    List<HistoryEntry> historyForLoading() {
        return history;
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }
}

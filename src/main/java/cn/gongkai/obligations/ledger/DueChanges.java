package cn.gongkai.obligations.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ObligationDueChanged;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.platform.AuditLog;

/**
 * Due-time changes that come from outside the period's own arithmetic: the art. 35 deferral set
 * by the organ, and the recomputation of every open obligation when a year's holiday notice is
 * loaded. Both lock the obligation like every act of the {@link Ledger}.
 */
@Service
public class DueChanges {

    private static final Logger log = LoggerFactory.getLogger(DueChanges.class);

    private final Ledger ledger;
    private final ObligationLedger obligations;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DueChanges(Ledger ledger, ObligationLedger obligations, Deadlines deadlines, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.ledger = ledger;
        this.obligations = obligations;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Art. 35: the organ sets a later reasonable date; the obligation is due at the end of
     * {@code lastDay}. Refused (logged, recorded, audited; due unchanged) when the day is not after
     * the current due time or the due time is unknown.
     *
     * @return whether the deferral was applied
     */
    @Transactional
    public boolean defer(String ruleId, SubjectRef subject, LocalDate lastDay, String reason, String approvedBy) {
        Obligation obligation = ledger.open(ruleId, subject);
        Instant before = obligation.getDueAt();
        Instant end = Ledger.endOf(lastDay);
        if (before == null || !end.isAfter(before)) {
            String refusal = before == null ? "the due time is unknown" : lastDay + " is not after the due time " + before;
            log.warn("Deferral of obligation {} refused: {}", obligation.getId(), refusal);
            obligation.log(clock.instant(), "deferral-refused", approvedBy == null ? "system" : approvedBy, refusal);
            audit.recordAs("system", "obligation.deferral-refused", "obligation", obligation.getId(), refusal);
            return false;
        }
        Rule rule = ledger.rule(obligation);
        Deadline computed = deadlines.due(rule, obligation.getTriggeredAt(), obligation.getPauses(),
                Ledger.extension(obligation));
        obligation.defer(lastDay, reason, approvedBy, rule, Ledger.deferred(computed, lastDay), clock.instant());
        audit.recordAs("system", "obligation.deferred", "obligation", obligation.getId(), lastDay + " " + reason);
        ledger.announce(obligation, before, "deferred");
        return true;
    }

    /**
     * Computes the due time of every open obligation again (new holiday data) and records each
     * change (old → new) in its history; tells the owners of the subjects through
     * {@link ObligationDueChanged}.
     *
     * @return how many due times changed
     */
    @Transactional
    public int recomputeOpen(String cause) {
        int changed = 0;
        for (Long id : obligations.openIds(List.of(cn.gongkai.obligations.ObligationState.OPEN,
                cn.gongkai.obligations.ObligationState.DUE_SOON, cn.gongkai.obligations.ObligationState.OVERDUE))) {
            Obligation obligation = ledger.locked(id);
            if (obligation.isPaused() || !obligation.getState().isOpen()) {
                continue;
            }
            Instant before = obligation.getDueAt();
            Rule rule = ledger.rule(obligation);
            Deadline deadline = ledger.deadline(obligation, rule, obligation.getPauses());
            if (java.util.Objects.equals(before, deadline.at())) {
                continue;
            }
            obligation.recompute(rule, deadline, clock.instant(), cause);
            audit.recordAs("system", "obligation.recomputed", "obligation", obligation.getId(),
                    before + " -> " + deadline.at() + " (" + cause + ")");
            events.publishEvent(new ObligationDueChanged(obligation.getRuleId(), obligation.getSubject(), before,
                    obligation.getDueAt(), cause));
            changed++;
        }
        return changed;
    }

}

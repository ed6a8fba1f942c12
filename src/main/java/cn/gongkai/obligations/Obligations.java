package cn.gongkai.obligations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.calendar.Explanation;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.obligations.rulebook.Rule;

/**
 * What other modules ask the obligations engine: the obligation a rule attaches to their subject,
 * with the legal due time and the calendar's explanation (e.g. the requests module shows the
 * reply deadline of Regulations art. 33 on a request: this is the one value, never recomputed).
 */
@Service
@Transactional(readOnly = true)
public class Obligations {

    private final Ledger ledger;
    private final WorkingCalendar calendar;

    Obligations(Ledger ledger, WorkingCalendar calendar) {
        this.ledger = ledger;
        this.calendar = calendar;
    }

    /**
     * The most recent obligation of {@code ruleId} for {@code subject}, or empty when none was
     * opened. Events are handled in the publisher's transaction, so an act sees its own result.
     */
    public Optional<ObligationView> find(String ruleId, SubjectRef subject) {
        if (ruleId == null || subject == null) {
            return Optional.empty();
        }
        return ledger.latest(ruleId, subject).map(this::view);
    }

    /** The latest obligation of {@code ruleId} for each of many subjects of one type, by subject id (list pages). */
    public Map<String, ObligationView> findAll(String ruleId, String subjectType, Collection<String> subjectIds) {
        Map<String, ObligationView> result = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return result;
        }
        for (Obligation o : ledger.latestOf(ruleId, subjectType, subjectIds)) {
            result.putIfAbsent(o.getSubject().id(), view(o));
        }
        return result;
    }

    /**
     * The calendar's step-by-step explanation of the obligation's due time as the ledger computes
     * it (same inputs: trigger, pauses, extension), or empty when a year has no holiday data.
     */
    public Optional<Explanation> explain(String ruleId, SubjectRef subject) {
        return ledger.latest(ruleId, subject).flatMap(ledger::steps);
    }

    private ObligationView view(Obligation o) {
        Rule rule = ledger.rule(o);
        ObligationView v = new ObligationView(o.getId(), o.getRuleId(), o.getRuleVersion(), rule.source().zh(),
                rule.source().en(), o.getOrganId(), o.getSubject(), o.getTriggeredAt(), o.getDueAt(),
                o.getDueExplanation(), o.getState(), o.runningPause().isPresent(), o.getExtensionDays(),
                o.getFulfilledAt(), o.getDueUnknownYear(), o.getDeferredUntil(), false);
        return v.dueAt() == null || !calendar.isProvisional(v.lastDay()) ? v
                : new ObligationView(v.id(), v.ruleId(), v.ruleVersion(), v.source(), v.sourceEn(), v.organId(),
                        v.subject(), v.triggeredAt(), v.dueAt(), v.dueExplanation(), v.state(), v.paused(),
                        v.extensionWorkingDays(), v.fulfilledAt(), v.dueUnknownYear(), v.deferredUntil(), true);
    }
}

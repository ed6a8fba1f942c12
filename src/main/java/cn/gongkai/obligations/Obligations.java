package cn.gongkai.obligations;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.obligations.rulebook.Rule;

/**
 * What other modules ask the obligations engine: the obligation a rule attaches to their subject,
 * with the legal due time and the calendar's explanation (e.g. the requests module shows the
 * reply deadline of Regulations art. 33 on a request).
 */
@Service
@Transactional(readOnly = true)
public class Obligations {

    private final Ledger ledger;

    Obligations(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * The most recent obligation of {@code ruleId} for {@code subject}, or empty when none was
     * opened (yet: the trigger event is handled asynchronously after the publishing transaction).
     */
    public Optional<ObligationView> find(String ruleId, SubjectRef subject) {
        if (ruleId == null || subject == null) {
            return Optional.empty();
        }
        return ledger.latest(ruleId, subject).map(this::view);
    }

    private ObligationView view(Obligation o) {
        Rule rule = ledger.rule(o);
        return new ObligationView(o.getId(), o.getRuleId(), o.getRuleVersion(), rule.source().zh(),
                rule.source().en(), o.getOrganId(), o.getSubject(), o.getTriggeredAt(), o.getDueAt(),
                o.getDueExplanation(), o.getState(), o.isPaused(), o.getExtensionDays(), o.getFulfilledAt());
    }
}

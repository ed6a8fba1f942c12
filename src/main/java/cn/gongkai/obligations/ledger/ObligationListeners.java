package cn.gongkai.obligations.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;

/**
 * Turns the other modules' events into ledger changes. Each listener runs after the publishing
 * transaction committed, in a transaction of its own, and is recorded in Modulith's JDBC event
 * publication registry: a failure (or a crash) leaves the publication incomplete, and it is
 * delivered again on restart. Every handler is idempotent, so a second delivery changes nothing.
 */
@Component
class ObligationListeners {

    private static final Logger log = LoggerFactory.getLogger(ObligationListeners.class);

    private final Ledger ledger;
    private final TransactionTemplate ownTransaction;

    ObligationListeners(Ledger ledger, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Two deliveries of one trigger at the same moment both find no obligation; the database's
     * unique key lets one insert win, and the other delivery is then complete too.
     */
    @ApplicationModuleListener
    void on(ObligationTriggered event) {
        try {
            ownTransaction.executeWithoutResult(status -> ledger.open(event.ruleId(), event.organId(),
                    event.subject(), event.triggeredAt()));
        }
        catch (DataIntegrityViolationException e) {
            if (ledger.latest(event.ruleId(), event.subject()).isEmpty()) {
                throw e;
            }
            log.info("Obligation {} for {} was opened by a concurrent delivery of the same trigger", event.ruleId(),
                    event.subject());
        }
    }

    @ApplicationModuleListener
    void on(ObligationFulfilled event) {
        ledger.fulfil(event.ruleId(), event.subject(), event.fulfilledAt(), "system");
    }

    @ApplicationModuleListener
    void on(ObligationPaused event) {
        ledger.pause(event.ruleId(), event.subject(), event.from(), event.reason());
    }

    @ApplicationModuleListener
    void on(ObligationResumed event) {
        ledger.resume(event.ruleId(), event.subject(), event.on());
    }

    @ApplicationModuleListener
    void on(ObligationRestarted event) {
        ledger.restart(event.ruleId(), event.subject(), event.triggeredAt(), event.reason());
    }

    @ApplicationModuleListener
    void on(ObligationExtended event) {
        ledger.extend(event.ruleId(), event.subject(), event.workingDays(), event.approvedBy(), event.reason());
    }

    @ApplicationModuleListener
    void on(ObligationWaived event) {
        ledger.waive(event.ruleId(), event.subject(), event.reason(), event.approvedBy());
    }
}

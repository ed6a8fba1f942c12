package cn.gongkai.obligations.ledger;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gongkai.calendar.HolidayYearPublished;
import cn.gongkai.obligations.ObligationEvents.ObligationDeferred;
import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.platform.GongkaiException;

/**
 * Turns the other modules' events into ledger changes, synchronously in the publisher's thread
 * and transaction (plain {@link EventListener}s, not Modulith's asynchronous module listeners):
 * a ledger change commits with its act or not at all, the events of one act apply in publish
 * order, and the publisher reads the due time back at once. Concurrent acts on one obligation
 * wait for each other on its row lock (see {@link Ledger}). An act the ledger refuses fails the
 * publisher's transaction with a 422 naming the rule, so nothing of the act is written.
 */
@Component
class ObligationListeners {

    private final Ledger ledger;
    private final DueChanges dueChanges;

    ObligationListeners(Ledger ledger, DueChanges dueChanges) {
        this.ledger = ledger;
        this.dueChanges = dueChanges;
    }

    /** Idempotent: the same rule, subject and trigger open one obligation (existence check and unique key). */
    @EventListener
    void on(ObligationTriggered event) {
        ledger.open(event.ruleId(), event.organId(), event.subject(), event.triggeredAt());
    }

    @EventListener
    void on(ObligationFulfilled event) {
        ledger.fulfil(event.ruleId(), event.subject(), event.fulfilledAt(), "system");
    }

    @EventListener
    void on(ObligationPaused event) {
        ledger.pause(event.ruleId(), event.subject(), event.from(), event.reason(), event.cap());
    }

    @EventListener
    void on(ObligationResumed event) {
        ledger.resume(event.ruleId(), event.subject(), event.on());
    }

    @EventListener
    void on(ObligationRestarted event) {
        ledger.restart(event.ruleId(), event.subject(), event.triggeredAt(), event.reason());
    }

    @EventListener
    void on(ObligationExtended event) {
        if (!ledger.extend(event.ruleId(), event.subject(), event.workingDays(), event.approvedBy(), event.reason())) {
            throw GongkaiException.refused("EXTENSION_REFUSED", "obligations.error.extensionRefused", event.ruleId());
        }
    }

    @EventListener
    void on(ObligationDeferred event) {
        if (!dueChanges.defer(event.ruleId(), event.subject(), event.newLastDay(), event.reason(), event.approvedBy())) {
            throw GongkaiException.refused("DEFERRAL_REFUSED", "obligations.error.deferralRefused", event.ruleId());
        }
    }

    @EventListener
    void on(ObligationWaived event) {
        ledger.waive(event.ruleId(), event.subject(), event.reason(), event.approvedBy());
    }

    /** A year's holiday notice was loaded: every open due time is computed again (history: old → new). */
    @EventListener
    void on(HolidayYearPublished event) {
        dueChanges.recomputeOpen("holiday-notice-" + event.year());
    }
}

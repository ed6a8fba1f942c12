package cn.gongkai.registers.rows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.obligations.Rules;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.registers.RegisterType;

/**
 * A row's duty in the ledger (e.g. a licence decision published within 7 working days, 二(二)).
 * The trigger instant is the start of the trigger day in Asia/Shanghai: the day the decision was
 * made (or became final) is the event, and the calendar never counts that day, so the period is
 * the same whenever on that day or later the row was entered. Events are handled by the ledger in
 * the caller's transaction.
 */
@Component
class RowDuties {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ApplicationEventPublisher events;
    private final Rules rules;

    RowDuties(ApplicationEventPublisher events, Rules rules) {
        this.events = events;
        this.rules = rules;
    }

    /**
     * Whether the type's rule was in force on the trigger day: a decision made before the rule took
     * effect (二(二) and 四(三) from 2017-04-27) raises no duty, so its row is entered and published
     * without one.
     */
    boolean applies(RegisterType type, LocalDate triggerOn) {
        if (type.duty() == null || triggerOn == null) {
            return false;
        }
        return rules.inEffect(type.duty().rule(), triggerOn);
    }

    static SubjectRef subject(String registerCode, long rowId) {
        return new SubjectRef("register-row", String.valueOf(rowId), "/console/registers/" + registerCode + "/rows/" + rowId);
    }

    /** The row was entered: its duty runs from the trigger day (none without a duty or that day). */
    void entered(RegisterType type, long rowId, long organId, LocalDate triggerOn) {
        if (applies(type, triggerOn)) {
            events.publishEvent(new ObligationTriggered(type.duty().rule(), organId, subject(type.code(), rowId),
                    start(triggerOn)));
        }
    }

    /**
     * The trigger day of an unpublished row was corrected: the period restarts from the corrected
     * day (raised now if the row had no duty before; waived if the corrected day is before the
     * rule took effect). A published row's duty was met: its
     * publication stands, a later correction of the day changes nothing in the ledger.
     */
    void triggerCorrected(RegisterType type, long rowId, long organId, LocalDate before, LocalDate after) {
        if (type.duty() == null || after == null || after.equals(before)) {
            return;
        }
        boolean had = applies(type, before);
        boolean has = applies(type, after);
        if (!had) {
            entered(type, rowId, organId, after);
            return;
        }
        if (!has) {
            events.publishEvent(new ObligationWaived(type.duty().rule(), subject(type.code(), rowId),
                    "trigger day corrected to " + after + ", before the rule took effect", "system"));
            return;
        }
        events.publishEvent(new ObligationRestarted(type.duty().rule(), subject(type.code(), rowId), start(after),
                "trigger day corrected from " + before + " to " + after));
    }

    void published(RegisterType type, long rowId, LocalDate triggerOn, Instant at) {
        if (applies(type, triggerOn)) {
            events.publishEvent(new ObligationFulfilled(type.duty().rule(), subject(type.code(), rowId), at));
        }
    }

    /** An unpublished row was retracted: nothing is left to publish, the duty is waived. */
    void retractedDraft(RegisterType type, long rowId, LocalDate triggerOn, String reason, String actor) {
        if (applies(type, triggerOn)) {
            events.publishEvent(new ObligationWaived(type.duty().rule(), subject(type.code(), rowId), reason, actor));
        }
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(CHINA).toInstant();
    }
}

package cn.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;

/**
 * Tells the obligations engine what happened to a request, inside the transaction of the act
 * (the engine's durable listener then opens, pauses, restarts, extends and closes the duties of
 * Regulations art. 30, 32–34). Reasons are short English codes for the ledger; no personal data.
 */
@Component
class ObligationSignals {

    private final ApplicationEventPublisher events;

    ObligationSignals(ApplicationEventPublisher events) {
        this.events = events;
    }

    static SubjectRef subject(DisclosureRequest r) {
        return new SubjectRef("request", String.valueOf(r.getId()), "/console/requests/" + r.getId());
    }

    static SubjectRef subject(DisclosureRequest r, Consultation c) {
        return new SubjectRef("request-consultation", String.valueOf(c.getId()), "/console/requests/" + r.getId());
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** Art. 33 reply and art. 30 correction-notice duties start at receipt. */
    void received(DisclosureRequest r) {
        Instant at = startOf(r.getReceivedOn());
        events.publishEvent(new ObligationTriggered(RuleIds.REQUEST_REPLY, r.getOrganId(), subject(r), at));
        events.publishEvent(new ObligationTriggered(RuleIds.CORRECTION_NOTICE, r.getOrganId(), subject(r), at));
    }

    /**
     * The notice fulfils its duty; the reply clock stands still while the applicant corrects (it
     * restarts at the corrected application, or the duty is waived when none comes).
     */
    void correctionAsked(DisclosureRequest r, Instant at) {
        events.publishEvent(new ObligationFulfilled(RuleIds.CORRECTION_NOTICE, subject(r), at));
        events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject(r), r.getCorrectionAskedOn().plusDays(1),
                "awaiting-correction"));
    }

    void corrected(DisclosureRequest r) {
        events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject(r), r.getCorrectedOn()));
        events.publishEvent(new ObligationRestarted(RuleIds.REQUEST_REPLY, subject(r), startOf(r.getCorrectedOn()),
                "corrected-application"));
    }

    void consultationStarted(DisclosureRequest r, Consultation c) {
        events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject(r), c.getSentOn().plusDays(1),
                "consultation-" + c.getKind().name().toLowerCase().replace('_', '-')));
        events.publishEvent(new ObligationTriggered(RuleIds.CONSULTATION, r.getOrganId(), subject(r, c),
                startOf(c.getSentOn())));
    }

    void consultationEnded(DisclosureRequest r, Consultation c, boolean answered, Instant at, String actor) {
        events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject(r), c.getAnsweredOn().plusDays(1)));
        if (answered) {
            events.publishEvent(new ObligationFulfilled(RuleIds.CONSULTATION, subject(r, c), at));
        }
        else {
            events.publishEvent(new ObligationWaived(RuleIds.CONSULTATION, subject(r, c), "no-answer", actor));
        }
    }

    void extended(DisclosureRequest r) {
        events.publishEvent(new ObligationExtended(RuleIds.REQUEST_REPLY, subject(r), r.getExtensionDays(),
                r.getExtensionApprovedBy(), "art-33-extension"));
    }

    void feeNoticed(DisclosureRequest r) {
        events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject(r),
                r.getFee().getNoticedOn().plusDays(1), "fee-notice"));
    }

    void feePaid(DisclosureRequest r) {
        events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject(r),
                r.getFee().getPaidOn().plusDays(1)));
    }

    /** The reply fulfils art. 33; an unused correction-notice duty is waived. */
    void replied(DisclosureRequest r, Instant at, String actor) {
        events.publishEvent(new ObligationFulfilled(RuleIds.REQUEST_REPLY, subject(r), at));
        if (r.getCorrectionAskedOn() == null) {
            events.publishEvent(new ObligationWaived(RuleIds.CORRECTION_NOTICE, subject(r),
                    "replied-without-correction", actor));
        }
    }

    /** Closed without a reply (abandoned, fee unpaid, withdrawn): open duties are waived. */
    void closed(DisclosureRequest r, String reason, String actor) {
        events.publishEvent(new ObligationWaived(RuleIds.REQUEST_REPLY, subject(r), reason, actor));
        if (r.getCorrectionAskedOn() == null) {
            events.publishEvent(new ObligationWaived(RuleIds.CORRECTION_NOTICE, subject(r), reason, actor));
        }
    }
}

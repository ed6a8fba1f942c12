package cn.gongkai.requests.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationEvents.ObligationDeferred;
import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.requests.dossier.Consultation;
import cn.gongkai.requests.dossier.Consultations;
import cn.gongkai.requests.dossier.DisclosureRequest;

/**
 * Tells the obligations engine what happened to a request, inside the transaction of the act.
 * The engine handles the events synchronously in that transaction, so each method ends by
 * reading the reply's due date back from the ledger (the one value; {@code dueOn} is its copy
 * for list pages). Only the art. 33 reply is a duty in the ledger; the correction-notice limit
 * (art. 30), the consulted party's 15 working days (art. 32) and the fee payment are limits of
 * the rulebook enforced here. Reasons are short English codes for the ledger; no personal data.
 */
@Component
public class ObligationSignals {

    private final ApplicationEventPublisher events;
    private final RequestClock clock;
    private final Consultations consultations;

    public ObligationSignals(ApplicationEventPublisher events, RequestClock clock, Consultations consultations) {
        this.events = events;
        this.clock = clock;
        this.consultations = consultations;
    }

    static SubjectRef subject(DisclosureRequest r) {
        return new SubjectRef("request", String.valueOf(r.getId()), "/console/requests/" + r.getId());
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(WorkingCalendar.ZONE).toInstant();
    }

    /** The art. 33 reply duty starts at receipt (no duty for the correction notice: it is a limit). */
    public void received(DisclosureRequest r) {
        events.publishEvent(new ObligationTriggered(RuleIds.REQUEST_REPLY, r.getOrganId(), subject(r),
                startOf(r.getReceivedOn())));
        refresh(r);
    }

    /** The reply clock stands still while the applicant corrects (it restarts at the corrected application). */
    public void correctionAsked(DisclosureRequest r) {
        events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject(r), r.getCorrectionAskedOn().plusDays(1),
                "awaiting-correction"));
        refresh(r);
    }

    public void corrected(DisclosureRequest r) {
        events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject(r), r.getCorrectedOn()));
        events.publishEvent(new ObligationRestarted(RuleIds.REQUEST_REPLY, subject(r), startOf(r.getCorrectedOn()),
                "corrected-application"));
        refresh(r);
    }

    /**
     * Art. 32: the consultation is not counted, for at most the party's 15 working days (the
     * pause's cap); after them the clock runs again even without an answer.
     */
    public void consultationStarted(DisclosureRequest r, Consultation c) {
        events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject(r), c.getSentOn().plusDays(1),
                "consultation-" + c.getKind().name().toLowerCase().replace('_', '-'), c.getAnswerDueOn()));
        refresh(r);
    }

    public void consultationEnded(DisclosureRequest r, Consultation c) {
        events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject(r), c.getAnsweredOn().plusDays(1)));
        refresh(r);
    }

    /** Art. 33: the approved extension; the ledger refuses a second one or one beyond the maximum (422). */
    void extended(DisclosureRequest r) {
        events.publishEvent(new ObligationExtended(RuleIds.REQUEST_REPLY, subject(r), r.getExtensionDays(),
                r.getExtensionApprovedBy(), "art-33-extension"));
        refresh(r);
    }

    /** Art. 35: the reasonable later reply date; the ledger's due becomes the end of that day. */
    void deferred(DisclosureRequest r, String approvedBy) {
        events.publishEvent(new ObligationDeferred(RuleIds.REQUEST_REPLY, subject(r), r.getDeferredUntil(),
                "art-35-deferral", approvedBy));
        refresh(r);
    }

    /** The wait for the fee is not counted, at most until the last day to pay (then the application lapses). */
    public void feeNoticed(DisclosureRequest r) {
        events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject(r),
                r.getFee().getNoticedOn().plusDays(1), "fee-notice", r.getFee().getPayBy()));
        refresh(r);
    }

    public void feePaid(DisclosureRequest r) {
        events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject(r),
                r.getFee().getPaidOn().plusDays(1)));
        refresh(r);
    }

    /** The reply fulfils art. 33. */
    public void replied(DisclosureRequest r, Instant at, String actor) {
        events.publishEvent(new ObligationFulfilled(RuleIds.REQUEST_REPLY, subject(r), at));
    }

    /** Closed without a reply (abandoned, fee unpaid, withdrawn): the reply duty is waived. */
    public void closed(DisclosureRequest r, String reason, String actor) {
        events.publishEvent(new ObligationWaived(RuleIds.REQUEST_REPLY, subject(r), reason, actor));
    }

    /** Copies the ledger's due date onto the request (for lists and sorting). */
    void refresh(DisclosureRequest r) {
        List<Consultation> cs = r.getId() == null ? List.of()
                : consultations.findByRequestIdOrderBySentOnAscIdAsc(r.getId());
        r.dueOn(clock.replyDue(r, cs).date());
    }
}

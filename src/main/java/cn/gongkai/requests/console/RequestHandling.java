package cn.gongkai.requests.console;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.AntiRobot;
import cn.gongkai.requests.ReplyReason;
import cn.gongkai.requests.clock.ObligationSignals;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.dossier.Consultation;
import cn.gongkai.requests.dossier.Consultations;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.RequestsSettings;
import cn.gongkai.requests.dossier.TrackingCode;
import cn.gongkai.requests.intake.ApplicationRules;
import cn.gongkai.requests.replies.ApplicantNotice;
import cn.gongkai.requests.replies.LetterWriter;
import cn.gongkai.requests.replies.Refusals;

/**
 * The steps of the procedure between receipt and reply (Regulations art. 30–34): the one
 * correction notice and the corrected application, consultations that stop the clock, the one
 * approved extension, assignment and closure. Each step checks the actor's scope, changes the
 * request, writes the timeline and the audit log, recomputes the due date and tells the
 * obligations engine, all in one transaction.
 */
@Service
@Transactional
public class RequestHandling {

    private final Requests requests;
    private final RequestEvents timeline;
    private final Consultations consultations;
    private final RequestClock requestClock;
    private final Organization organization;
    private final AntiRobot antiRobot;
    private final ObligationSignals signals;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final LetterWriter letters;
    private final Clock clock;
    private final RequestsSettings settings;

    public RequestHandling(Requests requests, RequestEvents timeline, Consultations consultations,
            RequestClock requestClock, Organization organization, AntiRobot antiRobot, ObligationSignals signals,
            ApplicationEventPublisher events, AuditLog audit, LetterWriter letters, Clock clock,
            RequestsSettings settings) {
        this.settings = settings;
        this.requests = requests;
        this.timeline = timeline;
        this.consultations = consultations;
        this.requestClock = requestClock;
        this.organization = organization;
        this.antiRobot = antiRobot;
        this.signals = signals;
        this.events = events;
        this.audit = audit;
        this.letters = letters;
        this.clock = clock;
    }

    /** The request if {@code staff} may handle it (REQUEST_HANDLER for its organ, or above it as supervisor). */
    public DisclosureRequest forHandler(StaffMember staff, long id) {
        DisclosureRequest r = requests.findById(id).orElseThrow(() -> GongkaiException.notFound("request", id));
        if (!organization.may(staff, Role.REQUEST_HANDLER, r.getOrganId())
                && !organization.may(staff, Role.SUPERVISOR, r.getOrganId())) {
            throw organization.maySee(staff, r.getOrganId()) ? GongkaiException.forbidden()
                    : GongkaiException.notFound("request", id);
        }
        return r;
    }

    void assign(StaffMember staff, long id, long handlerId) {
        DisclosureRequest r = forHandler(staff, id);
        StaffMember handler = organization.staff(handlerId)
                .filter(h -> organization.may(h, Role.REQUEST_HANDLER, r.getOrganId()))
                .orElseThrow(() -> Refusals.invalid("handler", "requests.error.notHandler"));
        r.assign(handler.id());
        record(r, RequestEvent.Kind.ASSIGNED, staff.username(), handler.displayName(), null, null);
    }

    /** Art. 30: the one correction notice, with what to correct and a period of {@code days} working days. */
    void askCorrection(StaffMember staff, long id, String items, Integer days) {
        DisclosureRequest r = forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        String what = ApplicationRules.text(problems, "correctionItems", items, true, 2000);
        if (days == null || days < 1 || days > settings.maxCorrectionDays()) {
            problems.add(new FieldProblem("correctionDays", "requests.error.correctionDays",
                    String.valueOf(settings.maxCorrectionDays())));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        LocalDate today = requestClock.today();
        // art. 30: one notice, within the limit of the rulebook (7 working days of receipt); after it, refused
        var limit = requestClock.correctionNoticeLimit(r.getReceivedOn());
        if (limit.isPresent() && today.isAfter(limit.get())) {
            var rule = requestClock.correctionNoticeRule(r.getReceivedOn()).orElseThrow();
            boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                    .getLanguage());
            throw Refusals.of("CORRECTION_NOTICE_LATE", "requests.error.correctionNoticeLate",
                    limit.get().toString(), String.valueOf(rule.workingDays()),
                    english ? rule.sourceEn() : rule.source());
        }
        r.askCorrection(today, what, requestClock.workingDaysAfter(today, days));
        record(r, RequestEvent.Kind.CORRECTION_REQUESTED, staff.username(), what, r.getCorrectionDueOn(), days);
        signals.correctionAsked(r);
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.CORRECTION));
    }

    /** The applicant corrects online on the tracking page; received per the online rule (art. 31(三)). */
    public void correctOnline(String code, String description, String token, String answer) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = ApplicationRules.text(problems, "description", description, true,
                ApplicationRules.MAX_DESCRIPTION);
        if (!antiRobot.passes(token, answer, problems.isEmpty())) {
            problems.add(new FieldProblem("challengeAnswer", "requests.apply.error.challenge"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        DisclosureRequest r = requests.findByTrackingCode(TrackingCode.parse(code).orElseThrow().value())
                .orElseThrow();
        corrected(r, requestClock.onlineReceipt(requestClock.today()), text, "applicant");
    }

    /** A correction received on paper, by post or fax, registered by staff with its receipt date. */
    void registerCorrection(StaffMember staff, long id, LocalDate receivedOn, String description) {
        DisclosureRequest r = forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        String text = ApplicationRules.text(problems, "description", description, false,
                ApplicationRules.MAX_DESCRIPTION);
        if (receivedOn == null || receivedOn.isAfter(requestClock.today())) {
            problems.add(new FieldProblem("correctedOn", "requests.register.error.future"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        corrected(r, receivedOn, text, staff.username());
    }

    private void corrected(DisclosureRequest r, LocalDate receivedOn, String description, String actor) {
        if (r.getState() == RequestState.AWAITING_CORRECTION && r.getCorrectionDueOn().isBefore(receivedOn)) {
            throw Refusals.of("CORRECTION_LATE", "requests.error.correctionLate", r.getCorrectionDueOn().toString());
        }
        r.corrected(receivedOn, description);
        record(r, RequestEvent.Kind.CORRECTED, actor, null, receivedOn, null);
        signals.corrected(r);
    }

    /** Art. 32 / 34: a consultation letter sent on {@code sentOn}; the clock stands still until the answer. */
    void startConsultation(StaffMember staff, long id, String kindName, String party, LocalDate sentOn) {
        DisclosureRequest r = forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        Consultation.Kind kind = ApplicationRules.choice(problems, "consultationKind", kindName,
                Consultation.Kind.class, true);
        String who = ApplicationRules.text(problems, "party", party, true, 200);
        LocalDate today = requestClock.today();
        if (sentOn == null || sentOn.isAfter(today) || sentOn.isBefore(r.getClockStart())) {
            problems.add(new FieldProblem("sentOn", "requests.error.sentOn"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        r.startConsulting();
        // art. 32: the party answers within the rulebook's limit; the reply clock stops at most that long
        Consultation c = consultations.save(new Consultation(r.getId(), kind, who, sentOn,
                requestClock.consultationAnswerDue(sentOn).orElse(null)));
        record(r, RequestEvent.Kind.CONSULTATION_STARTED, staff.username(), kind.name(), c.getAnswerDueOn(), null);
        signals.consultationStarted(r, c);
    }

    /** The answer arrived on {@code on} ({@code answered}), or the organ decides without it (art. 32, 34). */
    void endConsultation(StaffMember staff, long id, long consultationId, LocalDate on, boolean answered) {
        DisclosureRequest r = forHandler(staff, id);
        Consultation c = consultations.findById(consultationId).filter(x -> x.getRequestId().equals(r.getId()))
                .filter(Consultation::isOpen)
                .orElseThrow(() -> Refusals.of("NO_OPEN_CONSULTATION", "requests.error.noConsultation"));
        if (on == null || on.isBefore(c.getSentOn()) || on.isAfter(requestClock.today())) {
            throw Refusals.invalid("answeredOn", "requests.error.answeredOn");
        }
        c.answered(on);
        boolean othersOpen = consultations.findByRequestIdOrderBySentOnAscIdAsc(r.getId()).stream()
                .anyMatch(x -> x.isOpen() && !x.getId().equals(c.getId()));
        r.endConsulting(othersOpen);
        record(r, RequestEvent.Kind.CONSULTATION_ENDED, staff.username(), answered ? "answered" : "no-answer", on,
                null);
        signals.consultationEnded(r, c);
    }

    List<Consultation> consultations(long requestId) {
        return consultations.findByRequestIdOrderBySentOnAscIdAsc(requestId);
    }

    /** Withdrawn by the applicant or otherwise ended (其他处理 3). */
    void close(StaffMember staff, long id, String reason) {
        DisclosureRequest r = forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        String why = ApplicationRules.text(problems, "closeReason", reason, true, 1000);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        closeAs(r, ReplyReason.OTHER, why, staff.username());
    }

    /** Closes the request and writes its letter (a closure is a decision the applicant may contest). */
    public void closeAs(DisclosureRequest r, ReplyReason reason, String detail, String actor) {
        r.close(reason, reason.basis(), requestClock.today());
        letters.write(r, List.of(), reason == ReplyReason.OTHER ? detail : null);
        record(r, RequestEvent.Kind.CLOSED, actor, reason.name() + (detail == null ? "" : ": " + detail), null, null);
        signals.closed(r, reason.name().toLowerCase().replace('_', '-'), actor);
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.CLOSED));
    }

    /**
     * Writes the timeline entry and the audit entry. The due date is the ledger's: the signals
     * copy it onto the request after the ledger handled the act.
     */
    public void record(DisclosureRequest r, RequestEvent.Kind kind, String actor, String detail, LocalDate refDate,
            Integer amount) {
        Instant now = clock.instant();
        timeline.save(new RequestEvent(r.getId(), kind, now, requestClock.today(), actor, detail, refDate, amount));
        audit.recordAs(actor, "request." + kind.name().toLowerCase(), "request", r.getId(),
                kind + (refDate == null ? "" : " date=" + refDate) + (amount == null ? "" : " n=" + amount)
                        + " dueOn=" + r.getDueOn());
    }
}

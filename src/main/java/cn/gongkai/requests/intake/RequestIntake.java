package cn.gongkai.requests.intake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.AntiRobot;
import cn.gongkai.requests.clock.ObligationSignals;
import cn.gongkai.requests.clock.ReplyDue;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.dossier.Channel;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.TrackingCode;
import cn.gongkai.requests.replies.ApplicantNotice;

/**
 * Receives applications: online (form and API, after the anti-robot check) and registered by
 * staff from paper, post or fax. The receipt date follows Regulations art. 31 by channel
 * ({@link ReceiptRule}); the request, its first timeline entry, the audit entry and the obligation
 * events are written in one transaction, or nothing is.
 */
@Service
public class RequestIntake {

    private final Requests requests;
    private final RequestEvents timeline;
    private final Organization organization;
    private final RequestClock requestClock;
    private final AntiRobot antiRobot;
    private final ObligationSignals signals;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public RequestIntake(Requests requests, RequestEvents timeline, Organization organization, RequestClock requestClock,
            AntiRobot antiRobot, ObligationSignals signals, ApplicationEventPublisher events, AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.organization = organization;
        this.requestClock = requestClock;
        this.antiRobot = antiRobot;
        this.signals = signals;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the applicant is told at once: the code, the receipt date and the due date. */
    public record Receipt(long id, TrackingCode code, Channel channel, LocalDate submittedOn, LocalDate receivedOn,
            ReplyDue due) {
    }

    /** An online application (form or API). Refused with 400 naming each bad field, the challenge included. */
    @Transactional
    Receipt applyOnline(ApplicationInput in, String clientAddress) {
        LocalDate today = requestClock.today();
        List<FieldProblem> problems = new ArrayList<>();
        ApplicationRules.Valid valid = null;
        try {
            valid = ApplicationRules.check(in, today);
        }
        catch (GongkaiException e) {
            problems.addAll(e.fields());
        }
        Optional<Organ> organ = organ(in.organ(), problems);
        if (!antiRobot.passes(in.challengeToken(), in.challengeAnswer(), problems.isEmpty())) {
            problems.add(new FieldProblem("challengeAnswer", "requests.apply.error.challenge"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return create(valid, organ.orElseThrow(), Channel.ONLINE, today, requestClock.onlineReceipt(today),
                clientAddress, "applicant");
    }

    /**
     * A paper, post or fax application registered by staff holding REQUEST_HANDLER for the organ.
     * {@code channelDate} is the date the channel's rule looks at (art. 31): the day submitted in
     * person, the day the organ signed for the post, or the day of confirmation with the applicant
     * for ordinary letters and faxes; that date is the receipt date.
     */
    @Transactional
    public Receipt register(StaffMember staff, ApplicationInput in, String channelName, LocalDate channelDate) {
        LocalDate today = requestClock.today();
        List<FieldProblem> problems = new ArrayList<>();
        ApplicationRules.Valid valid = null;
        try {
            valid = ApplicationRules.check(in, today);
        }
        catch (GongkaiException e) {
            problems.addAll(e.fields());
        }
        Optional<Organ> organ = organ(in.organ(), problems);
        Channel channel = ApplicationRules.choice(problems, "channel", channelName, Channel.class, true);
        if (channel == Channel.ONLINE) {
            problems.add(new FieldProblem("channel", "requests.register.error.online"));
        }
        if (channelDate == null) {
            problems.add(new FieldProblem("channelDate", "requests.apply.error.required"));
        }
        else if (channelDate.isAfter(today)) {
            problems.add(new FieldProblem("channelDate", "requests.register.error.future"));
        }
        else if (requestClock.replyPeriod(channelDate).isEmpty()) {
            problems.add(new FieldProblem("channelDate", "requests.error.beforeRules"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        if (!organization.may(staff, Role.REQUEST_HANDLER, organ.get().getId())) {
            throw GongkaiException.forbidden();
        }
        Receipt receipt = create(valid, organ.get(), channel, channelDate, channelDate, null, staff.username());
        requests.findById(receipt.id()).orElseThrow().assign(staff.id());
        return receipt;
    }

    private Optional<Organ> organ(String code, List<FieldProblem> problems) {
        if (ApplicationRules.blank(code)) {
            return Optional.empty();
        }
        Optional<Organ> organ = code.length() > 60 ? Optional.empty() : organization.organByCode(code);
        if (organ.isEmpty()) {
            problems.add(new FieldProblem("organ", "requests.apply.error.organ"));
        }
        return organ;
    }

    private Receipt create(ApplicationRules.Valid valid, Organ organ, Channel channel, LocalDate submittedOn,
            LocalDate receivedOn, String clientAddress, String actor) {
        Instant now = clock.instant();
        TrackingCode code = TrackingCode.random(random);
        while (requests.existsByTrackingCode(code.value())) {
            code = TrackingCode.random(random);
        }
        DisclosureRequest fresh = new DisclosureRequest(code, organ.getId(), channel, valid.applicant(),
                valid.description(), valid.form(), valid.delivery(), clientAddress, now, receivedOn, now);
        fresh.identifiedBy(valid.document());
        DisclosureRequest r = requests.save(fresh);
        timeline.save(new RequestEvent(r.getId(), RequestEvent.Kind.RECEIVED, now, receivedOn, actor,
                channel.name(), submittedOn, null));
        // the ledger opens the reply duty in this transaction; its due date is the request's
        signals.received(r);
        ReplyDue due = requestClock.replyDue(r, List.of());
        audit.record("request.received", "request", r.getId(), "organ=" + organ.getCode() + " channel=" + channel
                + " receivedOn=" + receivedOn + " dueOn=" + due.date());
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.RECEIPT));
        return new Receipt(r.getId(), code, channel, submittedOn, receivedOn, due);
    }
}

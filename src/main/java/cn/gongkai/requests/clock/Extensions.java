package cn.gongkai.requests.clock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.intake.ApplicationRules;
import cn.gongkai.requests.intake.LocalDateCheck;
import cn.gongkai.requests.replies.ApplicantNotice;
import cn.gongkai.requests.replies.Refusals;

/**
 * The one extension of the reply period (Regulations art. 33 para. 2: "需要延长答复期限的，应当经政府
 * 信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日"): the handler proposes days and
 * a reason; the head of the openness office (OFFICE_REVIEWER, or a SUPERVISOR, of the organ)
 * approves before the period runs out; the approver is recorded and the applicant notified.
 */
@Service
@Transactional
public class Extensions {

    private final RequestHandling handling;
    private final RequestEvents timeline;
    private final RequestClock requestClock;
    private final Organization organization;
    private final ObligationSignals signals;
    private final ApplicationEventPublisher events;

    public Extensions(RequestHandling handling, RequestEvents timeline, RequestClock requestClock,
            Organization organization, ObligationSignals signals, ApplicationEventPublisher events) {
        this.handling = handling;
        this.timeline = timeline;
        this.requestClock = requestClock;
        this.organization = organization;
        this.signals = signals;
        this.events = events;
    }

    public void propose(StaffMember staff, long id, Integer days, String reason) {
        DisclosureRequest r = handling.forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        // the maximum of the rule version in force at the clock start (15 before 2019-05-15, then 20)
        int max = requestClock.replyPeriod(r.getClockStart()).map(p -> p.maxExtensionWorkingDays())
                .filter(m -> m != null).orElse(0);
        if (days == null || days < 1 || days > max) {
            problems.add(new FieldProblem("extensionDays", "requests.error.extensionDays", String.valueOf(max)));
        }
        String why = ApplicationRules.text(problems, "extensionReason", reason, true, 1000);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        if (r.getExtensionDays() != null) {
            throw Refusals.of("ALREADY_EXTENDED", "requests.error.extendedOnce");
        }
        if (!r.getState().isOpen() || r.getState() == RequestState.AWAITING_CORRECTION) {
            throw Refusals.of("WRONG_STATE", "requests.error.wrongState", "requests.state." + r.getState());
        }
        handling.record(r, RequestEvent.Kind.EXTENSION_PROPOSED, staff.username(), why, null, days);
    }

    /** The pending proposal, if any (proposed after the last approval). */
    public Optional<RequestEvent> pending(DisclosureRequest r) {
        if (r.getExtensionDays() != null) {
            return Optional.empty();
        }
        return timeline.findByRequestIdOrderByAtAscIdAsc(r.getId()).stream()
                .filter(e -> e.getKind() == RequestEvent.Kind.EXTENSION_PROPOSED)
                .max(Comparator.comparing(RequestEvent::getId));
    }

    public void approve(StaffMember approver, long id) {
        DisclosureRequest r = handling.forHandler(approver, id);
        if (!organization.may(approver, Role.OFFICE_REVIEWER, r.getOrganId())
                && !organization.may(approver, Role.SUPERVISOR, r.getOrganId())) {
            throw Refusals.of("NOT_APPROVER", "requests.error.notApprover");
        }
        RequestEvent proposal = pending(r)
                .orElseThrow(() -> Refusals.of("NO_PROPOSAL", "requests.error.noExtensionProposal"));
        LocalDateCheck.notAfter(requestClock.today(), r.getDueOn(), "EXTENSION_TOO_LATE",
                "requests.error.extensionTooLate");
        r.extend(proposal.getAmount(), proposal.getDetail(), approver.displayName() + "（" + approver.username() + "）",
                requestClock.today());
        handling.record(r, RequestEvent.Kind.EXTENDED, approver.username(), proposal.getDetail(), null,
                proposal.getAmount());
        signals.extended(r);
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.EXTENSION));
    }
}

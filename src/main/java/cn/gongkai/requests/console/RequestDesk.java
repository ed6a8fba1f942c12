package cn.gongkai.requests.console;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.clock.DueExplainer;
import cn.gongkai.requests.clock.Extensions;
import cn.gongkai.requests.clock.ReplyDue;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.dossier.Consultation;
import cn.gongkai.requests.dossier.Consultations;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.Fee;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.fees.FeeSchedule;
import cn.gongkai.requests.fees.Fees;

/** Builds the staff view of one request, for the organ's staff (and supervisors above) only. */
@Service
@Transactional(readOnly = true)
class RequestDesk {

    private final Requests requests;
    private final RequestEvents timeline;
    private final Consultations consultations;
    private final RequestFiles files;
    private final RequestClock clock;
    private final DueExplainer explainer;
    private final Organization organization;
    private final StaffScope scope;
    private final Extensions extensions;
    private final Fees fees;

    RequestDesk(Requests requests, RequestEvents timeline, Consultations consultations, RequestFiles files,
            RequestClock clock, DueExplainer explainer, Organization organization, StaffScope scope,
            Extensions extensions, Fees fees) {
        this.requests = requests;
        this.timeline = timeline;
        this.consultations = consultations;
        this.files = files;
        this.clock = clock;
        this.explainer = explainer;
        this.organization = organization;
        this.scope = scope;
        this.extensions = extensions;
        this.fees = fees;
    }

    /** @throws GongkaiException 404 when the request does not exist or is outside the staff member's organs */
    /** A letter, fee notice or disclosed file of a request the staff member sees. */
    RequestFile file(StaffMember staff, long id, long fileId) {
        DisclosureRequest r = visible(staff, id);
        return files.findById(fileId).filter(f -> f.getRequestId().equals(r.getId()))
                .orElseThrow(() -> GongkaiException.notFound("file", fileId));
    }

    DisclosureRequest visible(StaffMember staff, long id) {
        return requests.findById(id).filter(r -> scope.sees(staff, r.getOrganId()))
                .orElseThrow(() -> GongkaiException.notFound("request", id));
    }

    StaffRequestView view(StaffMember staff, long id) {
        DisclosureRequest r = visible(staff, id);
        List<Consultation> cs = consultations.findByRequestIdOrderBySentOnAscIdAsc(r.getId());
        ReplyDue due = clock.replyDue(r, cs);
        Organ organ = organization.organ(r.getOrganId()).orElseThrow();
        LocalDate today = clock.today();
        Integer left = r.getState().isOpen() && due.date() != null ? clock.workingDaysLeft(today, due.date()) : null;
        RequestEvent pending = extensions.pending(r).orElse(null);
        Fee fee = r.getFee();
        int ordinal = fees.ordinal(r);
        return new StaffRequestView(r.getId(), r.trackingCode().display(), organ.getCode(), organ.getName(),
                r.getChannel().name(), r.applicant(), r.getDescription(), r.getInfoForm().name(),
                r.getDelivery().name(), r.getSubmittedAt(), r.getReceivedOn(), r.getClockStart(),
                r.getState().name(), r.getHandlerId(), r.getHandlerId() == null ? null
                        : organization.staff(r.getHandlerId()).map(StaffMember::displayName).orElse(null),
                due.date(), due.status().name(), left, explainer.lines(due, r.getCorrectedOn() != null),
                noticeDue(r), r.getCorrectionAskedOn(), r.getCorrectionItems(), r.getCorrectionDueOn(),
                r.getCorrectedOn(), r.getExtensionDays(), r.getExtensionApprovedBy(), r.getDeferredUntil(),
                r.getDeferralReason(),
                pending == null ? null : pending.getAmount(), pending == null ? null : pending.getDetail(),
                cs.stream().map(c -> new StaffRequestView.ConsultationView(c.getId(), c.getKind().name(),
                        c.getParty(), c.getSentOn(), c.getAnswerDueOn(), c.getAnsweredOn())).toList(),
                fee.isNoticed() ? new StaffRequestView.FeeView(fee.getBasis().name(), fee.getUnits(),
                        fee.getAmount(), fee.getNoticedOn(), fee.getPayBy(), fee.getPaidOn()) : null,
                FeeSchedule.perApplication(ordinal), ordinal,
                r.getReplyClass() == null ? null : r.getReplyClass().name(),
                r.getReplyReason() == null ? null : r.getReplyReason().name(), r.getLegalBasis(), r.getReplyText(),
                r.getRepliedOn(), r.getClosedOn(),
                timeline.findByRequestIdOrderByAtAscIdAsc(r.getId()).stream()
                        .map(e -> new StaffRequestView.EventView(e.getKind().name(), e.getAt(), e.getOnDate(),
                                e.getActor(), e.getDetail(), e.getRefDate(), e.getAmount(), e.isShownPublicly()))
                        .toList(),
                files.findByRequestIdOrderByIdAsc(r.getId()).stream()
                        .map(f -> new StaffRequestView.FileView(f.getId(), f.getPurpose().name(), f.getFilename(),
                                f.getSizeBytes())).toList(),
                due.provisional(), clock.replyPeriod(r.getClockStart())
                        .map(cn.gongkai.obligations.RulePeriod::maxExtensionWorkingDays).orElse(null),
                r.getIdDocument() == null ? null : r.getIdDocument().name());
    }

    /** Art. 30: the last day for the correction notice (a limit of the rulebook; null if none or unknown). */
    private LocalDate noticeDue(DisclosureRequest r) {
        return clock.correctionNoticeLimit(r.getReceivedOn()).orElse(null);
    }
}

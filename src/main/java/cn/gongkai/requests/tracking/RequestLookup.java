package cn.gongkai.requests.tracking;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.clock.DueExplainer;
import cn.gongkai.requests.clock.ExcessiveRequests;
import cn.gongkai.requests.clock.ReplyDue;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.dossier.Consultations;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.TrackingCode;
import cn.gongkai.requests.replies.Redaction;

/** Finds a request by its tracking code and builds the public view of it. */
@Service
@Transactional(readOnly = true)
public class RequestLookup {

    private final Requests requests;
    private final RequestEvents timeline;
    private final Consultations consultations;
    private final RequestFiles files;
    private final RequestClock clock;
    private final DueExplainer explainer;
    private final Organization organization;
    private final MessageSource messages;

    public RequestLookup(Requests requests, RequestEvents timeline, Consultations consultations, RequestFiles files,
            RequestClock clock, DueExplainer explainer, Organization organization, MessageSource messages) {
        this.requests = requests;
        this.timeline = timeline;
        this.consultations = consultations;
        this.files = files;
        this.clock = clock;
        this.explainer = explainer;
        this.organization = organization;
        this.messages = messages;
    }

    /** @throws GongkaiException 404 for a code that is malformed or unknown (the same answer for both) */
    public DisclosureRequest byCode(String code) {
        return TrackingCode.parse(code).flatMap(c -> requests.findByTrackingCode(c.value()))
                .orElseThrow(() -> GongkaiException.notFound(text("requests.track.what"), "—"));
    }

    public PublicRequestView publicView(String code) {
        DisclosureRequest r = byCode(code);
        ReplyDue due = clock.replyDue(r, consultations.findByRequestIdOrderBySentOnAscIdAsc(r.getId()));
        Organ organ = organization.organ(r.getOrganId()).orElseThrow();
        String base = "/requests/track/" + r.trackingCode().value();
        List<RequestEvent> steps = timeline.findByRequestIdOrderByAtAscIdAsc(r.getId());
        List<PublicRequestView.Event> events = steps.stream()
                .filter(RequestEvent::isShownPublicly).map(e -> event(r, e)).toList();
        boolean replied = r.getState() == RequestState.REPLIED;
        List<PublicRequestView.Attachment> attachments = replied
                ? files.findByRequestIdAndPurposeOrderByIdAsc(r.getId(), RequestFile.Purpose.ATTACHMENT).stream()
                        .map(f -> new PublicRequestView.Attachment(f.getFilename(), f.getSizeBytes(),
                                base + "/files/" + f.getId())).toList()
                : List.of();
        String letter = files.letter(r.getId()).isPresent() ? base + "/letter.pdf" : null;
        return new PublicRequestView(r.trackingCode().display(), organ.getCode(), organ.getName(), r.getState().name(),
                text("requests.state." + r.getState()), r.getReceivedOn(), due.date(), due.status().name(),
                explainer.lines(due, r.getCorrectedOn() != null), r.getCorrectionDueOn(), events,
                r.getReplyClass() == null ? null : r.getReplyClass().name(),
                r.getReplyClass() == null ? null : text("requests.replyClass." + r.getReplyClass()),
                r.getRepliedOn() != null ? r.getRepliedOn() : r.getClosedOn(), letter, attachments,
                due.provisional(), due.provisional() ? text("requests.due.provisional") : null,
                files.findByRequestIdAndPurposeOrderByIdAsc(r.getId(), RequestFile.Purpose.FEE_NOTICE).isEmpty() ? null
                        : base + "/fee-notice.pdf",
                r.getState().isOpen() && ExcessiveRequests.awaitsReasons(steps));
    }

    /** What was asked for, as the receipt and tracking pages repeat it (never the applicant's own data). */
    public RequestedInformation requested(String code) {
        DisclosureRequest r = byCode(code);
        return new RequestedInformation(Redaction.mask(r.getDescription(), r.applicant()),
                r.getInfoForm() == null ? null : text("requests.form." + r.getInfoForm()),
                r.getDelivery() == null ? null : text("requests.delivery." + r.getDelivery()));
    }

    private PublicRequestView.Event event(DisclosureRequest r, RequestEvent e) {
        boolean toApplicant = e.getKind() == RequestEvent.Kind.CORRECTION_REQUESTED
                || e.getKind() == RequestEvent.Kind.REASONS_ASKED || e.getKind() == RequestEvent.Kind.REASONS_ANSWERED;
        String detail = toApplicant ? Redaction.mask(e.getDetail(), r.applicant()) : null;
        return new PublicRequestView.Event(e.getKind().name(), e.getOnDate(), e.getRefDate(), e.getAmount(),
                text("requests.event." + e.getKind(), e.getOnDate(), e.getRefDate(), e.getAmount()), detail);
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] == null ? "" : args[i].toString();
        }
        return messages.getMessage(key, shown, key, locale);
    }
}

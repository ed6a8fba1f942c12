package cn.gongkai.requests.dossier;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.LegalPersonKind;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.ReplyReason;
import cn.gongkai.requests.replies.Refusals;

/**
 * A request for disclosure (政府信息公开申请, Regulations art. 27–45): the application, the facts
 * its legal clock depends on (receipt date, the start of the reply period, correction, extension,
 * fee), and the reply. Transitions check their preconditions and throw a refusal with a stable
 * code when the step is not allowed; {@link RequestHandling} records them and publishes the
 * obligation events. Due dates are never computed here but by {@link RequestClock}.
 */
@Entity
@Table(name = "disclosure_request")
public class DisclosureRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String trackingCode;
    private Long organId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    private ApplicantType applicantType;
    @Enumerated(EnumType.STRING)
    private LegalPersonKind legalPersonKind;
    private String applicantName;
    private String idNumber;
    @Enumerated(EnumType.STRING)
    private IdentityDocument idDocument;
    private String creditCode;
    private String phone;
    private String email;
    private String address;
    private String description;
    @Enumerated(EnumType.STRING)
    private InformationForm infoForm;
    @Enumerated(EnumType.STRING)
    private Delivery delivery;
    private String clientAddress;
    private Instant submittedAt;
    private LocalDate receivedOn;
    private LocalDate clockStart;
    @Enumerated(EnumType.STRING)
    private RequestState state;
    private Long handlerId;
    private LocalDate correctionAskedOn;
    private String correctionItems;
    private LocalDate correctionDueOn;
    private LocalDate correctedOn;
    private Integer extensionDays;
    private String extensionReason;
    private String extensionApprovedBy;
    private LocalDate extendedOn;
    private LocalDate deferredUntil;
    private String deferralReason;
    @Embedded
    private Fee fee = new Fee();
    @Enumerated(EnumType.STRING)
    private ReplyClass replyClass;
    @Enumerated(EnumType.STRING)
    private ReplyReason replyReason;
    private String legalBasis;
    private String replyText;
    private LocalDate repliedOn;
    private LocalDate closedOn;
    private LocalDate dueOn;
    private Instant createdAt;
    @Version
    @Column(name = "version")
    private int revision;

    protected DisclosureRequest() {
    }

    public DisclosureRequest(TrackingCode code, long organId, Channel channel, Applicant applicant, String description,
            InformationForm form, Delivery delivery, String clientAddress, Instant submittedAt,
            LocalDate receivedOn, Instant now) {
        this.trackingCode = code.value();
        this.organId = organId;
        this.channel = channel;
        this.applicantType = applicant.type();
        this.legalPersonKind = applicant.kind();
        this.applicantName = applicant.name();
        this.idNumber = applicant.idNumber();
        this.creditCode = applicant.creditCode();
        this.phone = applicant.phone();
        this.email = applicant.email();
        this.address = applicant.address();
        this.description = description;
        this.infoForm = form;
        this.delivery = delivery;
        this.clientAddress = clientAddress;
        this.submittedAt = submittedAt;
        this.receivedOn = receivedOn;
        this.clockStart = receivedOn;
        this.state = RequestState.IN_PROGRESS;
        this.createdAt = now;
    }

    /** The document {@code idNumber} belongs to (art. 29(一)); null for organizations. */
    public void identifiedBy(IdentityDocument document) {
        this.idDocument = document;
    }

    public IdentityDocument getIdDocument() {
        return idDocument;
    }

    public Applicant applicant() {
        return new Applicant(applicantType, legalPersonKind, applicantName, idNumber, creditCode, phone, email,
                address);
    }

    public TrackingCode trackingCode() {
        return new TrackingCode(trackingCode);
    }

    public void assign(Long staffId) {
        requireOpen();
        this.handlerId = staffId;
    }

    /** Art. 30: one correction notice naming what to correct and by when. */
    public void askCorrection(LocalDate on, String items, LocalDate dueOn) {
        requireState(RequestState.IN_PROGRESS);
        if (correctionAskedOn != null) {
            throw Refusals.of("CORRECTION_ALREADY_ASKED", "requests.error.correctionOnce");
        }
        this.correctionAskedOn = on;
        this.correctionItems = items;
        this.correctionDueOn = dueOn;
        this.state = RequestState.AWAITING_CORRECTION;
    }

    /** Art. 30: the reply period counts from receipt of the corrected application. */
    public void corrected(LocalDate receivedOn, String newDescription) {
        requireState(RequestState.AWAITING_CORRECTION);
        if (receivedOn.isBefore(correctionAskedOn)) {
            throw Refusals.invalid("correctedOn", "requests.error.correctedBeforeNotice");
        }
        if (newDescription != null) {
            this.description = newDescription;
        }
        this.correctedOn = receivedOn;
        this.clockStart = receivedOn;
        this.state = RequestState.IN_PROGRESS;
    }

    public void startConsulting() {
        requireState(RequestState.IN_PROGRESS, RequestState.CONSULTING);
        this.state = RequestState.CONSULTING;
    }

    public void endConsulting(boolean othersOpen) {
        requireState(RequestState.CONSULTING);
        if (!othersOpen) {
            this.state = RequestState.IN_PROGRESS;
        }
    }

    /** Art. 33: one extension of at most 20 working days, approved by the head of the openness office. */
    public void extend(int days, String reason, String approvedBy, LocalDate on) {
        requireState(RequestState.IN_PROGRESS, RequestState.CONSULTING);
        if (extensionDays != null) {
            throw Refusals.of("ALREADY_EXTENDED", "requests.error.extendedOnce");
        }
        this.extensionDays = days;
        this.extensionReason = reason;
        this.extensionApprovedBy = approvedBy;
        this.extendedOn = on;
    }

    /** Art. 35: a reasonable later reply date for a request of clearly excessive volume or frequency. */
    public void defer(LocalDate until, String reason) {
        requireState(RequestState.IN_PROGRESS, RequestState.CONSULTING);
        if (deferredUntil != null) {
            throw Refusals.of("ALREADY_DEFERRED", "requests.error.deferredOnce");
        }
        this.deferredUntil = until;
        this.deferralReason = reason;
    }

    public void noticeFee(Fee.Basis basis, int units, int amount, LocalDate on, LocalDate payBy) {
        requireState(RequestState.IN_PROGRESS);
        if (getFee().isNoticed()) {
            throw Refusals.of("FEE_ALREADY_NOTICED", "requests.error.feeOnce");
        }
        this.fee = Fee.noticed(basis, units, amount, on, payBy);
        this.state = RequestState.AWAITING_PAYMENT;
    }

    public void feePaid(LocalDate on) {
        requireState(RequestState.AWAITING_PAYMENT);
        if (on.isBefore(getFee().getNoticedOn())) {
            throw Refusals.invalid("paidOn", "requests.error.paidBeforeNotice");
        }
        this.fee = getFee().paid(on);
        this.state = RequestState.IN_PROGRESS;
    }

    public void reply(ReplyClass replyClass, ReplyReason reason, String basis, String text, LocalDate on) {
        requireState(RequestState.IN_PROGRESS);
        this.replyClass = replyClass;
        this.replyReason = reason;
        this.legalBasis = basis;
        this.replyText = text;
        this.repliedOn = on;
        this.state = RequestState.REPLIED;
    }

    /** Ends the request without a substantive reply (其他处理): no correction, no payment, or withdrawn. */
    public void close(ReplyReason reason, String basis, LocalDate on) {
        requireOpen();
        this.replyClass = ReplyClass.OTHER_PROCESSING;
        this.replyReason = reason;
        this.legalBasis = basis;
        this.closedOn = on;
        this.state = RequestState.CLOSED;
    }

    public void dueOn(LocalDate due) {
        this.dueOn = due;
    }

    private void requireOpen() {
        if (!state.isOpen()) {
            throw Refusals.of("REQUEST_FINISHED", "requests.error.finished");
        }
    }

    private void requireState(RequestState... allowed) {
        for (RequestState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw Refusals.of("WRONG_STATE", "requests.error.wrongState", "requests.state." + state);
    }

    public Long getId() { return id; }
    public Long getOrganId() { return organId; }
    public Channel getChannel() { return channel; }
    public String getDescription() { return description; }
    public InformationForm getInfoForm() { return infoForm; }
    public Delivery getDelivery() { return delivery; }
    String getClientAddress() { return clientAddress; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getClockStart() { return clockStart; }
    public RequestState getState() { return state; }
    public Long getHandlerId() { return handlerId; }
    public LocalDate getCorrectionAskedOn() { return correctionAskedOn; }
    public String getCorrectionItems() { return correctionItems; }
    public LocalDate getCorrectionDueOn() { return correctionDueOn; }
    public LocalDate getCorrectedOn() { return correctedOn; }
    public Integer getExtensionDays() { return extensionDays; }
    String getExtensionReason() { return extensionReason; }
    public String getExtensionApprovedBy() { return extensionApprovedBy; }
    LocalDate getExtendedOn() { return extendedOn; }
    public LocalDate getDeferredUntil() { return deferredUntil; }
    public String getDeferralReason() { return deferralReason; }
    public Fee getFee() { return fee == null ? new Fee() : fee; }
    public ReplyClass getReplyClass() { return replyClass; }
    public ReplyReason getReplyReason() { return replyReason; }
    public String getLegalBasis() { return legalBasis; }
    public String getReplyText() { return replyText; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public LocalDate getDueOn() { return dueOn; }
    Instant getCreatedAt() { return createdAt; }
}

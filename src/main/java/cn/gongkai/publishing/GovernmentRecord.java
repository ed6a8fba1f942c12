package cn.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gongkai.platform.GongkaiException;

/**
 * A government-information record (政府信息) — the working copy and its place in the workflow
 * (SPEC M3). Transitions check the state they start from and refuse with
 * {@code STATE_CONFLICT} (422) otherwise; who may take them and which gates apply is decided by
 * the use cases ({@link Drafting}, {@link Reviewing}, {@link Publication}). Published content is
 * kept as immutable {@link Edition}s.
 */
@Entity
@Table(name = "gov_record")
public class GovernmentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long organId;
    private Long departmentId;
    private long drafterId;
    private String drafterName;
    private String title;
    private String documentNumber;
    private String jointIssuers;
    @Enumerated(EnumType.STRING)
    private RecordType type;
    private String topic;
    private Long catalogEntryId;
    @Enumerated(EnumType.STRING)
    private DisclosureAttribute attribute;
    @Enumerated(EnumType.STRING)
    private NondisclosureReason nondisclosureReason;
    @Enumerated(EnumType.STRING)
    private Validity validity;
    private String validitySource;
    private LocalDate formedOn;
    private LocalDate writtenOn;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    private String body;
    private Long interpretationOfId;
    @Enumerated(EnumType.STRING)
    private InterpretationForm interpretationForm;
    private String mediaUrl;
    private String firstInterpreter;
    private boolean confidentialityReview;
    @Enumerated(EnumType.STRING)
    private RecordState state;
    private int edition;
    private Integer publishedEdition;
    private Instant publishAt;
    private String scheduledBy;
    private Instant firstPublishedAt;
    private Instant lastPublishedAt;
    private String indexNumber;
    private String returnReason;
    private String changeNote;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private String personalDataFingerprint;
    private String personalDataConfirmedBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private int revision;

    protected GovernmentRecord() {
    }

    GovernmentRecord(long organId, Long departmentId, long drafterId, String drafterName, RecordContent content,
            Instant now) {
        this.organId = organId;
        this.departmentId = departmentId;
        this.drafterId = drafterId;
        this.drafterName = drafterName;
        this.state = RecordState.DRAFT;
        this.edition = 1;
        this.createdAt = now;
        apply(content, now);
    }

    /** Replaces the content; only a draft can be edited (a published record is revised first). */
    void edit(RecordContent content, Instant now) {
        expect(RecordState.DRAFT);
        apply(content, now);
    }

    private void apply(RecordContent c, Instant now) {
        title = c.title();
        documentNumber = c.documentNumber();
        jointIssuers = c.jointIssuers().isEmpty() ? null : String.join("\n", c.jointIssuers());
        type = c.type();
        topic = c.topic();
        catalogEntryId = c.catalogEntryId();
        attribute = c.attribute();
        nondisclosureReason = c.nondisclosureReason();
        if (validitySource == null) {
            validity = c.validity();
        }
        formedOn = c.formedOn();
        writtenOn = c.writtenOn();
        issuedOn = c.issuedOn();
        effectiveOn = c.effectiveOn();
        body = c.body();
        interpretationOfId = c.interpretationOfId();
        interpretationForm = c.interpretationForm();
        mediaUrl = c.mediaUrl();
        firstInterpreter = c.firstInterpreter();
        confidentialityReview = c.confidentialityReview();
        updatedAt = now;
    }

    /** The validity derived from library document {@code source}; a form never overwrites it (see {@link #apply}). */
    void deriveValidity(Validity derived, String source, Instant now) {
        validity = derived;
        validitySource = source;
        updatedAt = now;
    }

    void replaceBody(String sanitized, Instant now) {
        expect(RecordState.DRAFT);
        body = sanitized;
        updatedAt = now;
    }

    /** Moves from the draft (or a return) into review, starting at {@code first}. */
    void submit(RecordState first, Instant now) {
        expect(RecordState.DRAFT);
        state = first;
        returnReason = null;
        updatedAt = now;
    }

    /** Passes the current review step on to {@code next}. */
    void pass(RecordState from, RecordState next, Instant now) {
        expect(from);
        state = next;
        updatedAt = now;
    }

    /** 退文: back to the drafter with the reviewer's reason. */
    void returnToDrafter(String reason, Instant now) {
        if (!state.inReview() && state != RecordState.APPROVED) {
            throw conflict();
        }
        state = RecordState.DRAFT;
        returnReason = reason;
        publishAt = null;
        updatedAt = now;
    }

    void confirmPersonalData(String fingerprint, String reviewer) {
        personalDataFingerprint = fingerprint;
        personalDataConfirmedBy = reviewer;
    }

    void schedule(Instant at, String by) {
        expect(RecordState.APPROVED);
        publishAt = at;
        scheduledBy = by;
    }

    /** Publishes the working copy as edition {@link #getEdition()}; the index number is kept from the first publication. */
    void publish(Instant at, String assignedIndexNumber) {
        expect(RecordState.APPROVED);
        if (indexNumber == null) {
            indexNumber = assignedIndexNumber;
            firstPublishedAt = at;
        }
        state = RecordState.PUBLISHED;
        publishedEdition = edition;
        lastPublishedAt = at;
        publishAt = null;
        updatedAt = at;
    }

    /** Opens a new edition for editing; the published edition stays public until the new one is published. */
    void revise(String note, Instant now) {
        expect(RecordState.PUBLISHED);
        edition++;
        changeNote = note;
        state = RecordState.DRAFT;
        returnReason = null;
        personalDataFingerprint = null;
        updatedAt = now;
    }

    /** Withdraws the record everywhere; its public page stays with the reason. */
    void withdraw(String reason, Instant now) {
        if (publishedEdition == null || state == RecordState.WITHDRAWN) {
            throw conflict();
        }
        state = RecordState.WITHDRAWN;
        withdrawnAt = now;
        withdrawalReason = reason;
        publishAt = null;
        updatedAt = now;
    }

    private void expect(RecordState expected) {
        if (state != expected) {
            throw conflict();
        }
    }

    private GongkaiException conflict() {
        return GongkaiException.refused("STATE_CONFLICT", "publishing.error.state", state);
    }

    /** Whether the public can see it: published once and not withdrawn (a withdrawn record shows its notice). */
    public boolean isPublic() {
        return publishedEdition != null && state != RecordState.WITHDRAWN;
    }

    public List<String> jointIssuerList() {
        return jointIssuers == null ? List.of() : List.of(jointIssuers.split("\n"));
    }

    public Long getId() { return id; }
    public long getOrganId() { return organId; }
    public Long getDepartmentId() { return departmentId; }
    public long getDrafterId() { return drafterId; }
    public String getDrafterName() { return drafterName; }
    public String getTitle() { return title; }
    public String getDocumentNumber() { return documentNumber; }
    public RecordType getType() { return type; }
    public String getTopic() { return topic; }
    public Long getCatalogEntryId() { return catalogEntryId; }
    public DisclosureAttribute getAttribute() { return attribute; }
    public NondisclosureReason getNondisclosureReason() { return nondisclosureReason; }
    public Validity getValidity() { return validity; }
    /** The library document the validity is derived from, or null when staff type it. */
    public String getValiditySource() { return validitySource; }
    public LocalDate getFormedOn() { return formedOn; }
    public LocalDate getWrittenOn() { return writtenOn; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public String getBody() { return body; }
    public Long getInterpretationOfId() { return interpretationOfId; }
    public InterpretationForm getInterpretationForm() { return interpretationForm; }
    public String getMediaUrl() { return mediaUrl; }
    public String getFirstInterpreter() { return firstInterpreter; }
    public boolean isConfidentialityReview() { return confidentialityReview; }
    public RecordState getState() { return state; }
    public int getEdition() { return edition; }
    public Integer getPublishedEdition() { return publishedEdition; }
    public Instant getPublishAt() { return publishAt; }
    public String getScheduledBy() { return scheduledBy; }
    public Instant getFirstPublishedAt() { return firstPublishedAt; }
    public Instant getLastPublishedAt() { return lastPublishedAt; }
    public String getIndexNumber() { return indexNumber; }
    public String getReturnReason() { return returnReason; }
    public String getChangeNote() { return changeNote; }
    public Instant getWithdrawnAt() { return withdrawnAt; }
    public String getWithdrawalReason() { return withdrawalReason; }
    public String getPersonalDataFingerprint() { return personalDataFingerprint; }
    public String getPersonalDataConfirmedBy() { return personalDataConfirmedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}

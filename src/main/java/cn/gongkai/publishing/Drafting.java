package cn.gongkai.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.attachments.Attachment;
import cn.gongkai.publishing.attachments.AttachmentStore;
import cn.gongkai.publishing.attachments.Attachments;
import cn.gongkai.publishing.content.DocxImport;
import cn.gongkai.publishing.content.RichText;

/**
 * Drafting use cases: create and edit a draft, import its body from DOCX, submit it for review.
 * Recording the date the information was formed starts the proactive-disclosure obligation
 * (Regulations art. 26: within 20 working days) in the obligations engine.
 */
@Service
@Transactional
public class Drafting {

    private final Records records;
    private final RecordInputs inputs;
    private final RecordAccess access;
    private final Organization organization;
    private final Gates gates;
    private final ApplicationEventPublisher events;
    private final PublishingSettings settings;
    private final Clock clock;
    private final AttachmentStore store;
    private final Attachments attachments;

    Drafting(Records records, RecordInputs inputs, RecordAccess access, Organization organization, Gates gates,
            ApplicationEventPublisher events, PublishingSettings settings, Clock clock, AttachmentStore store,
            Attachments attachments) {
        this.store = store;
        this.attachments = attachments;
        this.records = records;
        this.inputs = inputs;
        this.access = access;
        this.organization = organization;
        this.gates = gates;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** A saved record with the document-number normalizations the drafter should see. */
    public record Saved(GovernmentRecord record, List<DocumentNumber.Warning> warnings) {
    }

    /** Creates a draft in {@code input.organ()} (default: the drafter's organ); the drafter needs DRAFTER there. */
    public Saved create(StaffMember drafter, RecordInput input) {
        Organ organ = input.organ() == null || input.organ().isBlank()
                ? organization.organ(drafter.organId()).orElseThrow()
                : organization.requireOrgan("organ", input.organ());
        if (!organization.may(drafter, Role.DRAFTER, organ.getId())) {
            throw GongkaiException.forbidden();
        }
        RecordInputs.Checked checked = inputs.check(organ.getId(), null, input);
        GovernmentRecord record = records.save(new GovernmentRecord(organ.getId(), drafter.departmentId(),
                drafter.id(), drafter.displayName(), checked.content(), clock.instant()));
        access.step(record, drafter.username(), "created", null, null);
        formed(record, null);
        return new Saved(record, checked.warnings());
    }

    /** Replaces a draft's content (the organ cannot change). */
    public Saved update(StaffMember drafter, long id, RecordInput input) {
        GovernmentRecord record = access.require(drafter, id, Role.DRAFTER);
        if (input.organ() != null && !input.organ().isBlank()
                && !organization.requireOrgan("organ", input.organ()).getId().equals(record.getOrganId())) {
            throw GongkaiException.invalid("organ", "publishing.error.organFixed");
        }
        LocalDate formedBefore = record.getFormedOn();
        RecordInputs.Checked checked = inputs.check(record.getOrganId(), record.getId(), input, formedBefore);
        record.edit(checked.content(), clock.instant());
        access.step(record, drafter.username(), "edited", RecordState.DRAFT, null);
        formed(record, formedBefore);
        return new Saved(record, List.of());
    }

    /** Replaces a draft's body with the text of a Word document. */
    public GovernmentRecord importDocx(StaffMember drafter, long id, InputStream docx) {
        GovernmentRecord record = access.require(drafter, id, Role.DRAFTER);
        String html;
        try {
            html = DocxImport.toHtml(docx);
        }
        catch (IOException e) {
            throw GongkaiException.invalid("file", "publishing.error.docx");
        }
        if (html.length() > RecordInputs.MAX_BODY) {
            throw GongkaiException.invalid("file", "publishing.error.bodyTooLong", RecordInputs.MAX_BODY);
        }
        record.replaceBody(html, clock.instant());
        access.step(record, drafter.username(), "body-imported", RecordState.DRAFT, null);
        return record;
    }

    /** Attaches a checked file to a draft (see {@link AttachmentStore}). */
    public Attachment attach(StaffMember drafter, long id, String fileName, byte[] bytes) {
        GovernmentRecord record = access.require(drafter, id, Role.DRAFTER);
        if (record.getState() != RecordState.DRAFT) {
            throw GongkaiException.refused("STATE_CONFLICT", "publishing.error.state", record.getState());
        }
        return store.store(record.getId(), record.getEdition(), fileName, bytes, drafter.username());
    }

    /** Removes an attachment from a draft; the published edition keeps it (see {@link AttachmentStore#remove}). */
    public void detach(StaffMember drafter, long id, long attachmentId) {
        GovernmentRecord record = access.require(drafter, id, Role.DRAFTER);
        if (record.getState() != RecordState.DRAFT) {
            throw GongkaiException.refused("STATE_CONFLICT", "publishing.error.state", record.getState());
        }
        Attachment attachment = attachments.findById(attachmentId)
                .filter(a -> a.getRecordId() == id && a.belongsTo(record.getEdition()))
                .orElseThrow(() -> GongkaiException.notFound("附件 (attachment)", attachmentId));
        store.remove(attachment, record.getEdition(), drafter.username());
    }

    /**
     * Submits a draft (or a returned record) for review after the submission gates
     * (Implementation Measures 七(一), 八(二)): a refused gate answers 422 with its code.
     */
    public GovernmentRecord submit(StaffMember drafter, long id) {
        GovernmentRecord record = access.require(drafter, id, Role.DRAFTER);
        if (record.getState() != RecordState.DRAFT) {
            throw GongkaiException.refused("STATE_CONFLICT", "publishing.error.state", record.getState());
        }
        gates.enforce(record, cn.gongkai.publishing.gates.SubmissionGates.Stage.SUBMISSION);
        boolean departmentStep = settings.departmentReview()
                && !organization.staffWith(Role.DEPARTMENT_REVIEWER, record.getOrganId()).isEmpty();
        record.submit(departmentStep ? RecordState.SUBMITTED : RecordState.OFFICE_REVIEW, clock.instant());
        access.step(record, drafter.username(), "submitted", RecordState.DRAFT, null);
        return record;
    }

    /** Raises (or restarts) the art. 26 obligation when the formation date is recorded or changed. */
    private void formed(GovernmentRecord record, LocalDate before) {
        LocalDate now = record.getFormedOn();
        if (now == null || Objects.equals(now, before) || record.getEdition() > 1) {
            return;
        }
        Instant start = now.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
        if (before == null) {
            events.publishEvent(new ObligationTriggered(RuleIds.PROACTIVE_DISCLOSURE, record.getOrganId(),
                    subject(record), start));
        }
        else {
            events.publishEvent(new ObligationRestarted(RuleIds.PROACTIVE_DISCLOSURE, subject(record), start,
                    "成文日期由" + before + "更正为" + now));
        }
    }

    static SubjectRef subject(GovernmentRecord record) {
        return new SubjectRef("record", String.valueOf(record.getId()), "/console/records/" + record.getId());
    }

    /** Plain text of the body, for callers that show or scan it. */
    public static String plainBody(GovernmentRecord record) {
        return RichText.plainText(record.getBody());
    }
}

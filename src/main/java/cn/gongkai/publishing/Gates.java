package cn.gongkai.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.attachments.Attachment;
import cn.gongkai.publishing.attachments.AttachmentStore;
import cn.gongkai.publishing.attachments.Attachments;
import cn.gongkai.publishing.content.RichText;
import cn.gongkai.publishing.gates.AttachmentText;
import cn.gongkai.publishing.gates.GateSubject;
import cn.gongkai.publishing.gates.GateViolation;
import cn.gongkai.publishing.gates.PersonalDataFinding;
import cn.gongkai.publishing.gates.SubmissionGates;
import cn.gongkai.publishing.gates.SubmissionGates.Stage;

/**
 * Runs {@link SubmissionGates} on a record — its title, body and the text of its attachments — a
 * violation refuses the step with its code (422).
 */
@Component
public class Gates {

    private static final Logger log = LoggerFactory.getLogger(Gates.class);
    private static final int KEPT_TEXTS = 200;

    private final Records records;
    private final Attachments attachments;
    private final AttachmentStore store;
    /** Extracted attachment text by the file's SHA-256: the same bytes always give the same text, so any node may keep it. */
    private final Map<String, String> texts = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT_TEXTS;
        }
    });

    Gates(Records records, Attachments attachments, AttachmentStore store) {
        this.records = records;
        this.attachments = attachments;
        this.store = store;
    }

    /** All violations of the record at {@code stage}, for the console and {@code GET …/gates}. */
    public List<GateViolation> violations(GovernmentRecord record, Stage stage) {
        return SubmissionGates.check(subject(record), stage);
    }

    /** Refuses with the first violation: its stable code and its zh-CN message naming rule and clause. */
    void enforce(GovernmentRecord record, Stage stage) {
        List<GateViolation> found = violations(record, stage);
        if (!found.isEmpty()) {
            GateViolation first = found.get(0);
            throw GongkaiException.refused(first.code(), first.messageKey(), first.args());
        }
    }

    List<PersonalDataFinding> personalData(GovernmentRecord record) {
        return subject(record).personalData();
    }

    private GateSubject subject(GovernmentRecord r) {
        int drafted = 0;
        int approved = 0;
        if (r.getType() == RecordType.NORMATIVE_DOCUMENT && r.getId() != null) {
            for (GovernmentRecord i : records.findByInterpretationOfIdOrderByIdAsc(r.getId())) {
                if (i.getState() != RecordState.WITHDRAWN) {
                    drafted++;
                }
                if (i.getState() == RecordState.APPROVED || i.isPublic()) {
                    approved++;
                }
            }
        }
        return new GateSubject(r.getAttribute() == null ? null : r.getAttribute().name(),
                r.getNondisclosureReason() != null, r.getType() == RecordType.NORMATIVE_DOCUMENT,
                r.getAttribute() == DisclosureAttribute.PROACTIVE, new GateSubject.Interpretations(drafted, approved),
                r.getTitle(), RichText.plainText(r.getBody()), r.getPersonalDataFingerprint(), attachedTexts(r));
    }

    /** The text of the record's PDF, DOCX and XLSX attachments, for the personal-data scan (issue 10 B.2). */
    private List<GateSubject.AttachedText> attachedTexts(GovernmentRecord r) {
        if (r.getId() == null) {
            return List.of();
        }
        return attachments.inEdition(r.getId(), r.getEdition()).stream()
                .filter(a -> AttachmentText.hasText(a.getContentType()))
                .map(a -> new GateSubject.AttachedText(a.getFileName(), text(a))).toList();
    }

    private String text(Attachment a) {
        String kept = texts.get(a.getSha256());
        if (kept == null) {
            kept = read(a);
            texts.put(a.getSha256(), kept);
        }
        return kept;
    }

    private String read(Attachment a) {
        try (InputStream in = store.open(a)) {
            return AttachmentText.extract(in, a.getContentType());
        }
        catch (IOException | RuntimeException e) {
            log.warn("No text from attachment {} of record {} for the personal-data scan: {}", a.getFileName(),
                    a.getRecordId(), e.toString());
            return "";
        }
    }
}

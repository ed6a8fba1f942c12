package cn.gongkai.publishing;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.content.RichText;
import cn.gongkai.publishing.gates.GateSubject;
import cn.gongkai.publishing.gates.GateViolation;
import cn.gongkai.publishing.gates.PersonalDataFinding;
import cn.gongkai.publishing.gates.SubmissionGates;
import cn.gongkai.publishing.gates.SubmissionGates.Stage;

/** Runs {@link SubmissionGates} on a record; a violation refuses the step with its code (422). */
@Component
public class Gates {

    private final Records records;

    Gates(Records records) {
        this.records = records;
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
                r.getTitle(), RichText.plainText(r.getBody()), r.getPersonalDataFingerprint());
    }
}

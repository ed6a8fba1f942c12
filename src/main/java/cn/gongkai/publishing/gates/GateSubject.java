package cn.gongkai.publishing.gates;

import java.util.ArrayList;
import java.util.List;

/**
 * What the gates look at: the disclosure attribute and reason, whether the record is a normative
 * document and the state of its interpretations, its plain text, the text of its attachments and
 * the fingerprint of personal data a reviewer has confirmed (null when none).
 */
public record GateSubject(String attribute, boolean reasonGiven, boolean normativeDocument, boolean proactive,
        Interpretations interpretations, String title, String bodyText, String confirmedFingerprint,
        List<AttachedText> attachments) {

    /** Interpretations linked to the record: how many are drafted (not withdrawn) and how many approved or published. */
    public record Interpretations(int drafted, int approved) {
    }

    /** An attachment's name and its extracted text (empty for images and files that cannot be parsed). */
    public record AttachedText(String fileName, String text) {
    }

    /** A record without attachments. */
    public GateSubject(String attribute, boolean reasonGiven, boolean normativeDocument, boolean proactive,
            Interpretations interpretations, String title, String bodyText, String confirmedFingerprint) {
        this(attribute, reasonGiven, normativeDocument, proactive, interpretations, title, bodyText,
                confirmedFingerprint, List.of());
    }

    /** Findings in the title, the body and each readable attachment (field {@code attachment:<file name>}). */
    public List<PersonalDataFinding> personalData() {
        List<PersonalDataFinding> all = new ArrayList<>(PersonalDataScanner.scan("title", title));
        all.addAll(PersonalDataScanner.scan("body", bodyText));
        for (AttachedText a : attachments) {
            all.addAll(PersonalDataScanner.scan(PersonalDataFinding.ATTACHMENT + a.fileName(), a.text()));
        }
        return all;
    }
}

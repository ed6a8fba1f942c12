package cn.gongkai.publishing.gates;

import java.util.List;

/**
 * What the gates look at: the disclosure attribute and reason, whether the record is a normative
 * document and the state of its interpretations, its plain text and the fingerprint of personal
 * data a reviewer has confirmed (null when none).
 */
public record GateSubject(String attribute, boolean reasonGiven, boolean normativeDocument, boolean proactive,
        Interpretations interpretations, String title, String bodyText, String confirmedFingerprint) {

    /** Interpretations linked to the record: how many are drafted (not withdrawn) and how many approved or published. */
    public record Interpretations(int drafted, int approved) {
    }

    public List<PersonalDataFinding> personalData() {
        List<PersonalDataFinding> all = new java.util.ArrayList<>(PersonalDataScanner.scan("title", title));
        all.addAll(PersonalDataScanner.scan("body", bodyText));
        return all;
    }
}

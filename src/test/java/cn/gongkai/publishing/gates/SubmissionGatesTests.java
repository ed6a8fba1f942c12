package cn.gongkai.publishing.gates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.publishing.gates.SubmissionGates.Stage;

class SubmissionGatesTests {

    static GateSubject subject(String attribute, boolean reason, boolean normative, int drafted, int approved,
            String body, String confirmed) {
        return new GateSubject(attribute, reason, normative, "PROACTIVE".equals(attribute),
                new GateSubject.Interpretations(drafted, approved), "标题", body, confirmed);
    }

    static List<String> codes(GateSubject s, Stage stage) {
        return SubmissionGates.check(s, stage).stream().map(GateViolation::code).toList();
    }

    @Test
    void passesAProactiveOrdinaryRecord() {
        assertThat(codes(subject("PROACTIVE", false, false, 0, 0, "正文", null), Stage.SUBMISSION)).isEmpty();
    }

    // Implementation Measures 七(一): no disclosure attribute → returned
    @Test
    void returnsSubmissionWithoutDisclosureAttribute() {
        assertThat(codes(subject(null, false, false, 0, 0, "正文", null), Stage.SUBMISSION))
                .containsExactly("ATTRIBUTE_MISSING");
    }

    // Implementation Measures 七(一): not disclosed without a legal reason → returned
    @Test
    void returnsNondisclosureWithoutReason() {
        assertThat(codes(subject("NOT_DISCLOSED", false, false, 0, 0, "正文", null), Stage.SUBMISSION))
                .containsExactly("NONDISCLOSURE_REASON_MISSING");
        assertThat(codes(subject("ON_REQUEST", true, false, 0, 0, "正文", null), Stage.SUBMISSION)).isEmpty();
    }

    // Implementation Measures 八(二): 三同步
    @Test
    void returnsNormativeDocumentWithoutInterpretationAndWantsItApprovedAtApproval() {
        assertThat(codes(subject("PROACTIVE", false, true, 0, 0, "正文", null), Stage.SUBMISSION))
                .containsExactly("INTERPRETATION_MISSING");
        assertThat(codes(subject("PROACTIVE", false, true, 1, 0, "正文", null), Stage.SUBMISSION)).isEmpty();
        assertThat(SubmissionGates.check(subject("PROACTIVE", false, true, 1, 0, "正文", null), Stage.APPROVAL))
                .extracting(GateViolation::messageKey).containsExactly("publishing.gate.interpretationNotApproved");
        assertThat(codes(subject("PROACTIVE", false, true, 1, 1, "正文", null), Stage.APPROVAL)).isEmpty();
    }

    // Regulations art. 15: personal privacy
    @Test
    void blocksPersonalDataUntilExactlyTheseFindingsAreConfirmed() {
        String body = "联系人手机13812345678";
        GateSubject s = subject("PROACTIVE", false, false, 0, 0, body, null);
        List<GateViolation> v = SubmissionGates.check(s, Stage.SUBMISSION);
        assertThat(v).extracting(GateViolation::code).containsExactly("PERSONAL_DATA_FOUND");
        assertThat(v.get(0).args()[1].toString()).contains("正文第6–16字", "手机号", "138****5678");
        String fingerprint = SubmissionGates.fingerprint(s.personalData());
        assertThat(codes(subject("PROACTIVE", false, false, 0, 0, body, fingerprint), Stage.APPROVAL)).isEmpty();
        assertThat(codes(subject("PROACTIVE", false, false, 0, 0, body + "，13912345678", fingerprint),
                Stage.APPROVAL)).containsExactly("PERSONAL_DATA_FOUND");
    }

    @Test
    void reportsEveryViolationInRuleOrder() {
        assertThat(codes(subject(null, false, true, 0, 0, "身份证" + PersonalDataScannerTests.ID, null),
                Stage.SUBMISSION)).containsExactly("ATTRIBUTE_MISSING", "INTERPRETATION_MISSING", "PERSONAL_DATA_FOUND");
    }
}

package cn.gongkai.publishing.gates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gates a record passes at submission and again at approval (SPEC M3), as a list of named
 * rules, each returning a violation with a stable code and the clause it comes from:
 * <ol>
 * <li>{@code ATTRIBUTE_MISSING} — no disclosure attribute: the office returns the document
 * (Implementation Measures 七(一));</li>
 * <li>{@code NONDISCLOSURE_REASON_MISSING} — on request / not disclosed without a legal reason (七(一));</li>
 * <li>{@code INTERPRETATION_MISSING} — a normative document without its interpretation; at approval the
 * interpretation must be approved too (八(二), 三同步);</li>
 * <li>{@code PERSONAL_DATA_FOUND} — resident ID, mobile or bank card numbers, personal e-mail addresses in the title, the body
 * or an attachment's text, until redacted or confirmed by a reviewer (Regulations art. 15).</li>
 * </ol>
 */
public final class SubmissionGates {

    /** When the gates run. */
    public enum Stage { SUBMISSION, APPROVAL }

    private static final int SHOWN_FINDINGS = 5;

    private SubmissionGates() {
    }

    /** Every violation, in the order of the rules above; empty when the record may pass. */
    public static List<GateViolation> check(GateSubject s, Stage stage) {
        List<GateViolation> violations = new ArrayList<>();
        if (s.attribute() == null) {
            violations.add(new GateViolation("ATTRIBUTE_MISSING", "publishing.gate.attributeMissing"));
        }
        else if (!s.proactive() && !s.reasonGiven()) {
            violations.add(new GateViolation("NONDISCLOSURE_REASON_MISSING", "publishing.gate.reasonMissing"));
        }
        if (s.normativeDocument()) {
            if (s.interpretations().drafted() == 0) {
                violations.add(new GateViolation("INTERPRETATION_MISSING", "publishing.gate.interpretationMissing"));
            }
            else if (stage == Stage.APPROVAL && s.interpretations().approved() == 0) {
                violations.add(new GateViolation("INTERPRETATION_MISSING",
                        "publishing.gate.interpretationNotApproved"));
            }
        }
        List<PersonalDataFinding> findings = s.personalData();
        if (!findings.isEmpty() && !fingerprint(findings).equals(s.confirmedFingerprint())) {
            violations.add(new GateViolation("PERSONAL_DATA_FOUND", "publishing.gate.personalData", findings.size(),
                    describe(findings)));
        }
        return violations;
    }

    /** A digest of the findings (kind, field, value): a confirmation holds only while exactly these remain. */
    public static String fingerprint(List<PersonalDataFinding> findings) {
        String canonical = findings.stream().map(f -> f.kind() + ":" + f.field() + ":" + f.value()).sorted()
                .collect(Collectors.joining("|"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * "正文第12–29字：身份证号 110***********0012；附件“名单.xlsx”第5–22字：…" — positions are 1-based
     * characters of the plain text (of an attachment: of its extracted text).
     */
    static String describe(List<PersonalDataFinding> findings) {
        String shown = findings.stream().limit(SHOWN_FINDINGS)
                .map(f -> where(f.field()) + "第" + (f.start() + 1) + "–" + f.end() + "字："
                        + label(f.kind()) + " " + f.masked())
                .collect(Collectors.joining("；"));
        return findings.size() > SHOWN_FINDINGS ? shown + "；等" : shown;
    }

    private static String where(String field) {
        if (field.startsWith(PersonalDataFinding.ATTACHMENT)) {
            return "附件“" + field.substring(PersonalDataFinding.ATTACHMENT.length()) + "”";
        }
        return "title".equals(field) ? "标题" : "正文";
    }

    private static String label(PersonalDataFinding.Kind kind) {
        return switch (kind) {
            case RESIDENT_ID -> "身份证号";
            case MOBILE -> "手机号";
            case BANK_CARD -> "银行卡号";
            case EMAIL -> "电子邮箱";
        };
    }
}

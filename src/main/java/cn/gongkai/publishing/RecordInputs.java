package cn.gongkai.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.TextLength;
import cn.gongkai.publishing.content.RichText;

/**
 * Validates and normalizes a {@link RecordInput}: every problem is collected and answered at once
 * as a 400 naming each field; the document number is normalized with warnings for the drafter.
 */
@Component
class RecordInputs {

    static final int MAX_BODY = 1_000_000;

    private final Catalog catalog;
    private final Records records;
    private final Clock clock;

    RecordInputs(Catalog catalog, Records records, Clock clock) {
        this.catalog = catalog;
        this.records = records;
        this.clock = clock;
    }

    record Checked(RecordContent content, List<DocumentNumber.Warning> warnings) {
    }

    Checked check(long organId, Long selfId, RecordInput in) {
        return check(organId, selfId, in, null);
    }

    /**
     * @param formedBefore the record's stored formation date (an edit), or null. A proactive record
     *                     always has a formation date (信息形成日期, Regulations art. 26): the one given,
     *                     else the written date (成文日期), else the stored one, else the day of entry
     *                     (the information exists at the latest when it is recorded here), so the
     *                     art. 26 duty always exists.
     */
    Checked check(long organId, Long selfId, RecordInput in, LocalDate formedBefore) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(problems, "title", in.title(), 300, true);
        if (in.type() == null) {
            problems.add(new FieldProblem("type", "platform.error.required"));
        }
        DocumentNumber.Parsed number = DocumentNumber.parse(in.documentNumber());
        if (in.documentNumber() != null && !in.documentNumber().isBlank() && number.number().isEmpty()) {
            problems.add(new FieldProblem("documentNumber", "publishing.error.documentNumber"));
        }
        List<String> joint = in.jointIssuers() == null ? List.of()
                : in.jointIssuers().stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        // stored joined by line breaks in a varchar(1000): ten of 100 would not fit with their separators
        if (joint.size() > 10 || joint.stream().anyMatch(s -> s.length() > 100)
                || TextLength.of(String.join("\n", joint)) > 1000) {
            problems.add(new FieldProblem("jointIssuers", "publishing.error.jointIssuers"));
        }
        String topic = text(problems, "topic", in.topic(), 100, false);
        Long entryId = null;
        if (in.catalogEntry() != null && !in.catalogEntry().isBlank()) {
            try {
                CatalogEntry entry = catalog.requireEntry("catalogEntry", organId, in.catalogEntry());
                entryId = entry.getId();
            }
            catch (GongkaiException e) {
                problems.addAll(e.fields());
            }
        }
        LocalDate today = LocalDate.now(clock);
        if (in.formedOn() != null && in.formedOn().isAfter(today)) {
            problems.add(new FieldProblem("formedOn", "publishing.error.future"));
        }
        if (in.writtenOn() != null && in.writtenOn().isAfter(today)) {
            problems.add(new FieldProblem("writtenOn", "publishing.error.future"));
        }
        if (in.body() != null && in.body().length() > MAX_BODY) {
            problems.add(new FieldProblem("body", "publishing.error.bodyTooLong", MAX_BODY));
        }
        checkInterpretation(problems, organId, selfId, in);
        String mediaUrl = text(problems, "mediaUrl", in.mediaUrl(), 500, false);
        if (mediaUrl != null && !mediaUrl.matches("(?i)https?://[^\\s<>\"]+")) {
            problems.add(new FieldProblem("mediaUrl", "publishing.error.url"));
        }
        String interpreter = text(problems, "firstInterpreter", in.firstInterpreter(), 100, false);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        boolean proactive = in.attribute() == DisclosureAttribute.PROACTIVE;
        LocalDate formedOn = in.formedOn() != null || !proactive ? in.formedOn()
                : in.writtenOn() != null ? in.writtenOn() : formedBefore != null ? formedBefore : today;
        Validity validity = in.validity() != null ? in.validity()
                : in.type() == RecordType.OTHER || in.type() == RecordType.INTERPRETATION ? Validity.NOT_APPLICABLE
                : Validity.IN_FORCE;
        RecordContent content = new RecordContent(title, number.number().map(DocumentNumber::toString).orElse(null),
                joint, in.type(), topic, entryId, in.attribute(), proactive ? null : in.nondisclosureReason(),
                validity, formedOn, in.writtenOn(), in.issuedOn(), in.effectiveOn(), RichText.sanitize(in.body()),
                in.type() == RecordType.INTERPRETATION ? in.interpretationOf() : null,
                in.type() == RecordType.INTERPRETATION ? in.interpretationForm() : null, mediaUrl, interpreter,
                Boolean.TRUE.equals(in.confidentialityReview()));
        return new Checked(content, number.warnings());
    }

    private void checkInterpretation(List<FieldProblem> problems, long organId, Long selfId, RecordInput in) {
        if (in.type() != RecordType.INTERPRETATION) {
            if (in.interpretationOf() != null) {
                problems.add(new FieldProblem("interpretationOf", "publishing.error.interpretationOfType"));
            }
            return;
        }
        if (in.interpretationOf() == null) {
            problems.add(new FieldProblem("interpretationOf", "platform.error.required"));
            return;
        }
        GovernmentRecord policy = records.findById(in.interpretationOf()).orElse(null);
        if (policy == null || policy.getOrganId() != organId || policy.getType() == RecordType.INTERPRETATION
                || policy.getId().equals(selfId) || policy.getState() == RecordState.WITHDRAWN) {
            problems.add(new FieldProblem("interpretationOf", "publishing.error.interpretationOf",
                    in.interpretationOf()));
        }
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "platform.error.required"));
            }
            return null;
        }
        String v = value.strip();
        if (TextLength.of(v) > max) {
            problems.add(new FieldProblem(field, "publishing.error.tooLong", max));
        }
        return v;
    }
}

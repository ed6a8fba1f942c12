package cn.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

/**
 * What a drafter sends to create or update a record (API JSON and console form), named as in
 * SPEC M3. {@code organ} is an organ code (default: the drafter's organ), {@code catalogEntry} a
 * catalogue code ("02.02"), {@code body} pasted HTML (sanitized on the way in),
 * {@code interpretationOf} the id of the policy an interpretation explains.
 */
public record RecordInput(String organ, String title, RecordType type, String documentNumber,
        List<String> jointIssuers, String topic, String catalogEntry, DisclosureAttribute attribute,
        NondisclosureReason nondisclosureReason, Validity validity, LocalDate formedOn, LocalDate writtenOn,
        LocalDate issuedOn, LocalDate effectiveOn, String body, Long interpretationOf,
        InterpretationForm interpretationForm, String mediaUrl, String firstInterpreter,
        Boolean confidentialityReview) {
}

package cn.gongkai.publishing;

import java.time.LocalDate;
import java.util.List;

/** Validated, normalized content of a record (output of {@link RecordInputs}): what the aggregate stores. */
record RecordContent(String title, String documentNumber, List<String> jointIssuers, RecordType type, String topic,
        Long catalogEntryId, DisclosureAttribute attribute, NondisclosureReason nondisclosureReason,
        Validity validity, LocalDate formedOn, LocalDate writtenOn, LocalDate issuedOn, LocalDate effectiveOn,
        String body, Long interpretationOfId, InterpretationForm interpretationForm, String mediaUrl,
        String firstInterpreter, boolean confidentialityReview) {
}

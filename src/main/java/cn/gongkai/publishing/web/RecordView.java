package cn.gongkai.publishing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.publishing.DisclosureAttribute;
import cn.gongkai.publishing.InterpretationForm;
import cn.gongkai.publishing.NondisclosureReason;
import cn.gongkai.publishing.RecordState;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;

/**
 * A record as the JSON API shows it to staff; {@code warnings} are the document-number normalizations;
 * {@code validityDerivedFrom} the library document a linked record's validity is derived from.
 */
record RecordView(long id, String organ, String title, RecordType type, String documentNumber,
        List<String> jointIssuers, String topic, String catalogEntry, DisclosureAttribute attribute,
        NondisclosureReason nondisclosureReason, Validity validity, String validityDerivedFrom, LocalDate formedOn, LocalDate writtenOn,
        LocalDate issuedOn, LocalDate effectiveOn, String body, Long interpretationOf, List<Long> interpretations,
        InterpretationForm interpretationForm, String mediaUrl, String firstInterpreter, boolean confidentialityReview,
        RecordState state, int edition, Integer publishedEdition, Instant publishAt, String indexNumber,
        Instant firstPublishedAt, String url, String returnReason, String changeNote, String withdrawalReason,
        String drafter, List<AttachmentView> attachments, List<String> warnings) {

    record AttachmentView(long id, String fileName, String contentType, long size, String sha256) {
    }
}

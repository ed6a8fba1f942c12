package cn.gongkai.regulations.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.organization.Organization;

/** The JSON shape of an answer (public and staff API alike; staff also see state and reviewer). */
record AnswerJson(long id, String question, String answer, String category, String keywords, String organ,
        String organName, String state, LocalDate writtenOn, boolean flagged, Instant reviewedAt, String reviewedBy,
        List<CitationJson> citations, List<NoticeJson> notices) {

    /** {@code validity} today, as the library API names it ({@code IN_FORCE}, {@code REPEALED} …). */
    record CitationJson(String documentId, String eId, String label, String url, String validity) {
    }

    /** While flagged: which citation, what happened ({@code REPEAL}, {@code AMEND} …) and from when. */
    record NoticeJson(String documentId, String eId, String label, String effect, LocalDate effectiveOn,
            long effectId) {
    }

    record Page(List<Summary> items, int page, int total) {
    }

    record Summary(long id, String question, String category, String organ, boolean flagged, String url) {
    }

    static AnswerJson of(Answer a, Organization organization, boolean staff) {
        var organ = organization.organ(a.ownerOrganId()).orElseThrow();
        List<CitationJson> citations = a.citations().stream().map(c -> new CitationJson(c.documentId(), c.eId(),
                c.label(), c.address(), c.validity() == null ? null : c.validity().name())).toList();
        List<NoticeJson> notices = a.openFlags().stream().map(f -> {
            Answer.Cited c = cited(a, f.seq());
            return new NoticeJson(c == null ? null : c.documentId(), c == null ? null : c.eId(),
                    c == null ? null : c.label(), f.type().name(), f.effectiveOn(), f.effectId());
        }).toList();
        return new AnswerJson(a.id(), a.question(), a.answer(), a.category(), a.keywords(), organ.getCode(),
                organ.getName(), staff ? a.state().name() : null, a.writtenOn(), a.flagged(), a.reviewedAt(),
                staff ? a.reviewedBy() : null, citations, notices);
    }

    static Answer.Cited cited(Answer a, int seq) {
        return a.citations().stream().filter(c -> c.seq() == seq).findFirst().orElse(null);
    }
}

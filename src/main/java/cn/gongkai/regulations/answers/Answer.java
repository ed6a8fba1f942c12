package cn.gongkai.regulations.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.Validity;

/** A 12366 answer as read back: its citations resolved against the library, and its open flags. */
record Answer(long id, long ownerOrganId, String question, String answer, String category, String keywords,
        AnswerState state, boolean flagged, LocalDate writtenOn, Instant reviewedAt, String reviewedBy,
        List<Cited> citations, List<Flag> openFlags) {

    /** A citation: {@code label} e.g. 《中华人民共和国增值税暂行条例》第十条; validity today. */
    record Cited(int seq, String documentId, String eId, String title, String label, String address,
            Validity validity) {
    }

    /** Why the answer is flagged: what happened to which citation, from which day. */
    record Flag(int seq, long effectId, EffectType type, String affectedEid, LocalDate effectiveOn) {
    }

    /** The input of a create, an update or a review's edit. */
    record Input(String question, String answer, String category, String keywords, String ownerOrgan,
            AnswerState state, List<CitationInput> citations) {
    }

    record CitationInput(String documentId, String eId) {
    }

    /** PUBLISHED answers are public; WITHDRAWN ones are kept but no longer shown. */
    enum AnswerState {
        PUBLISHED, WITHDRAWN
    }
}

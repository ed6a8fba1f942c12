package cn.gongkai.regulations.validity;

import java.time.Instant;
import java.time.LocalDate;

import cn.gongkai.regulations.EffectType;

/**
 * An effect record as staff see it (SPEC M6): the affecting document and provision → the affected
 * document and provision ({@code affectedEid} null = the whole document), its type, day, end
 * (SUSPEND), new text (AMEND, SUBSTITUTE, INSERT), the inserted provision's place and number,
 * who entered and who reviewed it. {@code state}: SUGGESTED, CONFIRMED, REJECTED; {@code origin}:
 * STAFF, TEXT, CLEANUP, EXPIRY.
 */
public record Effect(long id, String affectedDocumentId, String affectedEid, String affectingDocumentId,
        String affectingEid, EffectType type, LocalDate effectiveOn, LocalDate endsOn, String newText, String number,
        String parentEid, String afterEid, String note, String origin, String state, String enteredBy,
        Instant enteredAt, String reviewedBy, Instant reviewedAt, String reviewNote, Instant announcedAt) {

    public static final String SUGGESTED = "SUGGESTED";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String REJECTED = "REJECTED";
}

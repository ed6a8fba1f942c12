package cn.gongkai.regulations.cleanup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A cleanup campaign as stored (V10_40 {@code reg_cleanup}). */
record Cleanup(long id, long organId, String title, List<String> scopeTypes, Long scopeOwnerOrganId,
        LocalDate scopeIssuedAfter, LocalDate scopeIssuedBefore, LocalDate effectiveOn,
        String announcementDocumentId, String createdBy, Instant createdAt, String approvedBy, Instant approvedAt,
        String publishedBy, Instant publishedAt, String appliedBy, Instant appliedAt) {

    public boolean approved() {
        return approvedAt != null;
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean applied() {
        return appliedAt != null;
    }

    /** Where it stands, for people: DRAFT, APPROVED, PUBLISHED, APPLIED (the last act done). */
    public String stage() {
        return applied() ? "APPLIED" : published() ? "PUBLISHED" : approved() ? "APPROVED" : "DRAFT";
    }

    /** What the campaign decides for a document ({@code eId} '' = the whole document) or one provision. */
    enum Decision {
        /** 继续有效 */
        KEEP,
        /** 修改, with the new text of the provision */
        AMEND,
        /** 废止 */
        REPEAL,
        /** 宣布失效 */
        EXPIRE
    }

    /** One decision, as stored. */
    record Decided(String documentId, String eId, Decision decision, String newText, String basis, String decidedBy,
            Instant decidedAt, Long effectId) {

        boolean wholeDocument() {
            return eId.isEmpty();
        }
    }

    /** A document in scope: id, title, 文号, issue day. */
    record InScope(String id, String title, String documentNumber, LocalDate issuedOn, String type) {
    }

    /** The creation's input: {@code types} DocumentType names; dates exclusive (issued after/before). */
    record Input(String title, String organ, Scope scope, LocalDate effectiveOn, String announcementDocumentId) {
    }

    record Scope(List<String> types, String ownerOrgan, LocalDate issuedAfter, LocalDate issuedBefore) {
    }

    /** A decision to record; {@code eId} null or blank = the whole document. */
    record DecisionInput(String documentId, String eId, Decision decision, String newText, String basis) {
    }
}

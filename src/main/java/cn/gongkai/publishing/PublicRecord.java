package cn.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A record as the public sees it: the latest published edition with its metadata (索引号, 文号,
 * 发布机构, 成文日期, 发布日期, 有效性), sanitized body, attachments, linked interpretations or
 * policy, the change notes of its editions, and the withdrawal notice when withdrawn.
 * {@code canonicalPath} is the path on the publishing organ's own site. A withdrawn record keeps
 * its metadata and carries its {@code withdrawal}; its {@code body} and {@code mediaUrl} are null
 * and {@code attachments} is empty.
 */
public record PublicRecord(long id, long organId, String organCode, String organName, String title,
        String documentNumber, List<String> jointIssuers, String indexNumber, RecordType type, String topic,
        String catalogEntry, LocalDate writtenOn, LocalDate effectiveOn, Instant publishedAt, Instant updatedAt,
        Validity validity, String body, int edition, List<AttachmentLink> attachments, List<Link> interpretations,
        Link policy, InterpretationForm interpretationForm, String mediaUrl, String firstInterpreter,
        List<ChangeNote> changeNotes, Withdrawal withdrawal, String canonicalPath) {

    public record AttachmentLink(long id, String fileName, String contentType, long size, String path) {
    }

    public record Link(long id, String title, String path) {
    }

    public record ChangeNote(int edition, Instant publishedAt, String note) {
    }

    public record Withdrawal(Instant at, String reason) {
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    /** A line of a public list; {@code catalogEntry} is the entry's code or null, {@code updatedAt} the current edition's publication. */
    public record Summary(long id, long organId, String organCode, String title, String documentNumber,
            String indexNumber, RecordType type, Instant publishedAt, boolean syndicated, String canonicalPath,
            Validity validity, LocalDate writtenOn, String catalogEntry, String organName, Instant updatedAt) {
    }

    /** What a public list is narrowed to; null parts do not narrow. {@code year} is the publication year. */
    public record Filter(Long catalogEntryId, RecordType type, Integer year, Validity validity) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /** A page of a public list (1-based page). */
    public record Page(List<Summary> items, int page, int pages, long total) {
    }
}

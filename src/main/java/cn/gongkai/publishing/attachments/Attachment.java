package cn.gongkai.publishing.attachments;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file attached to a record (附件): name, sniffed type, size, digest and where its bytes are stored,
 * and the editions it belongs to — from {@code fromEdition} up to, not including, {@code untilEdition}
 * (open when null). A file added to a revision draft therefore stays out of the published edition
 * until that draft is published, and a file removed in the draft stays in the published edition.
 */
@Entity
@Table(name = "record_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recordId;
    private String fileName;
    private String contentType;
    private long sizeBytes;
    private String sha256;
    private String storageKey;
    private String uploadedBy;
    private Instant uploadedAt;
    private int fromEdition;
    private Integer untilEdition;

    protected Attachment() {
    }

    Attachment(long recordId, String fileName, String contentType, long sizeBytes, String sha256, String storageKey,
            String uploadedBy, Instant uploadedAt, int edition) {
        this.recordId = recordId;
        this.fromEdition = edition;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() { return id; }
    public long getRecordId() { return recordId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getSizeBytes() { return sizeBytes; }
    public String getSha256() { return sha256; }
    public String getStorageKey() { return storageKey; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public int getFromEdition() { return fromEdition; }
    public Integer getUntilEdition() { return untilEdition; }

    /** Whether the file is part of edition {@code number} of its record. */
    public boolean belongsTo(int number) {
        return fromEdition <= number && (untilEdition == null || number < untilEdition);
    }

    /** Leaves the file out of edition {@code number} and every later one; earlier editions keep it. */
    void retireFrom(int number) {
        untilEdition = number;
    }
}

package cn.gongkai.requests;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a reply: the generated letter (告知书) or a disclosed file attached to it. */
@Entity
@Table(name = "request_file")
class RequestFile {

    enum Purpose {
        LETTER, ATTACHMENT, FEE_NOTICE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long requestId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String filename;
    private String contentType;
    private long sizeBytes;
    private byte[] content;
    private Instant createdAt;

    protected RequestFile() {
    }

    RequestFile(Long requestId, Purpose purpose, String filename, String contentType, byte[] content, Instant at) {
        this.requestId = requestId;
        this.purpose = purpose;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.createdAt = at;
    }

    Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    String getFilename() {
        return filename;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    byte[] getContent() {
        return content;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

package cn.gongkai.requests.dossier;

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
public class RequestFile {

    public enum Purpose {
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

    public RequestFile(Long requestId, Purpose purpose, String filename, String contentType, byte[] content, Instant at) {
        this.requestId = requestId;
        this.purpose = purpose;
        this.filename = filename;
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.createdAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

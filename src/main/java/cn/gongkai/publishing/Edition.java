package cn.gongkai.publishing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published edition of a record (版本): an immutable snapshot of what the public saw, with the
 * public change note of a revision (SPEC 1.3: published records keep their history).
 */
@Entity
@Table(name = "record_edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recordId;
    private int number;
    private String title;
    private String documentNumber;
    private String jointIssuers;
    private String body;
    private LocalDate writtenOn;
    private LocalDate issuedOn;
    private LocalDate effectiveOn;
    @Enumerated(EnumType.STRING)
    private Validity validity;
    private String changeNote;
    private Instant publishedAt;
    private String publishedBy;

    protected Edition() {
    }

    Edition(GovernmentRecord r, Instant at, String by) {
        this.recordId = r.getId();
        this.number = r.getEdition();
        this.title = r.getTitle();
        this.documentNumber = r.getDocumentNumber();
        this.jointIssuers = r.jointIssuerList().isEmpty() ? null : String.join("\n", r.jointIssuerList());
        this.body = r.getBody();
        this.writtenOn = r.getWrittenOn();
        this.issuedOn = r.getIssuedOn();
        this.effectiveOn = r.getEffectiveOn();
        this.validity = r.getValidity();
        this.changeNote = r.getEdition() > 1 ? r.getChangeNote() : null;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    /** Validity is a status in time, not content: the published edition follows the derived one. */
    void revalue(Validity derived) {
        validity = derived;
    }

    public Long getId() { return id; }
    public long getRecordId() { return recordId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getDocumentNumber() { return documentNumber; }
    public String getJointIssuers() { return jointIssuers; }
    public String getBody() { return body; }
    public LocalDate getWrittenOn() { return writtenOn; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public Validity getValidity() { return validity; }
    public String getChangeNote() { return changeNote; }
    public Instant getPublishedAt() { return publishedAt; }
    public String getPublishedBy() { return publishedBy; }
}

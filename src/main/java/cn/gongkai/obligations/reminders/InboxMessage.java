package cn.gongkai.obligations.reminders;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder or escalation in a staff member's console inbox; its text is rendered from the obligation in the reader's language. */
@Entity
@Table(name = "obligation_inbox")
class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recipientId;
    private long obligationId;
    @Enumerated(EnumType.STRING)
    private ReminderKind kind;
    private Instant createdAt;
    private Instant readAt;

    protected InboxMessage() {
    }

    InboxMessage(long recipientId, long obligationId, ReminderKind kind, Instant createdAt) {
        this.recipientId = recipientId;
        this.obligationId = obligationId;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public long getObligationId() {
        return obligationId;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}

package cn.gongkai.publishing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a record's workflow (who, when, from which state to which, and the reason), shown in the console. */
@Entity
@Table(name = "record_step")
public class RecordStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long recordId;
    private Instant at;
    private String actor;
    private String action;
    @Enumerated(EnumType.STRING)
    private RecordState fromState;
    @Enumerated(EnumType.STRING)
    private RecordState toState;
    private String reason;

    protected RecordStep() {
    }

    RecordStep(long recordId, Instant at, String actor, String action, RecordState from, RecordState to,
            String reason) {
        this.recordId = recordId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = from;
        this.toState = to;
        this.reason = reason;
    }

    public long getRecordId() { return recordId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public RecordState getFromState() { return fromState; }
    public RecordState getToState() { return toState; }
    public String getReason() { return reason; }
}

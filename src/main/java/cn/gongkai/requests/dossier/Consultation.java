package cn.gongkai.requests.dossier;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consultation (征求意见) of a third party whose interests disclosure may harm (Regulations
 * art. 32) or of an organ that co-authored the information (art. 34). The consulted party has 15
 * working days from receipt of the letter to answer; the time consulting is not counted in the
 * reply period (art. 33 para. 3): the clock stands still from the day after the letter was sent
 * until the day the answer arrived (or the organ decided without it), both included.
 */
@Entity
@Table(name = "request_consultation")
public class Consultation {

    public enum Kind {
        /** 第三方 (art. 32) */
        THIRD_PARTY,
        /** 共同制作机关 (art. 34) */
        CO_AUTHOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long requestId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String party;
    private LocalDate sentOn;
    private LocalDate answerDueOn;
    private LocalDate answeredOn;

    protected Consultation() {
    }

    public Consultation(Long requestId, Kind kind, String party, LocalDate sentOn, LocalDate answerDueOn) {
        this.requestId = requestId;
        this.kind = kind;
        this.party = party;
        this.sentOn = sentOn;
        this.answerDueOn = answerDueOn;
    }

    public void answered(LocalDate on) {
        this.answeredOn = on;
    }

    public boolean isOpen() {
        return answeredOn == null;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getParty() {
        return party;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }
}

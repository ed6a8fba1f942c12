package cn.gongkai.requests.replies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import cn.gongkai.requests.ReplyClass;

/** An organ's own text of the reply letter (告知书) for one reply class, with placeholders. */
@Entity
@Table(name = "request_letter_template")
class LetterTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organId;
    @Enumerated(EnumType.STRING)
    private ReplyClass replyClass;
    private String body;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private int revision;

    protected LetterTemplate() {
    }

    LetterTemplate(Long organId, ReplyClass replyClass) {
        this.organId = organId;
        this.replyClass = replyClass;
    }

    void edit(String body, String by, Instant at) {
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getOrganId() {
        return organId;
    }

    ReplyClass getReplyClass() {
        return replyClass;
    }

    String getBody() {
        return body;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}

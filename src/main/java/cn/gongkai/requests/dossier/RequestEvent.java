package cn.gongkai.requests.dossier;

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
 * One step in a request's timeline (receipt, notice, pause, restart, extension, reply …), shown
 * on the staff page; the {@link Kind#isPublic public} kinds also on the tracking page.
 * {@code refDate} and {@code amount} carry the step's date or number (a correction deadline,
 * extension days, a fee).
 */
@Entity
@Table(name = "request_event")
public class RequestEvent {

    public enum Kind {
        RECEIVED(true), ASSIGNED(false), CORRECTION_REQUESTED(true), CORRECTED(true), CONSULTATION_STARTED(true),
        CONSULTATION_ENDED(true), EXTENSION_PROPOSED(false), EXTENDED(true), FEE_NOTIFIED(true), FEE_PAID(true),
        REPLIED(true), CLOSED(true), NOTE(false), REASONS_ASKED(true), DEFERRED(true), DUE_RECOMPUTED(true),
        REASONS_ANSWERED(true);

        private final boolean shown;

        Kind(boolean shown) {
            this.shown = shown;
        }

        boolean isPublic() {
            return shown;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long requestId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Instant at;
    private LocalDate onDate;
    private String actor;
    private String detail;
    private LocalDate refDate;
    private Integer amount;
    private boolean shownPublicly;

    protected RequestEvent() {
    }

    public RequestEvent(Long requestId, Kind kind, Instant at, LocalDate onDate, String actor, String detail,
            LocalDate refDate, Integer amount) {
        this.requestId = requestId;
        this.kind = kind;
        this.at = at;
        this.onDate = onDate;
        this.actor = actor;
        this.detail = detail;
        this.refDate = refDate;
        this.amount = amount;
        this.shownPublicly = kind.isPublic();
    }

    public Long getId() {
        return id;
    }

    Long getRequestId() {
        return requestId;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getAt() {
        return at;
    }

    public LocalDate getOnDate() {
        return onDate;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDate getRefDate() {
        return refDate;
    }

    public Integer getAmount() {
        return amount;
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }
}

package cn.gongkai.obligations.ledger;

import java.time.Instant;

import jakarta.persistence.Embeddable;

/** One step in an obligation's life: opened, paused, resumed, restarted, extended, reminded, fulfilled, waived … */
@Embeddable
public class HistoryEntry {

    private Instant at;
    private String action;
    private String actor;
    private String detail;

    protected HistoryEntry() {
    }

    HistoryEntry(Instant at, String action, String actor, String detail) {
        this.at = at;
        this.action = action;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Instant getAt() {
        return at;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }
}

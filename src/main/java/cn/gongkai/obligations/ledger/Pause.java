package cn.gongkai.obligations.ledger;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stop of the clock (e.g. a third party is consulted, Regulations art. 32): from a day, until a day or still running. */
@Embeddable
public class Pause {

    @Column(name = "from_day")
    private LocalDate fromDay;
    @Column(name = "to_day")
    private LocalDate toDay;
    private String reason;
    /** The last day this pause may cover (a legal maximum), or null. */
    @Column(name = "cap_day")
    private LocalDate capDay;

    protected Pause() {
    }

    Pause(LocalDate from, String reason) {
        this(from, reason, null);
    }

    Pause(LocalDate from, String reason, LocalDate cap) {
        this.fromDay = from;
        this.reason = reason;
        this.capDay = cap;
    }

    void end(LocalDate day) {
        this.toDay = day;
    }

    public LocalDate getFrom() {
        return fromDay;
    }

    /** The day the clock ran again, or null while paused. */
    public LocalDate getTo() {
        return toDay;
    }

    /** The last day the pause may cover, or null when it runs until it is ended. */
    public LocalDate getCap() {
        return capDay;
    }

    public String getReason() {
        return reason;
    }

    public boolean isRunning() {
        return toDay == null;
    }
}

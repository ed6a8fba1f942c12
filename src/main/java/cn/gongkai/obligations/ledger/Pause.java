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

    protected Pause() {
    }

    Pause(LocalDate from, String reason) {
        this.fromDay = from;
        this.reason = reason;
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

    public String getReason() {
        return reason;
    }

    public boolean isRunning() {
        return toDay == null;
    }
}

package cn.gongkai.obligations.ledger;

import java.time.Instant;

import cn.gongkai.calendar.Explanation;

/**
 * A due time as the calendar computed it.
 *
 * @param at the instant from which the obligation is late (fulfilled before it: on time), or null
 *           when a year the period crosses has no holiday data yet ({@code unknownYear})
 * @param explanation the calendar's account of the computation
 * @param unknownYear the year without holiday data, or null
 * @param steps the calendar's explanation itself (not stored; null when unknown)
 */
public record Deadline(Instant at, String explanation, Integer unknownYear, Explanation steps) {

    public Deadline(Instant at, String explanation) {
        this(at, explanation, null, null);
    }

    static Deadline unknown(int year) {
        return new Deadline(null, "due unknown: the holiday arrangements of " + year
                + " are not published yet; computed when the notice is loaded", year, null);
    }
}

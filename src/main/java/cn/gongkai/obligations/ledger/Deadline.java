package cn.gongkai.obligations.ledger;

import java.time.Instant;

/**
 * A due time as the calendar computed it.
 *
 * @param at the instant from which the obligation is late (fulfilled before it: on time)
 * @param explanation the calendar's account of the computation
 */
public record Deadline(Instant at, String explanation) {
}

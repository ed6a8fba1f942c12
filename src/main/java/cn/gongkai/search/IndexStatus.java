package cn.gongkai.search;

import java.time.Instant;

/**
 * The state of the search index for administrators: documents searchable now, and the current or
 * last rebuild with its progress ({@code done} of {@code total} records), its reason and outcome.
 */
public record IndexStatus(int documents, boolean rebuilding, long done, long total, String reason,
        Instant startedAt, Instant finishedAt, String error) {

    /** Progress of the running (or last) rebuild in percent. */
    public int percent() {
        return total <= 0 ? (rebuilding ? 0 : 100) : (int) Math.min(100, done * 100 / total);
    }
}

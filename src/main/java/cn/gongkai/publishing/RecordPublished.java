package cn.gongkai.publishing;

import java.time.Instant;

/** A record's edition was published (first publication or a revision). */
public record RecordPublished(long recordId, long organId, int edition, Instant at) {
}

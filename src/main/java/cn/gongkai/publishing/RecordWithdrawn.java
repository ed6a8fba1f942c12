package cn.gongkai.publishing;

import java.time.Instant;

/** A published record was withdrawn everywhere (its page stays, with the reason). */
public record RecordWithdrawn(long recordId, long organId, Instant at) {
}

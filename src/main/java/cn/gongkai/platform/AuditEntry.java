package cn.gongkai.platform;

import java.time.Instant;

/** One entry of the audit chain (审计日志). {@code hash} is null only before it is computed. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subjectType, String subjectId,
        String detail, String prevHash, String hash) {
}

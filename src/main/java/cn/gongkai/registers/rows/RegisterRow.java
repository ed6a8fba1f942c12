package cn.gongkai.registers.rows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.gongkai.registers.RowState;

/**
 * A register row (公开事项条目): the values as entered (staff only) and as the public sees them
 * (masked at write time), its state, current version and the days its duty and visibility run by.
 */
record RegisterRow(long id, String registerCode, long organId, RowState state, int version, Long batchId,
        Map<String, String> values, Map<String, String> publicValues, LocalDate triggerOn, LocalDate visibleUntil,
        Instant createdAt, String createdBy, Instant publishedAt, String publishedBy, Instant updatedAt,
        Instant expiredAt) {

    /** Public now: published, not expired and within its last public day. */
    boolean visibleOn(LocalDate today) {
        return state == RowState.PUBLISHED && expiredAt == null && (visibleUntil == null || !today.isAfter(visibleUntil));
    }
}

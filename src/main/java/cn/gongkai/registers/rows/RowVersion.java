package cn.gongkai.registers.rows;

import java.time.Instant;
import java.util.Map;

/**
 * One version of a row (条目版本), never updated: creation, publication, each correction and the
 * retraction, with the public reason where one is required.
 */
record RowVersion(long rowId, int version, Kind kind, Map<String, String> values, Map<String, String> publicValues,
        String reason, String actor, Instant at) {

    enum Kind {
        CREATED, PUBLISHED, CORRECTED, RETRACTED
    }
}

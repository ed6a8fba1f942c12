package cn.gongkai.registers.rows;

import java.util.Map;

import org.springframework.stereotype.Service;

import cn.gongkai.organization.StaffMember;

/**
 * The row use cases every entry path shares (console, API, import, demo). Every act writes a
 * version and its redactions, audits, raises or meets the row's duty in the same transaction and
 * publishes {@link cn.gongkai.registers.RegisterChanged}. Refusals are GongkaiExceptions (422
 * naming field and rule, 403, 404, 409); nothing is written on a refusal.
 */
@Service
public class RowStore {

    /** Checks, masks and stores a row; PUBLISHED at once when {@code publish} (PUBLISHER role), else DRAFT. */
    public long create(String registerCode, long organId, Map<String, String> raw, boolean publish, StaffMember actor) {
        throw new UnsupportedOperationException("rows helper");
    }

    /** A new version with a public reason (never a silent edit). */
    public void correct(long rowId, Map<String, String> raw, String reason, StaffMember actor) {
        throw new UnsupportedOperationException("rows helper");
    }

    /** Withdrawn from the list with a public reason. */
    public void retract(long rowId, String reason, StaffMember actor) {
        throw new UnsupportedOperationException("rows helper");
    }

    /** DRAFT → PUBLISHED: meets the row's duty (on time or late). */
    public void publish(long rowId, StaffMember actor) {
        throw new UnsupportedOperationException("rows helper");
    }

    /**
     * The final step of an import, in the caller's transaction: every STAGED row of {@code batchId}
     * becomes PUBLISHED (or DRAFT), their duties are raised (and met when published), one
     * RegisterChanged. Returns the number of rows.
     */
    public int commitBatch(String registerCode, long organId, long batchId, boolean publish, String actor) {
        throw new UnsupportedOperationException("rows helper");
    }
}

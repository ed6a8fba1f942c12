package cn.gongkai.regulations;

import java.time.LocalDate;
import java.util.List;

/**
 * A confirmed effect took hold on {@code effectiveOn}: published when it is confirmed with a day
 * that has come, else on that day. {@code eids} empty means the whole document.
 */
public record ProvisionsAffected(String documentId, List<String> eids, EffectType type, LocalDate effectiveOn,
        long effectId) {
}

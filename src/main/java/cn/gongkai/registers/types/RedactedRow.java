package cn.gongkai.registers.types;

import java.util.List;
import java.util.Map;

/**
 * What the public may hold of a row: the public fields' display values with masks applied (ORGAN
 * as the organ's name, ENUM as its Chinese label, LIST/STEPS as JSON), the masks that were applied,
 * the lower-case search text over the public values, and the unmasked public credit code and name
 * for the query service (null when that field is masked or not public).
 */
public record RedactedRow(Map<String, String> publicValues, List<AppliedMask> masks, String searchText,
        String queryCredit, String queryName) {

    /** One redaction to record in {@code register_redaction}. */
    public record AppliedMask(String field, cn.gongkai.registers.MaskRule rule) {
    }
}

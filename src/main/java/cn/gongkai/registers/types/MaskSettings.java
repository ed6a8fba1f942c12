package cn.gongkai.registers.types;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.MaskRule;

/**
 * The operators' mask settings ({@code register_mask_setting}, 脱敏设置): per register field, where
 * they differ from the type's default. Read straight from the database, so every node applies a
 * change from the moment it commits.
 */
@Component
public class MaskSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    MaskSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Settings that differ from the defaults, by field code. */
    public Map<String, MaskRule> overrides(String registerCode) {
        Map<String, MaskRule> map = new HashMap<>();
        jdbc.sql("select field, mask_rule from register_mask_setting where register_code = ?").param(registerCode)
                .query((rs, n) -> map.put(rs.getString(1), MaskRule.valueOf(rs.getString(2)))).list();
        return map;
    }

    /** Who changed a field's setting, and when; null when it has its default. */
    public Map<String, Change> changes(String registerCode) {
        Map<String, Change> map = new HashMap<>();
        jdbc.sql("select field, mask_rule, changed_by, changed_at from register_mask_setting where register_code = ?")
                .param(registerCode).query((rs, n) -> map.put(rs.getString(1), new Change(MaskRule.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))).list();
        return map;
    }

    /** A field's setting becomes {@code rule}; a rule equal to the default removes the setting. */
    void set(String registerCode, FieldDef field, MaskRule rule, String actor) {
        jdbc.sql("delete from register_mask_setting where register_code = ? and field = ?").params(registerCode, field.code())
                .update();
        if (rule != field.mask()) {
            jdbc.sql("insert into register_mask_setting (register_code, field, mask_rule, changed_by, changed_at) "
                    + "values (?, ?, ?, ?, ?)").params(registerCode, field.code(), rule.name(), actor,
                            java.sql.Timestamp.from(Instant.now(clock))).update();
        }
    }

    /**
     * The masks an operator may choose for a field: every mask for text-like values, only NONE or
     * HIDDEN where a mask would break the value's structure (ORGAN, ENUM, LIST, STEPS, DATE, AMOUNT, INTEGER).
     */
    public static Set<MaskRule> allowed(FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT, CREDIT_CODE, ID_NUMBER, TAXPAYER_ID, PHONE, URL -> EnumSet.allOf(MaskRule.class);
            default -> EnumSet.of(MaskRule.NONE, MaskRule.HIDDEN);
        };
    }

    /** One operator's setting. */
    public record Change(MaskRule rule, String changedBy, Instant changedAt) {
    }
}

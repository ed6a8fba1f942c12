package cn.gongkai.registers.opendata;

import java.util.List;
import java.util.Map;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.RegisterType;

/**
 * The columns of a register's dataset (数据项): its public fields in display order, each with the
 * mask in force (the operator's setting, else the type's default). A field masked HIDDEN, by the
 * type or by an operator, is no column at all.
 */
record DataColumns(RegisterType type, List<Column> columns) {

    /** One public field and the mask applied to its values (NONE when shown as entered). */
    record Column(FieldDef field, MaskRule mask) {

        boolean masked() {
            return mask != MaskRule.NONE;
        }
    }

    static DataColumns of(RegisterType type, Map<String, String> maskSettings) {
        List<Column> columns = type.fields().stream().filter(FieldDef::isPublic)
                .map(f -> new Column(f, effective(f, maskSettings.get(f.code()))))
                .filter(c -> c.mask() != MaskRule.HIDDEN).toList();
        return new DataColumns(type, columns);
    }

    private static MaskRule effective(FieldDef field, String setting) {
        if (setting != null) {
            try {
                return MaskRule.valueOf(setting);
            }
            catch (IllegalArgumentException e) {
                // an unknown rule in the table: treat as not public rather than risk showing the value
                return MaskRule.HIDDEN;
            }
        }
        return field.mask() == null ? MaskRule.NONE : field.mask();
    }
}

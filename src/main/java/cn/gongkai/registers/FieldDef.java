package cn.gongkai.registers;

import java.util.List;

/**
 * One field of a register type.
 *
 * @param code identifier in JSON and forms ({@code creditCode})
 * @param label the column header in Chinese: also the CSV/XLSX header an import matches
 * @param labelEn the English label
 * @param type how values are checked and normalized
 * @param required a row without it is refused
 * @param isPublic whether the public sees it at all (masked by {@code mask})
 * @param mask the default mask (operators may override it per register)
 * @param maskWhen null, or a condition {@code field=VALUE} under which the mask applies (e.g. the
 *        counterpart's name is masked only when {@code counterpartType=NATURAL_PERSON})
 * @param values the ENUM's values (code with Chinese and English label), else empty
 * @param maxLength the longest TEXT accepted (0: the type's default)
 * @param query CREDIT or NAME when the query service looks the taxpayer up by this field, else null
 * @param listed shown as a column of the public list (the others on the row's page)
 */
public record FieldDef(String code, String label, String labelEn, FieldType type, boolean required,
        boolean isPublic, MaskRule mask, String maskWhen, List<EnumValue> values, int maxLength, String query,
        boolean listed) {

    /** One value of an ENUM field. */
    public record EnumValue(String code, String label, String labelEn) {
    }
}

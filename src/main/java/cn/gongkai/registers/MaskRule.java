package cn.gongkai.registers;

/**
 * How a public field's value is masked before anything public holds it (脱敏规则). The default is
 * per field in the register type; an operator may choose another per register field, recorded.
 */
public enum MaskRule {
    /** Shown as entered. */
    NONE,
    /** 身份证号: the birth date (digits 7–14) hidden, 110101********123X. */
    ID_NUMBER,
    /** Phone: the middle four digits hidden, 138****5678. */
    PHONE,
    /** Bank account: all but the last four digits hidden. */
    BANK_ACCOUNT,
    /** Address: kept down to the county/district (区/县/市), the rest hidden. */
    ADDRESS,
    /** A natural person's name: the surname kept, 张**. */
    PERSON_NAME,
    /** Not public at all. */
    HIDDEN
}

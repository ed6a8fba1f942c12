package cn.gongkai.registers;

/**
 * The type of a register field (字段类型): how a value is checked and normalized. Values are stored
 * as normalized strings: DATE {@code yyyy-MM-dd}; AMOUNT a plain decimal with two places
 * ({@code 1234.50}); INTEGER digits; CREDIT_CODE and ID_NUMBER upper case; TAXPAYER_ID either of
 * them; ORGAN the organ's id; ENUM the value's code; LIST and STEPS a JSON array (strings, and
 * {@link cn.gongkai.registers.types.FlowStep} objects).
 */
public enum FieldType {
    TEXT,
    LONG_TEXT,
    DATE,
    AMOUNT,
    INTEGER,
    /** 统一社会信用代码, check digit per GB 32100-2015. */
    CREDIT_CODE,
    /** 公民身份号码, check digit per GB 11643-1999. */
    ID_NUMBER,
    /** 纳税人识别号: a credit code, an ID number, or a legacy 15/17/20-character identifier. */
    TAXPAYER_ID,
    ORGAN,
    ENUM,
    PHONE,
    URL,
    LIST,
    STEPS
}

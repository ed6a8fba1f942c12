package cn.gongkai.registers.types;

/**
 * Why a value was refused: the field's code, its column header as the user wrote it, the rule
 * broken ({@code CREDIT_CODE_CHECK_DIGIT}, {@code ID_NUMBER_CHECK_DIGIT}, {@code DATE_FORMAT},
 * {@code AMOUNT_FORMAT}, {@code ENUM_VALUE}, {@code REQUIRED}, {@code TOO_LONG}, {@code UNKNOWN_ORGAN}
 * …) and the message in the reader's language naming field and rule.
 */
public record RowProblem(String field, String column, String rule, String message) {
}

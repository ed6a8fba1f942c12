package cn.gongkai.registers.demo;

/**
 * Check digits (校验码) for generating demo identifiers: the unified social credit code
 * (统一社会信用代码, GB 32100-2015), the organization code inside it (组织机构代码, GB 11714-1997)
 * and the citizen ID number (公民身份号码, GB 11643-1999). Generation only: validating what
 * people enter is {@code registers.types.FieldChecks}' job, and the demo's test holds both to
 * each other. Public for the registers' tests, which generate identifiers the same way.
 */
public final class CheckDigits {

    /** GB 32100-2015 character set: digits and capitals without I, O, Z, S, V (31 characters). */
    public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int[] ORGANIZATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String ID_CHECK = "10X98765432";

    private CheckDigits() {
    }

    /**
     * The full credit code from its first 17 characters: registration authority (9 工商), type
     * (1 企业, 2 个体工商户), 6-digit division code, 9-character organization code.
     */
    public static String creditCode(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the GB 32100 alphabet: " + first17.charAt(i));
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        return first17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The 9-character organization code from its first 8 (digits and capitals; check 10 is X, 11 is 0). */
    public static String organizationCode(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += Character.digit(first8.charAt(i), 36) * ORGANIZATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return first8 + (check == 10 ? "X" : check == 11 ? "0" : String.valueOf(check));
    }

    /** The 18-digit ID number from division code (6), birth date yyyyMMdd (8) and sequence (3, odd for men). */
    public static String idNumber(String first17) {
        if (!first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK.charAt(sum % 11);
    }
}

package cn.gongkai.registers.demo;

import cn.gongkai.organization.IdentityCodes;

/**
 * Demo identifiers with their check digits (校验码, computed by {@link IdentityCodes}): the unified social credit code
 * (统一社会信用代码, GB 32100-2015), the organization code inside it (组织机构代码, GB 11714-1997)
 * and the citizen ID number (公民身份号码, GB 11643-1999). Generation only: validating what
 * people enter is {@code registers.types.FieldChecks}' job, and the demo's test holds both to
 * each other. Public for the registers' tests, which generate identifiers the same way.
 */
public final class CheckDigits {

    /** GB 32100-2015 character set: digits and capitals without I, O, Z, S, V (31 characters). */
    public static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

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
        for (int i = 0; i < 17; i++) {
            if (CREDIT_ALPHABET.indexOf(first17.charAt(i)) < 0) {
                throw new IllegalArgumentException("not in the GB 32100 alphabet: " + first17.charAt(i));
            }
        }
        return first17 + IdentityCodes.creditCodeCheck(first17);
    }

    /** The 9-character organization code from its first 8 (digits and capitals; check 10 is X, 11 is 0). */
    public static String organizationCode(String first8) {
        return first8 + IdentityCodes.organizationCodeCheck(first8);
    }

    /** The 18-digit ID number from division code (6), birth date yyyyMMdd (8) and sequence (3, odd for men). */
    public static String idNumber(String first17) {
        if (!first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected: " + first17);
        }
        return first17 + IdentityCodes.residentIdCheck(first17);
    }
}

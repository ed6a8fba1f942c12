package cn.gongkai.registers.types;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the 31-character alphabet
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V): the registration authority (1), the kind of
 * entity (1), the administrative division (6 digits), the organization code (9, with its own
 * check character per GB 11714) and a check character over the first 17: weights 3^i mod 31,
 * check = 31 − (Σ mod 31), 31 written as 0.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Why a code is refused. */
    public enum Flaw {
        FORMAT, CHECK_DIGIT
    }

    private CreditCode() {
    }

    /** Upper case, half-width, without spaces: the form the check and the store use. */
    public static String normalize(String raw) {
        return Normalizing.halfWidth(raw).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Null when {@code code} (normalized) is a valid credit code, else why not. */
    public static Flaw flaw(String code) {
        if (code == null || code.length() != 18) {
            return Flaw.FORMAT;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0 || (i >= 2 && i <= 7 && !Character.isDigit(code.charAt(i)))) {
                return Flaw.FORMAT;
            }
        }
        return code.charAt(17) == checkCharacter(code.substring(0, 17)) ? null : Flaw.CHECK_DIGIT;
    }

    public static boolean isValid(String code) {
        return flaw(code) == null;
    }

    /** The check character of the first 17 characters (which must be in the alphabet). */
    public static char checkCharacter(String first17) {
        return cn.gongkai.organization.IdentityCodes.creditCodeCheck(first17);
    }
}

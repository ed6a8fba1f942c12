package cn.gongkai.organization;

/**
 * Check digits of Chinese registration codes: the organization code (组织机构代码, GB 11714-1997),
 * the unified social credit code (统一社会信用代码, GB 32100-2015) and the resident identity card
 * number (居民身份证号码, GB 11643-1999).
 */
public final class IdentityCodes {

    private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String ID_CHECK = "10X98765432";

    private IdentityCodes() {
    }

    /** GB 11714: 8 digits or capital letters and a check character (0–9 or X). */
    public static boolean validOrganizationCode(String code) {
        String c = code.trim().toUpperCase().replace("-", "");
        if (!c.matches("[0-9A-Z]{8}[0-9X]")) {
            return false;
        }
        return c.charAt(8) == organizationCodeCheck(c);
    }

    /** The GB 11714 check character of the first 8 characters (digits or capitals): 10 is X, 11 is 0. */
    public static char organizationCodeCheck(String first8) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char ch = first8.charAt(i);
            int v = Character.isDigit(ch) ? ch - '0' : ch - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** GB 32100: 18 characters from the code set (no I, O, S, V, Z), last one a mod-31 check. */
    public static boolean validCreditCode(String code) {
        String c = code.trim().toUpperCase();
        if (c.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (CREDIT_CHARS.indexOf(c.charAt(i)) < 0) {
                return false;
            }
        }
        return c.charAt(17) == creditCodeCheck(c);
    }

    /** The GB 32100 check character of the first 17 characters (all from the code set). */
    public static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_CHARS.charAt(check == 31 ? 0 : check);
    }

    /** GB 11643: 17 digits, a valid birth date, and the ISO 7064 MOD 11-2 check character. */
    public static boolean validResidentId(String id) {
        String c = id.trim().toUpperCase();
        if (!c.matches("\\d{17}[0-9X]")) {
            return false;
        }
        try {
            java.time.LocalDate.parse(c.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        }
        catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        return c.charAt(17) == residentIdCheck(c);
    }

    /** The GB 11643 (ISO 7064 MOD 11-2) check character of the first 17 digits. */
    public static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }
}

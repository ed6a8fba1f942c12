package cn.gongkai.requests.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

import cn.gongkai.organization.IdentityCodes;

/**
 * Check-digit rules of the two identity numbers an applicant gives (Regulations art. 29(一):
 * 身份证明): the citizen identity number of GB 11643-1999 and the unified social credit code of
 * GB 32100-2015. Inputs are expected normalized ({@link #normalize}).
 */
public final class IdentityNumbers {

    private IdentityNumbers() {
    }

    /** Upper case, without spaces (full-width characters folded to ASCII). */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            int ascii = c >= 0xFF01 && c <= 0xFF5E ? c - 0xFEE0 : c;
            if (!Character.isWhitespace(ascii) && ascii != 0x3000) {
                out.appendCodePoint(Character.toUpperCase(ascii));
            }
        });
        return out.toString();
    }

    /**
     * GB 11643-1999: 17 digits (address code, birth date yyyyMMdd, sequence) and a check character
     * from ISO 7064 MOD 11-2. The birth date must be a real date between 1900-01-01 and {@code today}.
     */
    public static boolean isResidentIdNumber(String id, LocalDate today) {
        if (id == null || !id.matches("[1-9]\\d{16}[0-9X]")) {
            return false;
        }
        return hasBirthDate(id, today) && id.charAt(17) == residentIdCheck(id);
    }

    /** Positions 7–14 are a real date of birth between 1900-01-01 and {@code today} (GB 11643 layout). */
    public static boolean hasBirthDate(String id, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
            if (birth.isBefore(LocalDate.of(1900, 1, 1)) || birth.isAfter(today)) {
                return false;
            }
        }
        catch (DateTimeException | NumberFormatException e) {
            return false;
        }
        return true;
    }

    public static char residentIdCheck(String first17) {
        return IdentityCodes.residentIdCheck(first17);
    }

    /**
     * GB 32100-2015: 18 characters from the 31-character set (no I, O, Z, S, V); positions 3–8 the
     * administrative division code; the last a check character, 31 − (Σ weight·value mod 31).
     */
    static boolean isCreditCode(String code) {
        if (code == null || !code.matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")) {
            return false;
        }
        return code.charAt(17) == creditCodeCheck(code);
    }

    static char creditCodeCheck(String first17) {
        return IdentityCodes.creditCodeCheck(first17);
    }
}

package cn.gongkai.registers.types;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character (weights 2^(17−i) mod 11; check = (12 − Σ mod 11) mod 11,
 * 10 written as X). The 15-digit numbers of the first-generation cards (GB 11643-1989) are
 * refused with their own rule: those cards ceased to be valid on 1 January 2013, and converting
 * one silently would store a number nobody entered.
 */
public final class ResidentIdNumber {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Why a number is refused. */
    public enum Flaw {
        FORMAT, LEGACY_15, BIRTH_DATE, CHECK_DIGIT
    }

    private ResidentIdNumber() {
    }

    public static String normalize(String raw) {
        return Normalizing.halfWidth(raw).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Null when {@code number} (normalized) is valid on {@code today}, else why not. */
    public static Flaw flaw(String number, LocalDate today) {
        if (number == null) {
            return Flaw.FORMAT;
        }
        if (number.matches("[0-9]{15}")) {
            return Flaw.LEGACY_15;
        }
        if (!number.matches("[0-9]{17}[0-9X]")) {
            return Flaw.FORMAT;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
                return Flaw.BIRTH_DATE;
            }
        }
        catch (DateTimeException e) {
            return Flaw.BIRTH_DATE;
        }
        return number.charAt(17) == checkCharacter(number.substring(0, 17)) ? null : Flaw.CHECK_DIGIT;
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        return cn.gongkai.organization.IdentityCodes.residentIdCheck(first17);
    }
}

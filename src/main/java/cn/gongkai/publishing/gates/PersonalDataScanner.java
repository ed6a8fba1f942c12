package cn.gongkai.publishing.gates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.organization.IdentityCodes;

/**
 * Finds personal data in plain text before publication (SPEC 1.3; Regulations art. 15, personal
 * privacy): resident ID numbers with a valid GB 11643 check digit and a real birth date, mainland
 * mobile numbers, and bank card numbers of 16–19 digits (optionally grouped by spaces or hyphens)
 * that pass the Luhn check, and e-mail addresses except those of government domains ({@code .gov.cn},
 * an organ's published contact). A digit run is only taken whole: digits inside a longer number
 * are not reported on their own.
 */
public final class PersonalDataScanner {

    private static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9A-Za-z])\\d(?:[\\d]|[ -](?=\\d))*[\\dXx]?(?![0-9A-Za-z])");

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})(?![A-Za-z0-9-])");

    private PersonalDataScanner() {
    }

    /** All findings in {@code text}, in order of position; an empty list when there are none or text is null. */
    public static List<PersonalDataFinding> scan(String field, String text) {
        List<PersonalDataFinding> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            String compact = run.replaceAll("[ -]", "");
            boolean grouped = compact.length() != run.length();
            PersonalDataFinding.Kind kind = null;
            if (!grouped && compact.length() == 18 && isResidentId(compact)) {
                kind = PersonalDataFinding.Kind.RESIDENT_ID;
            }
            else if (compact.matches("1[3-9]\\d{9}") && (!grouped || run.matches("1[3-9]\\d[ -]\\d{4}[ -]\\d{4}"))) {
                kind = PersonalDataFinding.Kind.MOBILE;
            }
            else if (compact.matches("\\d{16,19}") && luhn(compact) && (!grouped || groupedLikeACard(run))) {
                kind = PersonalDataFinding.Kind.BANK_CARD;
            }
            if (kind != null) {
                found.add(new PersonalDataFinding(kind, field, m.start(), m.end(), mask(compact), compact));
            }
        }
        Matcher e = EMAIL.matcher(text);
        while (e.find()) {
            if (!e.group(1).toLowerCase(java.util.Locale.ROOT).endsWith(".gov.cn")) {
                String address = e.group();
                found.add(new PersonalDataFinding(PersonalDataFinding.Kind.EMAIL, field, e.start(), e.end(),
                        address.charAt(0) + "***" + address.substring(address.indexOf('@')), address));
            }
        }
        found.sort(java.util.Comparator.comparingInt(PersonalDataFinding::start));
        return found;
    }

    /** GB 11643-1999: 17 digits, a real birth date at 7–14 and the ISO 7064 MOD 11-2 check character. */
    static boolean isResidentId(String id) {
        return IdentityCodes.validResidentId(id);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    private static boolean groupedLikeACard(String run) {
        return run.matches("\\d{4}([ -]\\d{4}){3}([ -]?\\d{1,3})?") || run.matches("\\d{6}[ -]\\d{10,13}");
    }

    private static String mask(String s) {
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }
}

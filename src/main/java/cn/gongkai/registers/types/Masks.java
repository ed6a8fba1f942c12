package cn.gongkai.registers.types;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.registers.MaskRule;

/**
 * The masks themselves (脱敏): pure functions of a normalized value. A hidden part is written as
 * asterisks; where the length of the hidden part would itself tell something (an address) it is
 * a fixed {@code ****}.
 */
final class Masks {

    private static final Pattern COUNTY = Pattern.compile("^.*?(?<!自治)(区|县|旗)");
    private static final Pattern CITY = Pattern.compile("^.*?市");
    private static final Pattern EXTENSION = Pattern.compile("(转|ext\\.?|x|#)[0-9]+$", Pattern.CASE_INSENSITIVE);

    private Masks() {
    }

    static String apply(MaskRule rule, String value) {
        return switch (rule) {
            case NONE -> value;
            case ID_NUMBER -> idNumber(value);
            case PHONE -> phones(value);
            case BANK_ACCOUNT -> bankAccount(value);
            case ADDRESS -> address(value);
            case PERSON_NAME -> personName(value);
            case HIDDEN -> null;
        };
    }

    /** 110101199003071234 → 110101********1234: the birth date (digits 7–14) hidden. */
    static String idNumber(String v) {
        if (v.length() >= 15) {
            return v.substring(0, 6) + "*".repeat(8) + v.substring(14);
        }
        return allButLast(v, 4);
    }

    /** Each number of a phone value: the four digits before the last four hidden (138****5678, 020-****5678). */
    static String phones(String v) {
        StringBuilder out = new StringBuilder();
        for (String part : v.split("、", -1)) {
            if (out.length() > 0) {
                out.append('、');
            }
            out.append(phone(part));
        }
        return out.toString();
    }

    private static String phone(String v) {
        String number = v;
        String extension = "";
        Matcher ext = EXTENSION.matcher(v);
        if (ext.find()) {
            number = v.substring(0, ext.start());
            extension = v.substring(ext.start());
        }
        int digits = (int) number.chars().filter(Character::isDigit).count();
        int hideFrom = Math.max(0, digits - 8);
        int hideTo = digits <= 4 ? digits : digits - 4;
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(seen >= hideFrom && seen < hideTo ? '*' : c);
                seen++;
            }
            else {
                out.append(c);
            }
        }
        return out + extension;
    }

    /** All letters and digits but the last four hidden. */
    static String bankAccount(String v) {
        return allButLast(v, 4);
    }

    /** Kept down to the first county-level unit (区/县/旗), else the city (市); the rest hidden. */
    static String address(String v) {
        Matcher m = COUNTY.matcher(v);
        if (m.find() && m.end() < v.length()) {
            return v.substring(0, m.end()) + "****";
        }
        m = CITY.matcher(v);
        if (m.find() && m.end() < v.length()) {
            return v.substring(0, m.end()) + "****";
        }
        return "****";
    }

    /** The surname kept, one asterisk per other character: 张三丰 → 张**. */
    static String personName(String v) {
        int first = v.offsetByCodePoints(0, 1);
        int rest = v.codePointCount(first, v.length());
        return v.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    private static String allButLast(String v, int keep) {
        int alnum = (int) v.chars().filter(Character::isLetterOrDigit).count();
        StringBuilder out = new StringBuilder();
        int seen = 0;
        for (char c : v.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(seen < alnum - keep ? '*' : c);
                seen++;
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

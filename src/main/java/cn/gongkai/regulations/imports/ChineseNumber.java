package cn.gongkai.regulations.imports;

/** Reads the numbers legal texts number their units with: 三十三, 一百零五, 二百一十, 两千, 〇, or Arabic digits. */
final class ChineseNumber {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumber() {
    }

    /** The value, or -1 when the text is not a number. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 6 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int section = 0;
        int digit = 0;
        for (char c : s.toCharArray()) {
            int d = c == '〇' ? 0 : c == '两' ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit == 10000) {
                total = (total + section + digit) * unit;
                section = 0;
            }
            else {
                section += (digit == 0 && unit == 10 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return total + section + digit;
    }
}

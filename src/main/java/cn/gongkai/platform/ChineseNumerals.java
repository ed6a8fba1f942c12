package cn.gongkai.platform;

/**
 * Small numbers in Chinese numerals as legal texts write periods (六十日, 十五日, 六个月) and as the
 * anti-robot question asks its sum (三加七).
 */
public final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 0–999 in Chinese numerals (零, 十, 二十, 一百零五); other numbers in Arabic digits. */
    public static String of(int n) {
        if (n == 0) {
            return "零";
        }
        if (n < 1 || n > 999) {
            return String.valueOf(n);
        }
        StringBuilder sb = new StringBuilder();
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            sb.append(DIGITS.charAt(hundreds)).append('百');
            if (tens == 0 && ones > 0) {
                sb.append('零');
            }
        }
        if (tens > 0) {
            if (!(tens == 1 && hundreds == 0)) {
                sb.append(DIGITS.charAt(tens));
            }
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS.charAt(ones));
        }
        return sb.toString();
    }
}

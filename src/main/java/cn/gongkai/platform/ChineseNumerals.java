package cn.gongkai.requests.replies;

/** Small numbers in Chinese numerals as legal texts write periods (六十日, 十五日, 六个月). */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 1–999 in Chinese numerals; other numbers in Arabic digits. */
    static String of(int n) {
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

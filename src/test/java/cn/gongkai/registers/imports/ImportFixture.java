package cn.gongkai.registers.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Import files as a tax office would upload them: A-grade taxpayer lists (纳税信用A级纳税人名单)
 * with unified social credit codes whose check digits are computed per GB 32100-2015 (and the
 * embedded organization code's per GB 11714), one deliberately wrong where a test says so.
 */
final class ImportFixture {

    static final String A_GRADE_HEADER = "统一社会信用代码,纳税人名称,评价年度";
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

    private ImportFixture() {
    }

    /** The {@code n}-th valid credit code of an enterprise (91) registered in Fuzhou (350100). */
    static String creditCode(int n) {
        String body = String.format("%08d", n);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (body.charAt(i) - '0') * ORG_WEIGHTS[i];
        }
        int c9 = 11 - sum % 11;
        String org = body + (c9 == 10 ? "X" : c9 == 11 ? "0" : String.valueOf(c9));
        String first17 = "91350100" + org;
        return first17 + checkDigit(first17);
    }

    /** The GB 32100-2015 check character of a code's first 17 characters. */
    static char checkDigit(String first17) {
        int total = 0;
        for (int i = 0; i < 17; i++) {
            total += ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - total % 31) % 31);
    }

    /** The same code with a wrong check digit. */
    static String wrongCheckDigit(String code) {
        char last = code.charAt(17);
        char other = ALPHABET.charAt((ALPHABET.indexOf(last) + 1) % ALPHABET.length());
        return code.substring(0, 17) + other;
    }

    /**
     * An A-grade list of {@code lines} taxpayers (line i+2 of the file holds taxpayer i); the one at
     * {@code badIndex} (-1: none) carries a wrong check digit.
     */
    static String aGradeCsv(int from, int lines, int badIndex) {
        StringBuilder csv = new StringBuilder(lines * 48).append(A_GRADE_HEADER).append("\r\n");
        for (int i = 0; i < lines; i++) {
            String code = creditCode(from + i);
            csv.append(i == badIndex ? wrongCheckDigit(code) : code).append(',').append("福建测试").append(from + i)
                    .append("贸易有限公司,2024\r\n");
        }
        return csv.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] gbk(String text) {
        return text.getBytes(Charset.forName("GBK"));
    }
}

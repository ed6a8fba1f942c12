package cn.gongkai.registers.rows;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Register rows as tests write them: valid codes with their check digits, and licence decisions. */
final class RowFixture {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    private RowFixture() {
    }

    /** A unified social credit code with its GB 32100-2015 check character, from 17 characters. */
    static String credit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return first17 + CREDIT_ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** A citizen ID number with its GB 11643-1999 check character, from 17 digits. */
    static String idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A licence decision for a natural person (name and ID number masked) decided on {@code decidedOn}. */
    static Map<String, String> licence(String number, String decidedOn, String organCode) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("documentNumber", number);
        v.put("itemName", "增值税专用发票（增值税税控系统）最高开票限额审批");
        v.put("content", "准予最高开票限额十万元");
        v.put("counterpartType", "NATURAL_PERSON");
        v.put("counterpart", "张三丰");
        v.put("idNumber", idNumber("44010619850317201"));
        v.put("decidedOn", decidedOn);
        v.put("organ", organCode);
        v.put("contact", "13812345678");
        return v;
    }

    /** A licence decision for a company (nothing masked but the staff-only contact). */
    static Map<String, String> companyLicence(String number, String decidedOn, String organCode) {
        Map<String, String> v = licence(number, decidedOn, organCode);
        v.put("counterpartType", "LEGAL_PERSON");
        v.put("counterpart", "广州市云山贸易有限公司");
        v.put("creditCode", credit("91440101MA5CXXXX0".replace('X', '1')));
        v.remove("idNumber");
        return v;
    }

    static String body(Map<String, ?> map) {
        return JSON.writeValueAsString(map);
    }
}

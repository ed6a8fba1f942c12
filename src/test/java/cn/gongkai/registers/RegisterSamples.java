package cn.gongkai.registers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gongkai.registers.demo.CheckDigits;

/**
 * Valid rows for any register type, built from its field definitions, in which every value the
 * public must not receive as entered (a masked or non-public field) is distinctive: the secrets a
 * leak scan looks for. Marker values of unmasked public text fields prove the row is shown at all.
 */
public final class RegisterSamples {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    private static final String GIVEN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

    /** A row's raw values, the originals that must never be public, and the public markers. */
    public record Sample(Map<String, String> values, List<String> secrets, List<String> markers) {
    }

    private RegisterSamples() {
    }

    /** A sample of {@code type} whose mask conditions ({@code mask-when}) all hold, so every mask applies. */
    public static Sample of(RegisterType type, LocalDate today) {
        int n = SEQUENCE.incrementAndGet();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            values.put(f.code(), value(type, f, n, today));
        }
        for (FieldDef f : type.fields()) {
            if (f.maskWhen() != null && f.maskWhen().contains("=")) {
                String[] condition = f.maskWhen().split("=", 2);
                values.put(condition[0].trim(), condition[1].trim());
            }
        }
        for (FieldDef f : type.fields()) {
            boolean masked = !f.isPublic() || f.mask() == MaskRule.HIDDEN || f.mask() != MaskRule.NONE;
            String v = values.get(f.code());
            if (masked && distinctive(f.type())) {
                secrets.add(v);
                if (f.type() == FieldType.ID_NUMBER) {
                    secrets.add(v.substring(0, 14)); // division code and birth date together
                }
            }
            else if (!masked && f.isPublic() && f.type() == FieldType.TEXT) {
                markers.add(v);
            }
        }
        return new Sample(values, secrets, markers);
    }

    static boolean distinctive(FieldType type) {
        return switch (type) {
            case TEXT, LONG_TEXT, PHONE, ID_NUMBER, CREDIT_CODE, TAXPAYER_ID, URL -> true;
            default -> false;
        };
    }

    private static String value(RegisterType type, FieldDef f, int n, LocalDate today) {
        String until = type.visibility() == null ? null : type.visibility().untilField();
        return switch (f.type()) {
            case TEXT -> switch (f.mask()) {
                case PERSON_NAME -> "上官" + GIVEN.charAt(n % GIVEN.length()) + GIVEN.charAt(n / GIVEN.length() % GIVEN.length()) + "秘";
                case ADDRESS -> "广东省广州市天河区保密路" + n + "号" + (n % 30 + 1) + "楼";
                case PHONE -> mobile(n);
                case BANK_ACCOUNT -> "62220212" + String.format("%011d", 31_000_000_000L + n);
                default -> "泄露检查" + f.code() + n;
            };
            case LONG_TEXT -> "泄露检查长文本" + f.code() + n + "：应当公开的说明文字。";
            case DATE -> (f.code().equals(until) ? today.plusYears(1) : today.minusDays(1)).toString();
            case AMOUNT -> "1234.50";
            case INTEGER -> String.valueOf(today.getYear() - 1);
            case CREDIT_CODE -> creditCode(n);
            // a taxpayer ID under an ID-number mask is an individual's ID number (a credit code stays public)
            case TAXPAYER_ID -> f.mask() == MaskRule.ID_NUMBER ? idNumber(n + 500) : creditCode(n);
            case ID_NUMBER -> idNumber(n);
            case ORGAN -> "guangdong";
            case ENUM -> f.values().get(0).code();
            case PHONE -> mobile(n);
            case URL -> "https://www.example.gov.cn/leak-check/" + f.code() + "-" + n + ".html";
            case LIST -> "[\"泄露检查材料" + n + "甲\",\"泄露检查材料" + n + "乙\"]";
            case STEPS -> "[{\"name\":\"受理" + n + "\",\"unit\":\"办税服务厅\",\"requirements\":\"材料齐全\",\"timeLimit\":\"即时\",\"next\":[]},"
                    + "{\"name\":\"决定" + n + "\",\"unit\":\"局领导\",\"requirements\":\"作出决定\",\"timeLimit\":\"10个工作日\",\"next\":[]}]";
        };
    }

    /** Field code, value, field code, value … in order. */
    public static Map<String, String> values(String... codesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            map.put(codesAndValues[i], codesAndValues[i + 1]);
        }
        return map;
    }

    public static String creditCode(int n) {
        String organization = CheckDigits.organizationCode("MA5" + String.format("%05d", n % 100_000));
        return CheckDigits.creditCode("91440106" + organization);
    }

    public static String idNumber(int n) {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(n * 37L % 10_000);
        return CheckDigits.idNumber("440106" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", n % 1000));
    }

    static String mobile(int n) {
        return "139" + String.format("%08d", 27_000_000 + n);
    }
}

package cn.gongkai.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number (发文字号, 文号) in one of the three forms tax documents use:
 * <ul>
 * <li>{@code STANDARD}: issuer code, year in hexagonal brackets, serial — {@code 税总发〔2017〕44号}
 * (GB/T 9704-2012 7.2.4: the year in 〔〕, no leading zeros, no "第");</li>
 * <li>{@code ANNOUNCEMENT}: {@code 国家税务总局公告2018年第31号} (also joint: {@code 财政部 税务总局公告2019年第39号});</li>
 * <li>{@code ORDER}: {@code 国家税务总局令第44号} (rules).</li>
 * </ul>
 * {@link #parse} normalizes common variants ([2017], 【2017】, (2017), leading zeros, a stray 第) and
 * reports each change as a warning for the drafter.
 */
public record DocumentNumber(Form form, String issuer, Integer year, int serial) {

    public enum Form { STANDARD, ANNOUNCEMENT, ORDER }

    /** A normalization the drafter is told about: a message key and its arguments. */
    public record Warning(String messageKey, Object... args) {
    }

    /** The parse result: the number (empty when the text is not a document number) and the warnings. */
    public record Parsed(Optional<DocumentNumber> number, List<Warning> warnings) {
    }

    private static final Pattern STANDARD = Pattern.compile(
            "^(\\p{IsHan}[\\p{IsHan}A-Za-z]*?)\\s*([〔\\[【(（［{｛])\\s*(\\d{4})\\s*([〕\\]】)）］}｝])\\s*(第)?\\s*(\\d{1,6})\\s*号$");
    private static final Pattern ANNOUNCEMENT = Pattern.compile(
            "^(\\p{IsHan}[\\p{IsHan}、 ]*?公告)\\s*(\\d{4})\\s*年\\s*第\\s*(\\d{1,6})\\s*号$");
    private static final Pattern ORDER = Pattern.compile("^(\\p{IsHan}[\\p{IsHan}、 ]*?令)\\s*第\\s*(\\d{1,6})\\s*号$");

    /**
     * Parses a document number; blank text gives an empty result without warnings.
     *
     * @return the normalized number, or empty when the text matches no known form
     */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed(Optional.empty(), List.of());
        }
        String s = toHalfWidthDigits(text.strip()).replaceAll("[\\s\u3000]+", " ");
        List<Warning> warnings = new ArrayList<>();
        Matcher m = STANDARD.matcher(s);
        if (m.matches()) {
            String brackets = m.group(2) + m.group(3) + m.group(4);
            if (!m.group(2).equals("〔") || !m.group(4).equals("〕")) {
                warnings.add(new Warning("publishing.documentNumber.brackets", brackets, "〔" + m.group(3) + "〕"));
            }
            if (m.group(5) != null) {
                warnings.add(new Warning("publishing.documentNumber.di"));
            }
            return result(Form.STANDARD, m.group(1), m.group(3), m.group(6), warnings);
        }
        m = ANNOUNCEMENT.matcher(s);
        if (m.matches()) {
            return result(Form.ANNOUNCEMENT, m.group(1).strip(), m.group(2), m.group(3), warnings);
        }
        m = ORDER.matcher(s);
        if (m.matches()) {
            return result(Form.ORDER, m.group(1).strip(), null, m.group(2), warnings);
        }
        return new Parsed(Optional.empty(), List.of());
    }

    private static Parsed result(Form form, String issuer, String year, String serial, List<Warning> warnings) {
        Integer y = year == null ? null : Integer.valueOf(year);
        if (y != null && (y < 1949 || y > 2100)) {
            return new Parsed(Optional.empty(), List.of());
        }
        if (serial.length() > 1 && serial.startsWith("0")) {
            warnings.add(new Warning("publishing.documentNumber.leadingZeros", serial));
        }
        int n = Integer.parseInt(serial);
        if (n == 0) {
            return new Parsed(Optional.empty(), List.of());
        }
        return new Parsed(Optional.of(new DocumentNumber(form, issuer, y, n)), List.copyOf(warnings));
    }

    private static String toHalfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0' : c));
        return b.toString();
    }

    /** The canonical text: {@code 税总发〔2017〕44号}, {@code 国家税务总局公告2018年第31号}, {@code 国家税务总局令第44号}. */
    @Override
    public String toString() {
        return switch (form) {
            case STANDARD -> issuer + "〔" + year + "〕" + serial + "号";
            case ANNOUNCEMENT -> issuer + year + "年第" + serial + "号";
            case ORDER -> issuer + "第" + serial + "号";
        };
    }
}

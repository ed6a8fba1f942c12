package cn.gongkai.requests;

import java.util.stream.Stream;

/**
 * Masks the applicant's own personal data (name, identity number, phone, e-mail, address) in a
 * text shown publicly, should staff have written any of it into a notice.
 */
final class Redaction {

    private Redaction() {
    }

    static String mask(String text, Applicant a) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String value : Stream.of(a.idNumber(), a.creditCode(), a.email(), a.phone(), a.address(), a.name())
                .filter(v -> v != null && v.length() >= 2).toList()) {
            out = out.replace(value, "*".repeat(Math.min(value.length(), 6)));
        }
        return out;
    }
}

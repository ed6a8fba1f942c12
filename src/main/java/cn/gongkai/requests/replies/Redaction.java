package cn.gongkai.requests.replies;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import cn.gongkai.requests.dossier.Applicant;

/**
 * Masks the applicant's own personal data (name, identity number, phone, e-mail, address) in a
 * text shown publicly (tracking page, reply letter), should staff have written any of it into a
 * notice or reply. Matches ignore case (an ID number's "x") and, for the phone, separators.
 */
public final class Redaction {

    private Redaction() {
    }

    public static String mask(String text, Applicant a) {
        if (text == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        Stream.of(a.idNumber(), a.creditCode(), a.email(), a.phone(), a.address(), a.name())
                .filter(v -> v != null && v.length() >= 2).forEach(values::add);
        if (a.phone() != null) {
            String digits = a.phone().replaceAll("\\D", "");
            if (digits.length() >= 6 && !digits.equals(a.phone())) {
                values.add(digits);
            }
        }
        String out = text;
        for (String value : values) {
            out = Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE).matcher(out)
                    .replaceAll(Matcher.quoteReplacement("*".repeat(Math.min(value.length(), 6))));
        }
        return out;
    }
}

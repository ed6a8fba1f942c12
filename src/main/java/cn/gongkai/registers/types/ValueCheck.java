package cn.gongkai.registers.types;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.platform.TextLength;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldDef.EnumValue;

/** One value of one field checked and normalized per its {@link cn.gongkai.registers.FieldType}. */
final class ValueCheck {

    /** The normalized value (null: nothing left, e.g. an empty list), or the rule broken with a detail. */
    record Result(String value, String rule, String detail) {

        static Result ok(String value) {
            return new Result(value, null, null);
        }

        static Result broken(String rule, String detail) {
            return new Result(null, rule, detail == null ? "" : detail);
        }
    }

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|/(\\d{1,2})/(\\d{1,2})|\\.(\\d{1,2})\\.(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d{1,16})(\\.\\d{1,2})?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9()\\- ]*[0-9]((转|ext\\.?|x|#)[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[、;；,，/]");
    private static final Pattern LEGACY_TAXPAYER_ID = Pattern.compile("[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}");
    static final int URL_MAX = 2000;
    static final int LIST_ITEMS_MAX = 200;

    private final FieldDef field;
    private final OrganDirectory organs;
    private final LocalDate today;

    ValueCheck(FieldDef field, OrganDirectory organs, LocalDate today) {
        this.field = field;
        this.organs = organs;
        this.today = today;
    }

    Result check(String raw) {
        String v = raw.trim();
        return switch (field.type()) {
            case TEXT -> text(v.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '), FieldChecks.TEXT_MAX, false);
            case LONG_TEXT -> text(v.replace("\r\n", "\n").replace('\r', '\n'), FieldChecks.LONG_TEXT_MAX, true);
            case DATE -> date(Normalizing.halfWidth(v));
            case AMOUNT -> amount(Normalizing.halfWidth(v));
            case INTEGER -> integer(Normalizing.halfWidth(v));
            case CREDIT_CODE -> creditCode(CreditCode.normalize(v));
            case ID_NUMBER -> idNumber(ResidentIdNumber.normalize(v));
            case TAXPAYER_ID -> taxpayerId(CreditCode.normalize(v));
            case ORGAN -> organ(v);
            case ENUM -> enumValue(v);
            case PHONE -> phone(Normalizing.halfWidth(v));
            case URL -> url(v);
            case LIST -> list(v);
            case STEPS -> FlowSteps.check(v);
        };
    }

    private Result text(String v, int defaultMax, boolean lines) {
        int max = field.maxLength() > 0 ? field.maxLength() : defaultMax;
        if (TextLength.of(v) > max) {
            return Result.broken("TOO_LONG", max + "");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(lines && (c == '\n' || c == '\t'))) {
                return Result.broken("CONTROL_CHARACTER", "U+" + String.format("%04X", (int) c));
            }
        }
        return Result.ok(v);
    }

    private Result date(String v) {
        Matcher m = DATE.matcher(v);
        if (!m.matches()) {
            return Result.broken("DATE_FORMAT", v);
        }
        int year = Integer.parseInt(m.group(1));
        int month = 0;
        int day = 0;
        for (int g = 2; g <= 8; g += 2) {
            if (m.group(g) != null) {
                month = Integer.parseInt(m.group(g));
                day = Integer.parseInt(m.group(g + 1));
            }
        }
        try {
            if (year < 1900 || year > 2199) {
                return Result.broken("DATE_INVALID", v);
            }
            return Result.ok(LocalDate.of(year, month, day).toString());
        }
        catch (DateTimeException e) {
            return Result.broken("DATE_INVALID", v);
        }
    }

    private Result amount(String v) {
        if (!AMOUNT.matcher(v).matches()) {
            return Result.broken("AMOUNT_FORMAT", v);
        }
        return Result.ok(new BigDecimal(v.replace(",", "")).setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    private Result integer(String v) {
        if (!v.matches("[0-9]{1,18}")) {
            return Result.broken("INTEGER_FORMAT", v);
        }
        return Result.ok(Long.toString(Long.parseLong(v)));
    }

    private Result creditCode(String v) {
        CreditCode.Flaw flaw = CreditCode.flaw(v);
        if (flaw == CreditCode.Flaw.FORMAT) {
            return Result.broken("CREDIT_CODE_FORMAT", v);
        }
        if (flaw == CreditCode.Flaw.CHECK_DIGIT) {
            return Result.broken("CREDIT_CODE_CHECK_DIGIT", String.valueOf(CreditCode.checkCharacter(v.substring(0, 17))));
        }
        return Result.ok(v);
    }

    private Result idNumber(String v) {
        ResidentIdNumber.Flaw flaw = ResidentIdNumber.flaw(v, today);
        if (flaw == null) {
            return Result.ok(v);
        }
        return switch (flaw) {
            case FORMAT -> Result.broken("ID_NUMBER_FORMAT", "");
            case LEGACY_15 -> Result.broken("ID_NUMBER_LEGACY", "");
            case BIRTH_DATE -> Result.broken("ID_NUMBER_BIRTH_DATE", "");
            case CHECK_DIGIT -> Result.broken("ID_NUMBER_CHECK_DIGIT", "");
        };
    }

    /** A credit code, an ID number, or a legacy 15/17/20-character identifier; 18 characters must pass a check. */
    private Result taxpayerId(String v) {
        if (v.length() == 18) {
            return CreditCode.isValid(v) || ResidentIdNumber.flaw(v, today) == null ? Result.ok(v)
                    : Result.broken("TAXPAYER_ID_CHECK_DIGIT", "");
        }
        return LEGACY_TAXPAYER_ID.matcher(v).matches() ? Result.ok(v) : Result.broken("TAXPAYER_ID_FORMAT", "");
    }

    private Result organ(String v) {
        Optional<Long> id = organs.resolve(v);
        return id.map(i -> Result.ok(i.toString())).orElseGet(() -> Result.broken("UNKNOWN_ORGAN", shorten(v)));
    }

    private Result enumValue(String v) {
        for (EnumValue e : field.values()) {
            if (e.code().equalsIgnoreCase(v) || e.label().equals(v) || e.labelEn().equalsIgnoreCase(v)) {
                return Result.ok(e.code());
            }
        }
        return Result.broken("ENUM_VALUE", ""); // FieldChecks names the values in the reader's language
    }

    /** One or several numbers (12366、020-12345678), each of 5 to 20 digits, with an optional extension. */
    private Result phone(String v) {
        List<String> numbers = new ArrayList<>();
        for (String part : PHONE_SEPARATORS.split(v)) {
            String p = part.trim();
            long digits = p.chars().filter(Character::isDigit).count();
            if (!PHONE.matcher(p).matches() || digits < 5 || digits > 26) {
                return Result.broken("PHONE_FORMAT", shorten(v));
            }
            numbers.add(p.replaceAll(" +", " "));
        }
        String joined = String.join("、", numbers);
        return TextLength.of(joined) > 100 ? Result.broken("TOO_LONG", "100") : Result.ok(joined);
    }

    private Result url(String v) {
        if (TextLength.of(v) > URL_MAX) {
            return Result.broken("TOO_LONG", URL_MAX + "");
        }
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Result.ok(v);
            }
        }
        catch (URISyntaxException e) {
            // refused below
        }
        return Result.broken("URL_FORMAT", shorten(v));
    }

    private Result list(String v) {
        List<String> items;
        try {
            items = FieldValues.parseList(v);
        }
        catch (IllegalArgumentException e) {
            return Result.broken("LIST_FORMAT", e.getMessage());
        }
        if (items.size() > LIST_ITEMS_MAX) {
            return Result.broken("LIST_FORMAT", "≤ " + LIST_ITEMS_MAX);
        }
        for (String item : items) {
            Result r = text(item, FieldChecks.TEXT_MAX, false);
            if (r.rule() != null) {
                return r;
            }
        }
        return Result.ok(items.isEmpty() ? null : FieldValues.listJson(items));
    }

    static String shorten(String v) {
        return v.length() > 60 ? v.substring(0, 60) + "…" : v;
    }
}

package cn.gongkai.requests.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.TextLength;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.LegalPersonKind;
import cn.gongkai.requests.dossier.Applicant;
import cn.gongkai.requests.dossier.Delivery;
import cn.gongkai.requests.dossier.IdentityDocument;
import cn.gongkai.requests.dossier.InformationForm;

/**
 * The checks every application passes, online or registered by staff (Regulations art. 29: name,
 * identity proof, contact, a description of the information, the wanted form and delivery). All
 * problems are collected, each naming its field and rule; nothing is stored unless all pass.
 * Markup is refused outright (pages escape it anyway, but a letter or e-mail must never carry it).
 */
public final class ApplicationRules {

    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 30;
    static final int MAX_EMAIL = 254;
    static final int MAX_ADDRESS = 200;
    public static final int MAX_DESCRIPTION = 4000;
    static final int MIN_DESCRIPTION = 5;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript\\s*:|on[a-z]+\\s*=",
            Pattern.CASE_INSENSITIVE);

    /** Fields that may hold several lines (and tabs). */
    static final java.util.Set<String> MULTILINE = java.util.Set.of("description", "correctionItems",
            "extensionReason", "closeReason", "replyText", "legalBasis", "body", "reasons");

    private ApplicationRules() {
    }

    /** The applicant, or a 400 naming every bad field. {@code today} bounds ID birth dates. */
    static Valid check(ApplicationInput in, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        ApplicantType type = choice(problems, "applicantType", in.applicantType(), ApplicantType.class, true);
        LegalPersonKind kind = type == ApplicantType.LEGAL_PERSON
                ? orDefault(choice(problems, "legalPersonKind", in.legalPersonKind(), LegalPersonKind.class, false),
                        LegalPersonKind.OTHER) : null;
        String name = text(problems, "name", in.name(), true, MAX_NAME);
        String idNumber = null;
        String creditCode = null;
        IdentityDocument document = null;
        if (type == ApplicantType.NATURAL_PERSON) {
            document = orDefault(choice(problems, "idDocument", in.idDocument(), IdentityDocument.class, false),
                    IdentityDocument.RESIDENT_ID);
            idNumber = IdentityNumbers.normalize(in.idNumber());
            if (blank(idNumber)) {
                problems.add(new FieldProblem("idNumber", "requests.apply.error.required"));
            }
            else if (!document.accepts(idNumber, today)) {
                problems.add(new FieldProblem("idNumber", document.errorKey()));
            }
        }
        else if (type == ApplicantType.LEGAL_PERSON) {
            creditCode = IdentityNumbers.normalize(in.creditCode());
            if (blank(creditCode)) {
                problems.add(new FieldProblem("creditCode", "requests.apply.error.required"));
            }
            else if (!IdentityNumbers.isCreditCode(creditCode)) {
                problems.add(new FieldProblem("creditCode", "requests.apply.error.creditCode"));
            }
        }
        String phone = text(problems, "phone", in.phone(), true, MAX_PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("phone", "requests.apply.error.phone"));
        }
        InformationForm form = choice(problems, "form", in.form(), InformationForm.class, true);
        Delivery delivery = choice(problems, "delivery", in.delivery(), Delivery.class, true);
        String email = text(problems, "email", in.email(), delivery == Delivery.EMAIL, MAX_EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "requests.apply.error.email"));
        }
        String address = text(problems, "address", in.address(), delivery == Delivery.POST, MAX_ADDRESS);
        String description = text(problems, "description", in.description(), true, MAX_DESCRIPTION);
        if (description != null && description.codePointCount(0, description.length()) < MIN_DESCRIPTION) {
            problems.add(new FieldProblem("description", "requests.apply.error.tooShort", String.valueOf(MIN_DESCRIPTION)));
        }
        if (blank(in.organ())) {
            problems.add(new FieldProblem("organ", "requests.apply.error.required"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return new Valid(new Applicant(type, kind, name, idNumber, creditCode, phone, email, address),
                description, form, delivery, document);
    }

    /** A checked application (the organ is resolved by the caller); {@code document} null for organizations. */
    public record Valid(Applicant applicant, String description, InformationForm form, Delivery delivery,
            IdentityDocument document) {
    }

    /** Trimmed text, or null when empty; problems for missing, too long, control characters or markup. */
    public static String text(List<FieldProblem> problems, String field, String raw, boolean required, int max) {
        String value = raw == null ? null : raw.strip().replace("\r\n", "\n");
        if (blank(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "requests.apply.error.required"));
            }
            return null;
        }
        // measured as the database counts (TextLength), so that an accepted text always fits its column
        if (TextLength.of(value) > max) {
            problems.add(new FieldProblem(field, "requests.apply.error.tooLong", String.valueOf(max),
                    String.valueOf(TextLength.of(value))));
            return null;
        }
        boolean multiline = MULTILINE.contains(field);
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\t')))) {
            problems.add(new FieldProblem(field, "requests.apply.error.control"));
            return null;
        }
        if (MARKUP.matcher(value).find() || (!multiline && (value.indexOf('<') >= 0 || value.indexOf('>') >= 0))) {
            problems.add(new FieldProblem(field, "requests.apply.error.markup"));
            return null;
        }
        return value;
    }

    public static <E extends Enum<E>> E choice(List<FieldProblem> problems, String field, String raw, Class<E> type,
            boolean required) {
        if (blank(raw)) {
            if (required) {
                problems.add(new FieldProblem(field, "requests.apply.error.required"));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "requests.apply.error.choice",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

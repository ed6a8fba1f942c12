package cn.gongkai.requests.intake;

/**
 * An application as the applicant typed it, from the JSON API or the HTML form (the same names):
 * every field is text so that each bad value is reported by {@link ApplicationRules} with its
 * field name. {@code challengeToken} and {@code challengeAnswer} carry the anti-robot check;
 * {@code idDocument} names the identity document of {@code idNumber} (default: resident ID card).
 */
public record ApplicationInput(String applicantType, String legalPersonKind, String name, String idNumber,
        String creditCode, String phone, String email, String address, String organ, String description,
        String form, String delivery, String challengeToken, String challengeAnswer, String idDocument) {

    /** The same input with the challenge removed (to show the form again with a fresh one). */
    ApplicationInput withoutChallenge() {
        return new ApplicationInput(applicantType, legalPersonKind, name, idNumber, creditCode, phone, email,
                address, organ, description, form, delivery, null, null, idDocument);
    }

    ApplicationInput forOrgan(String organCode) {
        return new ApplicationInput(applicantType, legalPersonKind, name, idNumber, creditCode, phone, email,
                address, organCode, description, form, delivery, challengeToken, challengeAnswer,
                idDocument);
    }
}

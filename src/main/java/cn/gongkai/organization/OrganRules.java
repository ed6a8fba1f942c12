package cn.gongkai.organization;

import java.util.List;

import cn.gongkai.platform.GongkaiException.FieldProblem;

/** Field rules for organs: codes, names, division code and the two registration codes with check digits. */
final class OrganRules {

    private OrganRules() {
    }

    static void code(String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("code", "platform.error.required"));
        }
        else if (!code.trim().matches("[a-z0-9]+(-[a-z0-9]+)*") || code.trim().length() > 60) {
            problems.add(new FieldProblem("code", "organization.error.codeFormat"));
        }
    }

    static void name(String field, String name, List<FieldProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem(field, "platform.error.required"));
        }
        else if (name.trim().length() > 100 || name.chars().anyMatch(c -> c == '<' || c == '>')) {
            problems.add(new FieldProblem(field, "organization.error.nameFormat"));
        }
    }

    /** bcrypt reads at most 72 bytes of a password: a longer one is refused, never silently cut or a 500. */
    static final int MAX_PASSWORD_BYTES = 72;

    static void passwordLength(String field, String password, List<FieldProblem> problems) {
        int bytes = password == null ? 0 : password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            problems.add(new FieldProblem(field, "platform.error.passwordTooLong", bytes));
        }
    }

    static void division(String code, List<FieldProblem> problems) {
        if (code == null || !code.matches("\\d{6}")) {
            problems.add(new FieldProblem("divisionCode", "organization.error.divisionFormat"));
        }
    }

    static void organizationCode(String code, List<FieldProblem> problems) {
        if (code == null || !IdentityCodes.validOrganizationCode(code)) {
            problems.add(new FieldProblem("organizationCode", "organization.error.organizationCode"));
        }
    }

    static void creditCode(String code, List<FieldProblem> problems) {
        if (code == null || !IdentityCodes.validCreditCode(code)) {
            problems.add(new FieldProblem("creditCode", "organization.error.creditCode"));
        }
    }
}

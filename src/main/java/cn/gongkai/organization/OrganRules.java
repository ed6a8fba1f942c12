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

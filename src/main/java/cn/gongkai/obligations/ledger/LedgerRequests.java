package cn.gongkai.obligations.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.rulebook.Rulebook;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;

/**
 * Checks what staff send to the ledger (API and console alike): the filter parameters, who may
 * waive, and the waiver's reason. Every problem is a 400 naming the field and the rule; nothing
 * is changed when any part is wrong.
 */
@Component
public class LedgerRequests {

    static final int REASON_MAX = 1000;

    private final Organization organization;
    private final Rulebook rulebook;

    LedgerRequests(Organization organization, Rulebook rulebook) {
        this.organization = organization;
        this.rulebook = rulebook;
    }

    /** A checked ledger query; {@code organ} null means every organ the caller may see; {@code page} from 1. */
    public record Query(Organ organ, ObligationQueries.Filter filter, int page) {
    }

    public Query query(String organ, String state, String rule, String from, String to, String page) {
        List<FieldProblem> problems = new ArrayList<>();
        Organ root = null;
        if (present(organ)) {
            root = organization.organByCode(organ).orElse(null);
            if (root == null) {
                problems.add(new FieldProblem("organ", "obligations.error.unknownOrgan", cut(organ)));
            }
        }
        ObligationState parsedState = null;
        if (present(state)) {
            parsedState = Arrays.stream(ObligationState.values())
                    .filter(s -> s.name().equals(state.trim().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
            if (parsedState == null) {
                problems.add(new FieldProblem("state", "obligations.error.state", cut(state),
                        Arrays.toString(ObligationState.values())));
            }
        }
        String ruleId = present(rule) ? rule.trim() : null;
        if (ruleId != null && !rulebook.knows(ruleId)) {
            problems.add(new FieldProblem("rule", "obligations.error.rule", cut(rule)));
        }
        LocalDate fromDay = date("from", from, problems);
        LocalDate toDay = date("to", to, problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add(new FieldProblem("to", "obligations.error.range", toDay, fromDay));
        }
        int pageNumber = 1;
        if (present(page)) {
            try {
                pageNumber = Integer.parseInt(page.trim());
            }
            catch (NumberFormatException e) {
                pageNumber = 0;
            }
            if (pageNumber < 1 || pageNumber > 100_000) {
                problems.add(new FieldProblem("page", "obligations.error.page"));
            }
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return new Query(root, new ObligationQueries.Filter(parsedState, ruleId, fromDay, toDay), pageNumber);
    }

    /** @throws GongkaiException 403 unless the staff member is an administrator or supervisor of the organ */
    public void requireWaiver(StaffMember staff, long organId) {
        if (!organization.may(staff, Role.ADMINISTRATOR, organId) && !organization.may(staff, Role.SUPERVISOR, organId)) {
            throw GongkaiException.forbidden();
        }
    }

    /** @throws GongkaiException 400 naming {@code reason} when it is missing, not text or too long */
    public String reason(Object raw) {
        if (raw != null && !(raw instanceof String)) {
            throw GongkaiException.invalid("reason", "platform.error.fieldType");
        }
        String reason = raw == null ? "" : ((String) raw).strip();
        if (reason.isEmpty()) {
            throw GongkaiException.invalid("reason", "obligations.error.reasonRequired");
        }
        if (reason.length() > REASON_MAX) {
            throw GongkaiException.invalid("reason", "obligations.error.reasonTooLong", REASON_MAX);
        }
        return reason;
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (!present(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        }
        catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "obligations.error.date", cut(text)));
            return null;
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

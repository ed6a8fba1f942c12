package cn.gongkai.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;

/**
 * Each organ's openness office for the guide (Regulations art. 12) and the paper application
 * form. Edited by administrators and by the organ's office reviewers; every field is checked and
 * nothing is stored unless all pass.
 */
@Service
@Transactional
public class OpennessOffices {

    private final OpennessOfficeEntries entries;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OpennessOffices(OpennessOfficeEntries entries, Organization organization, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.entries = entries;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OpennessOffice> of(long organId) {
        return entries.findById(organId).map(OpennessOfficeEntry::view);
    }

    /** Whether {@code staff} may edit the organ's office: an administrator or the organ's office reviewer. */
    public boolean mayEdit(StaffMember staff, long organId) {
        return organization.may(staff, Role.ADMINISTRATOR, organId)
                || organization.may(staff, Role.OFFICE_REVIEWER, organId);
    }

    public OpennessOffice save(StaffMember staff, long organId, OpennessOffice input) {
        if (!mayEdit(staff, organId)) {
            throw GongkaiException.forbidden();
        }
        OpennessOffice checked = check(organId, input);
        store(organId, checked, staff.username());
        audit.record("organ.openness-office.edit", "organ", organId, null);
        events.publishEvent(new OpennessOfficeChanged(organId));
        return checked;
    }

    /** Stores without a permission check (demo data at start-up). */
    void store(long organId, OpennessOffice office, String by) {
        OpennessOfficeEntry e = entries.findById(organId).orElseGet(() -> new OpennessOfficeEntry(organId));
        e.edit(office, by, clock.instant());
        entries.save(e);
    }

    static OpennessOffice check(long organId, OpennessOffice in) {
        List<FieldProblem> problems = new ArrayList<>();
        OpennessOffice out = new OpennessOffice(organId, text(problems, "officeName", in.officeName(), true, 100),
                text(problems, "address", in.address(), true, 200), text(problems, "hours", in.hours(), true, 200),
                phone(problems, "phone", in.phone(), true), phone(problems, "fax", in.fax(), false),
                text(problems, "postalAddress", in.postalAddress(), true, 200), postcode(problems, in.postcode()),
                text(problems, "internet", in.internet(), true, 200));
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return out;
    }

    private static String text(List<FieldProblem> problems, String field, String raw, boolean required, int max) {
        String v = raw == null ? null : raw.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, "organization.office.error.required"));
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            problems.add(new FieldProblem(field, "organization.office.error.tooLong", String.valueOf(max)));
            return null;
        }
        if (v.chars().anyMatch(Character::isISOControl) || v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            problems.add(new FieldProblem(field, "organization.office.error.characters"));
            return null;
        }
        return v;
    }

    private static String phone(List<FieldProblem> problems, String field, String raw, boolean required) {
        String v = text(problems, field, raw, required, 50);
        if (v != null && !v.matches("[0-9+()\\-、，, ]{6,50}")) {
            problems.add(new FieldProblem(field, "organization.office.error.phone"));
            return null;
        }
        return v;
    }

    private static String postcode(List<FieldProblem> problems, String raw) {
        String v = raw == null ? null : raw.strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{6}")) {
            problems.add(new FieldProblem("postcode", "organization.office.error.postcode"));
            return null;
        }
        return v;
    }
}

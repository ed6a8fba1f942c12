package cn.gongkai.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.GongkaiException;

/**
 * The questions other modules ask about organs and staff: find an organ, walk the tree, and
 * decide whether a staff member may act (or look) somewhere. Read-only; changes go through
 * {@link OrganAdministration} and {@link StaffAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

    private final Organs organs;
    private final Departments departments;
    private final StaffAccounts accounts;

    Organization(Organs organs, Departments departments, StaffAccounts accounts) {
        this.organs = organs;
        this.departments = departments;
        this.accounts = accounts;
    }

    public Optional<Organ> organ(long id) {
        return organs.findById(id);
    }

    public Optional<Organ> organByCode(String code) {
        return code == null ? Optional.empty() : organs.findByCode(code.trim());
    }

    /** The organ with this code, or a 400 naming {@code field} when there is none. */
    public Organ requireOrgan(String field, String code) {
        if (code == null || code.isBlank()) {
            throw GongkaiException.invalid(field, "platform.error.required");
        }
        return organByCode(code).orElseThrow(() -> GongkaiException.invalid(field, "organization.error.unknownOrgan",
                code.length() > 60 ? code.substring(0, 60) + "…" : code));
    }

    public Organ sat() {
        return organs.findById(1L).orElseThrow();
    }

    public List<Organ> children(long organId) {
        return organs.findByParentIdOrderBySortOrderAscIdAsc(organId);
    }

    /** The organ and all organs below it, in tree order. */
    public List<Organ> subtree(long organId) {
        return organ(organId).map(o -> organs.findByPathStartingWithOrderByPathAsc(o.getPath())).orElse(List.of());
    }

    public List<Organ> all() {
        return organs.findByPathStartingWithOrderByPathAsc("/");
    }

    public boolean isWithin(long organId, long ancestorId) {
        Optional<Organ> organ = organ(organId);
        Optional<Organ> ancestor = organ(ancestorId);
        return organ.isPresent() && ancestor.isPresent() && organ.get().isWithin(ancestor.get());
    }

    public List<Department> departments(long organId) {
        return departments.findByOrganIdOrderBySortOrderAscIdAsc(organId);
    }

    public Optional<Department> department(long id) {
        return departments.findById(id);
    }

    /**
     * Whether {@code staff} holds {@code role} for {@code organId}: a grant for that organ, or an
     * ADMINISTRATOR/SUPERVISOR grant for an organ above it.
     */
    public boolean may(StaffMember staff, Role role, long organId) {
        return staff.grants().stream().anyMatch(g -> g.role() == role
                && (g.organId() == organId || (role.reachesSubtree() && isWithin(organId, g.organId()))));
    }

    /** Whether {@code staff} may see the organ's data: any grant there, or a supervisor/administrator above it. */
    public boolean maySee(StaffMember staff, long organId) {
        return staff.grants().stream().anyMatch(g -> g.organId() == organId
                || (g.role().reachesSubtree() && isWithin(organId, g.organId())));
    }

    /** Enabled staff holding {@code role} exactly for {@code organId} (for routing work and reminders). */
    public List<StaffMember> staffWith(Role role, long organId) {
        return accounts.findByOrganIdInOrderByUsernameAsc(List.of(organId)).stream()
                .filter(StaffAccount::isEnabled).map(StaffAccount::toMember)
                .filter(m -> m.hasRoleIn(role, organId)).toList();
    }

    /** Supervisors of the organ: SUPERVISOR grants for the organ itself or the nearest organ above that has one. */
    public List<StaffMember> supervisorsOf(long organId) {
        Optional<Organ> current = organ(organId);
        while (current.isPresent()) {
            List<StaffMember> found = staffWith(Role.SUPERVISOR, current.get().getId());
            if (!found.isEmpty()) {
                return found;
            }
            current = current.get().getParentId() == null ? Optional.empty() : organ(current.get().getParentId());
        }
        return List.of();
    }

    public Optional<StaffMember> staff(long id) {
        return accounts.findById(id).map(StaffAccount::toMember);
    }

    public Optional<StaffMember> staffByUsername(String username) {
        return accounts.findByUsername(username).map(StaffAccount::toMember);
    }
}

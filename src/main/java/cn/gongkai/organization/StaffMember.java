package cn.gongkai.organization;

import java.util.List;

/**
 * What other modules know of a staff member: identity, home organ and role grants. Scope rules:
 * a grant acts in its own organ; ADMINISTRATOR and SUPERVISOR grants reach the organ's subtree
 * (checked against the organ tree by {@link Organization#may}).
 */
public record StaffMember(long id, String username, String displayName, String email, long organId,
        Long departmentId, List<Grant> grants) implements java.io.Serializable {

    public StaffMember {
        grants = List.copyOf(grants);
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** Whether a grant of {@code role} is for exactly this organ (no subtree reach). */
    public boolean hasRoleIn(Role role, long organ) {
        return grants.stream().anyMatch(g -> g.role() == role && g.organId() == organ);
    }
}

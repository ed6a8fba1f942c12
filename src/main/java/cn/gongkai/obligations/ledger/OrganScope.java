package cn.gongkai.obligations.ledger;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Grant;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;

/**
 * The organs whose obligations a staff member may see, decided only by
 * {@link Organization#maySee}: their own organ, and for supervisors and administrators the
 * subtree below it.
 */
@Component
public class OrganScope {

    private final Organization organization;

    OrganScope(Organization organization) {
        this.organization = organization;
    }

    /**
     * The organs of {@code root}'s subtree (or, when null, of the subtrees of all the staff
     * member's grants) that the staff member may see, in tree order.
     *
     * @throws GongkaiException 403 when the staff member may not see {@code root} itself
     */
    public List<Organ> visible(StaffMember staff, Organ root) {
        if (root != null) {
            if (!organization.maySee(staff, root.getId())) {
                throw GongkaiException.forbidden();
            }
            return subtree(staff, root.getId());
        }
        Set<Long> grantOrgans = new LinkedHashSet<>(staff.grants().stream().map(Grant::organId).toList());
        Map<Long, Organ> visible = new LinkedHashMap<>();
        for (Long organId : grantOrgans) {
            subtree(staff, organId).forEach(o -> visible.putIfAbsent(o.getId(), o));
        }
        return List.copyOf(visible.values());
    }

    /** A supervisor or administrator of the root sees its whole subtree; anyone else only the organs they may see. */
    private List<Organ> subtree(StaffMember staff, long rootId) {
        List<Organ> organs = organization.subtree(rootId);
        if (organization.may(staff, Role.SUPERVISOR, rootId) || organization.may(staff, Role.ADMINISTRATOR, rootId)) {
            return organs;
        }
        return organs.stream().filter(o -> organization.maySee(staff, o.getId())).toList();
    }

    /** The staff member's home organ when they may see it, else the first organ they may see. */
    public Organ home(StaffMember staff) {
        return organization.organ(staff.organId()).filter(o -> organization.maySee(staff, o.getId()))
                .or(() -> visible(staff, null).stream().findFirst())
                .orElseThrow(GongkaiException::forbidden);
    }
}

package cn.gongkai.requests.console;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Grant;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;

/**
 * Which organs' requests a staff member sees: those where they handle requests, and for a
 * supervisor or administrator the whole subtree below their organ. Requests of other organs stay
 * invisible (answered as "not found").
 */
@Component
public class StaffScope {

    private final Organization organization;

    public StaffScope(Organization organization) {
        this.organization = organization;
    }

    Set<Long> visibleOrgans(StaffMember staff) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Grant g : staff.grants()) {
            if (g.role() == Role.REQUEST_HANDLER || g.role() == Role.OFFICE_REVIEWER) {
                ids.add(g.organId());
            }
            if (g.role() == Role.SUPERVISOR || g.role() == Role.ADMINISTRATOR) {
                organization.subtree(g.organId()).forEach(o -> ids.add(o.getId()));
            }
        }
        return ids;
    }

    public List<Organ> visibleOrganList(StaffMember staff) {
        Set<Long> ids = visibleOrgans(staff);
        return organization.all().stream().filter(o -> ids.contains(o.getId())).toList();
    }

    public boolean sees(StaffMember staff, long organId) {
        return organization.may(staff, Role.REQUEST_HANDLER, organId)
                || organization.may(staff, Role.OFFICE_REVIEWER, organId)
                || organization.may(staff, Role.SUPERVISOR, organId);
    }
}

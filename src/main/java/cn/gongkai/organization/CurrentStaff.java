package cn.gongkai.organization;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cn.gongkai.platform.GongkaiException;

/** The staff member behind the current request (console session or API token). */
@Component
public class CurrentStaff {

    public Optional<StaffMember> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p.member())
                : Optional.empty();
    }

    /** @throws GongkaiException 403 when nobody is logged in */
    public StaffMember get() {
        return find().orElseThrow(GongkaiException::forbidden);
    }
}

package cn.gongkai.organization;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a staff account; authorities are {@code ROLE_<role>} of all grants. */
record StaffPrincipal(StaffMember member, String passwordHash, boolean enabled, boolean locked, String totpSecret)
        implements UserDetails, CredentialsContainer {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> roles = member.grants().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).collect(Collectors.toSet());
        roles.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        return roles;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        // the record is immutable; the hash never leaves the server and the principal is rebuilt per login
    }

    static StaffPrincipal of(StaffAccount account, java.time.Instant now) {
        return new StaffPrincipal(account.toMember(), account.getPasswordHash(), account.isEnabled(),
                account.isLocked(now), account.getTotpSecret());
    }
}

package cn.gongkai.organization;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a staff account; authorities are {@code ROLE_<role>} of all grants.
 * {@code stamp} is the account's security stamp when the principal was authenticated: a session
 * or token whose stamp is no longer the account's has ended ({@link AccountStamps}).
 */
record StaffPrincipal(StaffMember member, boolean enabled, long stamp)
        implements UserDetails, CredentialsContainer {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Set<GrantedAuthority> roles = member.grants().stream()
                .map(g -> new SimpleGrantedAuthority("ROLE_" + g.role().name())).collect(Collectors.toSet());
        roles.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        return roles;
    }

    /** The hash never goes into the session: the principal is built after the password was checked. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return member.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        // nothing to erase: the principal carries no credentials
    }

    static StaffPrincipal of(StaffAccount account) {
        return new StaffPrincipal(account.toMember(), account.isEnabled(), account.getSecurityStamp());
    }
}

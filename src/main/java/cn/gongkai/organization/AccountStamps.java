package cn.gongkai.organization;

import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.LiveAccounts;

/**
 * Checks a session's security stamp against the account on every console request (one primary
 * key lookup, with the grants) and rebuilds its authorities from the database: a disabled account,
 * a reset password or a removed role ({@link StaffAccount#endSessions}) ends the session; an added
 * role is seen by the next request.
 */
@Component
class AccountStamps implements LiveAccounts {

    private final StaffAccounts accounts;

    AccountStamps(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Authentication> refresh(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            return Optional.of(authentication);
        }
        return accounts.findById(principal.member().id())
                .filter(a -> a.isEnabled() && a.getSecurityStamp() == principal.stamp())
                .map(a -> authenticated(a, authentication.getDetails()));
    }

    /** The account as it is now, for a session that itself changed the stamp (its own password). */
    @Transactional(readOnly = true)
    Authentication current(long staffId, Object details) {
        return authenticated(accounts.findById(staffId).orElseThrow(), details);
    }

    static Authentication authenticated(StaffAccount account, Object details) {
        StaffPrincipal principal = StaffPrincipal.of(account);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        token.setDetails(details);
        return token;
    }
}

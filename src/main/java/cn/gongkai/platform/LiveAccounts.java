package cn.gongkai.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Re-reads a console session's account on every request, so that a session ends at once when its
 * account was disabled, lost a role or had its password reset, and sees role changes at once (on
 * every node: the state is in the database). Implemented by the module that owns staff accounts.
 */
public interface LiveAccounts {

    /**
     * @return the authentication with the account's current authorities, or empty when the session
     *         has ended; an authentication this implementation does not know is returned unchanged
     */
    Optional<Authentication> refresh(Authentication authentication);
}

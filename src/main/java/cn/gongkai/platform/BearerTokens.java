package cn.gongkai.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Resolves an API bearer token to an authentication. Implemented by the module that owns staff
 * accounts; the platform only extracts the token from the request.
 */
public interface BearerTokens {

    /** @return the authentication for a live token, empty when unknown, expired or revoked */
    Optional<Authentication> authenticate(String token);
}

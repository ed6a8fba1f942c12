package cn.gongkai.organization;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.gongkai.platform.SecondFactorRequiredException;

/**
 * Password authentication of staff (bcrypt via the delegating encoder, so stored hashes name
 * their algorithm and can be upgraded), throttled by {@link LoginThrottle}, with the TOTP second
 * factor for accounts that enabled it. An unknown username, a wrong password and a throttled
 * attempt give the same answer after the same work: bcrypt runs every time (against a dummy hash
 * when there is no account), so neither the answer nor its timing tells whether an account exists.
 */
@Configuration(proxyBeanMethods = false)
class StaffAuthentication {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider staffAuthenticationProvider(StaffAccounts accounts, PasswordEncoder encoder,
            LoginThrottle throttle, Clock clock) {
        return new Provider(accounts, encoder, throttle, clock);
    }

    /** Authentication details given outside a form (the token API): TOTP code and client address. */
    record LoginDetails(String totp, String address) {
    }

    /** A throttled attempt: answered exactly like bad credentials, named apart only in the audit log. */
    static class LoginThrottledException extends BadCredentialsException {

        LoginThrottledException() {
            super("Bad credentials");
        }
    }

    static final class Provider implements AuthenticationProvider {

        private final StaffAccounts accounts;
        private final PasswordEncoder encoder;
        private final LoginThrottle throttle;
        private final Clock clock;
        private final String dummyHash;

        Provider(StaffAccounts accounts, PasswordEncoder encoder, LoginThrottle throttle, Clock clock) {
            this.accounts = accounts;
            this.encoder = encoder;
            this.throttle = throttle;
            this.clock = clock;
            this.dummyHash = encoder.encode(UUID.randomUUID().toString());
        }

        @Override
        public Authentication authenticate(Authentication attempt) {
            String username = LoginThrottle.subject(attempt.getName());
            String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
            String address = address(attempt.getDetails());
            Optional<StaffAccount> account = accounts.findByUsername(username);
            boolean matches = encoder.matches(password, account.map(StaffAccount::getPasswordHash).orElse(dummyHash));
            Instant now = clock.instant();
            if (throttle.blocked(username, address, now)) {
                throw new LoginThrottledException();
            }
            if (account.isEmpty() || !matches) {
                throttle.failed(username, address, now);
                throw new BadCredentialsException("Bad credentials");
            }
            StaffAccount a = account.get();
            if (!a.isEnabled()) {
                throw new DisabledException("account disabled");
            }
            if (a.getTotpSecret() != null && !Totp.verify(a.getTotpSecret(), totpCode(attempt.getDetails()), now)) {
                throttle.failed(username, address, now);
                throw new SecondFactorRequiredException("TOTP code missing or wrong");
            }
            throttle.succeeded(username, address);
            StaffPrincipal principal = StaffPrincipal.of(a);
            UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal,
                    null, principal.getAuthorities());
            result.setDetails(attempt.getDetails());
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }

        private static String address(Object details) {
            if (details instanceof LoginDetails d && d.address() != null) {
                return d.address();
            }
            if (details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
                return web.getRemoteAddress();
            }
            return "unknown";
        }

        /** The second factor: {@link LoginDetails} from the API, else the form parameter. */
        private static String totpCode(Object details) {
            if (details instanceof LoginDetails d) {
                return d.totp();
            }
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
                return attrs.getRequest().getParameter("totp");
            }
            return null;
        }
    }
}

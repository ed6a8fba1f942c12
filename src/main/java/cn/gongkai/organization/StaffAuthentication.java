package cn.gongkai.organization;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.gongkai.platform.SecondFactorRequiredException;

/**
 * Password authentication of staff (bcrypt via the delegating encoder, so stored hashes name
 * their algorithm and can be upgraded), with the TOTP second factor for accounts that enabled it.
 * The code comes from the login form's {@code totp} field or, for the token API, the details.
 */
@Configuration(proxyBeanMethods = false)
class StaffAuthentication {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService staffUserDetails(StaffAccounts accounts, Clock clock) {
        return username -> accounts.findByUsername(username).map(a -> StaffPrincipal.of(a, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("no such staff account"));
    }

    @Bean
    DaoAuthenticationProvider staffAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            Clock clock) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {
            @Override
            protected void additionalAuthenticationChecks(UserDetails user,
                    UsernamePasswordAuthenticationToken authentication) throws AuthenticationException {
                super.additionalAuthenticationChecks(user, authentication);
                String secret = ((StaffPrincipal) user).totpSecret();
                if (secret != null && !Totp.verify(secret, totpCode(authentication), clock.instant())) {
                    throw new SecondFactorRequiredException("TOTP code missing or wrong");
                }
            }
        };
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    /** The second factor: {@link TotpCode} details from the API, else the form parameter. */
    private static String totpCode(UsernamePasswordAuthenticationToken authentication) {
        if (authentication.getDetails() instanceof TotpCode code) {
            return code.value();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            return attrs.getRequest().getParameter("totp");
        }
        return null;
    }

    /** Authentication details carrying a TOTP code given outside a form. */
    record TotpCode(String value) {
    }
}

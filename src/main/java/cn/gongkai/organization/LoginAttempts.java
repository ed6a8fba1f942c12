package cn.gongkai.organization;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;

/**
 * Counts failed logins and locks the account at the limit. A wrong TOTP code arrives here too:
 * the platform publishes unmapped authentication failures as bad-credentials events.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final StaffAccounts accounts;
    private final SecuritySettings settings;
    private final Clock clock;
    private final AuditLog audit;

    LoginAttempts(StaffAccounts accounts, SecuritySettings settings, Clock clock, AuditLog audit) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        countFailure(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(StaffAccount::recordSuccessfulLogin);
    }

    private void countFailure(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            if (account.recordFailedLogin(clock.instant(), settings.maxFailedLogins(), settings.lockout())) {
                log.warn("Account {} locked for {} after {} failed logins", username, settings.lockout(),
                        settings.maxFailedLogins());
                audit.recordAs(username, "auth.locked", "user", username, "locked for " + settings.lockout());
            }
        });
    }
}

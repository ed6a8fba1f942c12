package cn.gongkai.platform;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login, failed login and logout goes into the audit chain. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "auth.login", "user",
                event.getAuthentication().getName(), null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getPrincipal());
        audit.recordAs(name, "auth.login-failed", "user", name, event.getException().getClass().getSimpleName());
    }

    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "auth.logout", "user",
                event.getAuthentication().getName(), null);
    }
}

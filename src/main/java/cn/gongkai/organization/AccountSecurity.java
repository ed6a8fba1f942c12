package cn.gongkai.organization;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;

/** A staff member turns the TOTP second factor on (after proving the app works) or off. */
@Service
@Transactional
public class AccountSecurity {

    static final String ISSUER = "Gongkai";

    private final StaffAccounts accounts;
    private final CurrentStaff current;
    private final Clock clock;
    private final AuditLog audit;

    AccountSecurity(StaffAccounts accounts, CurrentStaff current, Clock clock, AuditLog audit) {
        this.accounts = accounts;
        this.current = current;
        this.clock = clock;
        this.audit = audit;
    }

    /** A fresh secret and its otpauth URI; nothing is stored until {@link #confirmTotp} succeeds. */
    public record TotpEnrolment(String secret, String uri) implements java.io.Serializable {
    }

    public TotpEnrolment startTotp() {
        String secret = Totp.newSecret();
        return new TotpEnrolment(secret, Totp.uri(ISSUER, current.get().username(), secret));
    }

    public void confirmTotp(String secret, String code) {
        if (secret == null || !Totp.verify(secret, code, clock.instant())) {
            throw GongkaiException.invalid("code", "organization.error.totpCode");
        }
        StaffAccount account = mine();
        account.enableTotp(secret);
        audit.record("staff.totp-enabled", "user", account.getUsername(), null);
    }

    public void disableTotp(String code) {
        StaffAccount account = mine();
        if (!Totp.verify(account.getTotpSecret(), code, clock.instant())) {
            throw GongkaiException.invalid("code", "organization.error.totpCode");
        }
        account.disableTotp();
        audit.record("staff.totp-disabled", "user", account.getUsername(), null);
    }

    @Transactional(readOnly = true)
    public boolean totpEnabled() {
        return mine().getTotpSecret() != null;
    }

    private StaffAccount mine() {
        return accounts.findById(current.get().id()).orElseThrow(GongkaiException::forbidden);
    }
}

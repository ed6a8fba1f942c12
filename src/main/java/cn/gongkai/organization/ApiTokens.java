package cn.gongkai.organization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.BearerTokens;

/**
 * Opaque API bearer tokens: 256 random bits shown once, stored only as their SHA-256. A token
 * lives {@code gongkai.security.token-lifetime}, dies with revocation, and stops working at once
 * when its account is disabled or its security stamp changes (password reset, a removed role);
 * its authorities are read from the database on every request. A login throttle never touches it.
 */
@Component
class ApiTokens implements BearerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final SecuritySettings settings;
    private final Clock clock;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, StaffAccounts accounts, SecuritySettings settings, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
        this.audit = audit;
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    IssuedToken issue(long staffId, String username, long stamp) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenLifetime());
        jdbc.sql("insert into api_token (staff_id, token_hash, issued_at, expires_at, security_stamp) values (?, ?, ?, ?, ?)")
                .params(staffId, sha256(token), Timestamp.from(now), Timestamp.from(expires), stamp).update();
        audit.recordAs(username, "auth.token-issued", "user", username, "expires " + expires);
        return new IssuedToken(token, expires);
    }

    /** @return whether a live token was revoked */
    @Transactional
    boolean revoke(String token) {
        return jdbc.sql("update api_token set revoked_at = ? where token_hash = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), sha256(token)).update() == 1;
    }

    @Transactional
    int revokeAll(long staffId) {
        return jdbc.sql("update api_token set revoked_at = ? where staff_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), staffId).update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Authentication> authenticate(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("select staff_id, security_stamp from api_token where token_hash = ? and revoked_at is null "
                + "and expires_at > ?")
                .params(sha256(token), Timestamp.from(now))
                .query((rs, n) -> new Issued(rs.getLong(1), rs.getLong(2))).optional()
                .flatMap(t -> accounts.findById(t.staffId()).filter(a -> a.getSecurityStamp() == t.stamp()))
                .filter(StaffAccount::isEnabled)
                .map(a -> AccountStamps.authenticated(a, null));
    }

    private record Issued(long staffId, long stamp) {
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

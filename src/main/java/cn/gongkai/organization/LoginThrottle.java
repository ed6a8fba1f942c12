package cn.gongkai.organization;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;

/**
 * Brute-force throttling of logins, kept in the database so that every node agrees (modelled on
 * Keycloak's brute-force detection, see {@link SecuritySettings}). Usernames are counted whether
 * or not the account exists, so a throttled answer tells nothing about existence; a block never
 * disables the account itself, so an attacker at one address cannot lock the owner out elsewhere.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    enum Scope {
        PAIR, ACCOUNT, ADDRESS
    }

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final AuditLog audit;
    private final java.time.Clock clock;

    LoginThrottle(JdbcClient jdbc, SecuritySettings settings, AuditLog audit, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the username, the address or the pair is blocked at {@code now}. */
    @Transactional(readOnly = true)
    boolean blocked(String username, String address, Instant now) {
        return jdbc.sql("""
                select count(*) from login_throttle where blocked_until > :now and ((scope = 'PAIR' and subject = :pair)
                  or (scope = 'ACCOUNT' and subject = :user) or (scope = 'ADDRESS' and subject = :address))""")
                .param("now", Timestamp.from(now)).param("pair", pair(username, address))
                .param("user", subject(username)).param("address", subject(address)).query(Long.class).single() > 0;
    }

    /** Counts a failure in all three scopes and blocks those that reached their limit. */
    @Transactional
    void failed(String username, String address, Instant now) {
        count(Scope.PAIR, pair(username, address), now, settings.maxFailedLogins(), n -> settings.lockout(), true);
        count(Scope.ACCOUNT, subject(username), now, settings.accountFailureFactor(), this::increasingWait, false);
        count(Scope.ADDRESS, subject(address), now, settings.addressFailureFactor(), this::increasingWait, false);
    }

    /** A successful login forgets the failures of the username and of its pair with this address. */
    @Transactional
    void succeeded(String username, String address) {
        jdbc.sql("delete from login_throttle where (scope = 'PAIR' and subject = ?) or (scope = 'ACCOUNT' and subject = ?)")
                .params(pair(username, address), subject(username)).update();
    }

    /** An administrator's unlock (enable, password reset) forgets every failure of the username. */
    @Transactional
    void clear(String username) {
        jdbc.sql("delete from login_throttle where (scope = 'ACCOUNT' and subject = ?) or (scope = 'PAIR' and subject like ?)")
                .params(subject(username), subject(username).replace("%", "\\%").replace("_", "\\_") + "|%").update();
    }

    /** The end of the username's block (any address), or null: what administrators see as "locked". */
    @Transactional(readOnly = true)
    Instant accountBlockedUntil(String username, Instant now) {
        return jdbc.sql("select blocked_until from login_throttle where scope = 'ACCOUNT' and subject = ? and blocked_until > ?")
                .params(subject(username), Timestamp.from(now)).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(null);
    }

    /** Forgotten failures are removed; every node may run it, deleting is idempotent. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
    @Transactional
    public void forgetOld() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_throttle where last_failure_at < ? and (blocked_until is null or blocked_until < ?)")
                .params(Timestamp.from(now.minus(settings.failureReset())), Timestamp.from(now)).update();
    }

    private void count(Scope scope, String subject, Instant now, int limit, java.util.function.IntFunction<Duration> wait,
            boolean resetOnBlock) {
        jdbc.sql("insert into login_throttle (scope, subject, failures, last_failure_at) values (?, ?, 0, ?) on conflict do nothing")
                .params(scope.name(), subject, Timestamp.from(now)).update();
        Row row = jdbc.sql("select failures, last_failure_at, blocked_until from login_throttle where scope = ? and subject = ? for update")
                .params(scope.name(), subject)
                .query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .single();
        if (row.blockedUntil() != null && row.blockedUntil().isAfter(now)) {
            return; // attempts while blocked are refused without counting, so waits stay bounded
        }
        boolean forgotten = row.lastFailure().isBefore(now.minus(settings.failureReset()));
        int failures = (forgotten ? 0 : row.failures()) + 1;
        Instant blockedUntil = null;
        if (failures % limit == 0) {
            blockedUntil = now.plus(wait.apply(failures / limit));
            log.warn("Login throttled: {} {} blocked until {} after {} failures", scope, subject, blockedUntil, failures);
            audit.recordAs("system", "auth.throttled", scope.name().toLowerCase(Locale.ROOT), subject,
                    "blocked until " + blockedUntil + " after " + failures + " failures");
            if (resetOnBlock) {
                failures = 0;
            }
        }
        jdbc.sql("update login_throttle set failures = ?, last_failure_at = ?, blocked_until = ? where scope = ? and subject = ?")
                .params(failures, Timestamp.from(now), blockedUntil == null ? null : Timestamp.from(blockedUntil),
                        scope.name(), subject).update();
    }

    private Duration increasingWait(int rounds) {
        Duration wait = settings.waitIncrement().multipliedBy(rounds);
        return wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
    }

    static String subject(String s) {
        String v = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        return v.length() > 140 ? v.substring(0, 140) : v;
    }

    private static String pair(String username, String address) {
        return subject(username) + "|" + subject(address);
    }

    private record Row(int failures, Instant lastFailure, Instant blockedUntil) {
    }
}

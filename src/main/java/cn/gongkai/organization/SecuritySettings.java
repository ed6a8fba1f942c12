package cn.gongkai.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Authentication settings ({@code gongkai.security.*}). Login throttling follows Keycloak's
 * brute-force detection: {@code maxFailedLogins} failures of one username from one address block
 * that pair for {@code lockout}; every {@code accountFailureFactor} failures of a username (from
 * any address) block the username for {@code waitIncrement} × the number of such rounds, at most
 * {@code maxWait}; every {@code addressFailureFactor} failures from one address (any usernames)
 * block the address the same way. Counts are forgotten after {@code failureReset} without failure.
 */
@ConfigurationProperties("gongkai.security")
record SecuritySettings(Duration sessionTimeout, Duration tokenLifetime, int maxFailedLogins, Duration lockout,
        int accountFailureFactor, int addressFailureFactor, Duration waitIncrement, Duration maxWait,
        Duration failureReset) {

    SecuritySettings {
        maxFailedLogins = maxFailedLogins > 0 ? maxFailedLogins : 5;
        lockout = lockout != null ? lockout : Duration.ofMinutes(15);
        accountFailureFactor = accountFailureFactor > 0 ? accountFailureFactor : 10;
        addressFailureFactor = addressFailureFactor > 0 ? addressFailureFactor : 30;
        waitIncrement = waitIncrement != null ? waitIncrement : Duration.ofMinutes(1);
        maxWait = maxWait != null ? maxWait : Duration.ofMinutes(15);
        failureReset = failureReset != null ? failureReset : Duration.ofHours(12);
    }
}

package cn.gongkai.organization;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Authentication settings ({@code gongkai.security.*}). */
@ConfigurationProperties("gongkai.security")
record SecuritySettings(Duration sessionTimeout, Duration tokenLifetime, int maxFailedLogins, Duration lockout) {
}

package cn.gongkai.platform;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gongkai.rate-limits}: every named limit of the platform in one place.
 *
 * @param store  {@code memory} (default: buckets per node) or {@code database} (table
 *               {@code rate_limit_bucket}, shared by all nodes; Bucket4j's JDBC backend)
 * @param limits name → burst (tokens one key may spend at once) and refill (time to earn one more)
 */
@ConfigurationProperties("gongkai.rate-limits")
public record RateLimitSettings(@DefaultValue("memory") String store, Map<String, Limit> limits) {

    public RateLimitSettings {
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public record Limit(int burst, Duration refill) {
    }
}

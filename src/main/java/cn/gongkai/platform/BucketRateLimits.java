package cn.gongkai.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * {@link RateLimits} with Bucket4j token buckets (greedy refill: tokens come back continuously).
 * {@code memory}: one local bucket per limit and key in this JVM, bounded (full buckets are
 * forgotten first). {@code database}: Bucket4j's select-for-update JDBC backend on table
 * {@code rate_limit_bucket} — on PostgreSQL Bucket4j's own backend (rows of buckets that have
 * refilled completely expire and are deleted), on H2 {@link H2Buckets} — so every node draws from
 * the same bucket.
 */
@Component
class BucketRateLimits implements RateLimits {

    private static final Logger log = LoggerFactory.getLogger(BucketRateLimits.class);
    private static final int MAX_LOCAL = 100_000;

    private final Map<String, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final TimeMeter time;
    private final Map<String, Bucket> local = new ConcurrentHashMap<>();
    private final ProxyManager<String> database;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> expiring;

    BucketRateLimits(RateLimitSettings settings, Clock clock, DataSource dataSource) {
        settings.limits().forEach((name, l) -> configurations.put(name, BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(l.burst()).refillGreedy(1, l.refill()).build()).build()));
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        if (!settings.store().equals("memory") && !settings.store().equals("database")) {
            throw new IllegalStateException(
                    "gongkai.rate-limits.store must be memory or database, not " + settings.store());
        }
        boolean db = settings.store().equals("database");
        this.expiring = db && isPostgres(dataSource) ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING).table("rate_limit_bucket").idColumn("id")
                .stateColumn("state").expiresAtColumn("expires_at").clientClock(time)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build() : null;
        this.database = !db ? null : expiring != null ? expiring
                : new H2Buckets(dataSource, ClientSideConfig.getDefault().withClientClock(time));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database of the rate limits", e);
        }
    }

    @Override
    public Duration take(String limit, String key) {
        BucketConfiguration configuration = configurations.get(limit);
        if (configuration == null) {
            throw new IllegalArgumentException("no rate limit gongkai.rate-limits.limits." + limit);
        }
        String id = limit + "|" + key;
        Bucket bucket = database != null ? database.builder().build(id, () -> configuration) : localBucket(id, configuration);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill()));
    }

    private Bucket localBucket(String id, BucketConfiguration configuration) {
        if (local.size() > MAX_LOCAL) {
            local.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= capacity(e.getKey()));
            if (local.size() > MAX_LOCAL) {
                local.clear();
            }
        }
        return local.computeIfAbsent(id, k -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(configuration.getBandwidths()[0]).build());
    }

    private long capacity(String id) {
        BucketConfiguration c = configurations.get(id.substring(0, id.indexOf('|')));
        return c == null ? 0 : c.getBandwidths()[0].getCapacity();
    }

    /** Deletes the rows of buckets that have refilled completely (database store). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void removeExpired() {
        if (expiring == null) {
            return;
        }
        int removed;
        do {
            removed = expiring.removeExpired(1000);
        } while (removed >= 1000);
        log.debug("Expired rate-limit buckets removed");
    }
}

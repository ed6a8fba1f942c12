package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.gongkai.support.MutableClock;
import cn.gongkai.support.Postgres;

/**
 * The shared guards of the platform agree across nodes when they keep their state in the
 * database: a rate-limit budget spent on one node is spent on the other, and an anti-robot token
 * used on one node is refused on the other. Two instances over one database stand for two nodes
 * (H2 in PostgreSQL mode as in the embedded mode, and PostgreSQL itself). The default in-memory
 * rate limits keep a bucket per limit and key.
 */
class SharedGuardsTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final RateLimitSettings memory = new RateLimitSettings("memory",
            Map.of("apply", new RateLimitSettings.Limit(10, Duration.ofMinutes(6))));

    @Test
    void memoryLimitsAllowABurstThenAskToWaitAndEarnTokensBack() {
        RateLimits limits = new BucketRateLimits(memory, clock, null);
        for (int i = 0; i < 10; i++) {
            assertThat(limits.take("apply", "10.0.0.1")).isZero();
        }
        Duration wait = limits.take("apply", "10.0.0.1");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(6));
        assertThat(limits.take("apply", "10.0.0.2")).as("another address has its own bucket").isZero();
        clock.advance(Duration.ofMinutes(6));
        assertThat(limits.take("apply", "10.0.0.1")).isZero();
        assertThat(limits.take("apply", "10.0.0.1")).isPositive();
    }

    @Test
    void anUnconfiguredLimitIsAnError() {
        RateLimits limits = new BucketRateLimits(memory, clock, null);
        assertThatThrownBy(() -> limits.take("nonesuch", "10.0.0.1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gongkai.rate-limits.limits.nonesuch");
    }

    @Test
    void databaseLimitsAreOneBudgetForTwoNodesOnH2() throws Exception {
        twoNodesShareOneBudget(h2());
    }

    @Test
    void databaseLimitsAreOneBudgetForTwoNodesOnPostgres() throws Exception {
        Postgres.require();
        twoNodesShareOneBudget(postgres());
    }

    @Test
    void aNonceUsedOnOneNodeIsRefusedOnTheOtherOnH2() throws Exception {
        nonceIsSingleUseAcrossNodes(h2());
    }

    @Test
    void aNonceUsedOnOneNodeIsRefusedOnTheOtherOnPostgres() throws Exception {
        Postgres.require();
        nonceIsSingleUseAcrossNodes(postgres());
    }

    private void twoNodesShareOneBudget(DataSource db) {
        RateLimitSettings settings = new RateLimitSettings("database",
                Map.of("track", new RateLimitSettings.Limit(4, Duration.ofSeconds(10))));
        RateLimits one = new BucketRateLimits(settings, clock, db);
        RateLimits two = new BucketRateLimits(settings, clock, db);
        assertThat(one.take("track", "10.0.0.1")).isZero();
        assertThat(two.take("track", "10.0.0.1")).isZero();
        assertThat(one.take("track", "10.0.0.1")).isZero();
        assertThat(two.take("track", "10.0.0.1")).isZero();
        assertThat(one.take("track", "10.0.0.1")).as("the fifth look-up over both nodes").isPositive();
        assertThat(two.take("track", "10.0.0.1")).isPositive();
        assertThat(two.take("track", "10.0.0.9")).as("another address").isZero();
        assertThat(JdbcClient.create(db).sql("select count(*) from rate_limit_bucket").query(Long.class).single())
                .isEqualTo(2);
        clock.advance(Duration.ofSeconds(10));
        assertThat(one.take("track", "10.0.0.1")).isZero();
    }

    private void nonceIsSingleUseAcrossNodes(DataSource db) {
        AntiRobotSettings settings = new AntiRobotSettings("on", "one secret for all nodes");
        AntiRobot one = new AntiRobot(settings, clock, new DatabaseNonces(JdbcClient.create(db)));
        AntiRobot two = new AntiRobot(settings, clock, new DatabaseNonces(JdbcClient.create(db)));
        AntiRobot.Challenge c = one.challenge();
        String answer = String.valueOf(c.a() + c.b());
        assertThat(two.passes(c.token(), answer, false)).as("the other node checks the same token").isTrue();
        assertThat(one.passes(c.token(), answer, true)).isTrue();
        assertThat(two.passes(c.token(), answer, false)).isFalse();
        assertThat(two.passes(c.token(), answer, true)).as("used on node one, refused on node two").isFalse();
        assertThat(JdbcClient.create(db).sql("select count(*) from antirobot_nonce").query(Long.class).single())
                .isEqualTo(1);
        clock.advance(AntiRobot.LIFETIME.plusMinutes(1));
        AntiRobot.Challenge later = two.challenge();
        assertThat(two.passes(later.token(), String.valueOf(later.a() + later.b()), true)).isTrue();
        assertThat(JdbcClient.create(db).sql("select count(*) from antirobot_nonce").query(Long.class).single())
                .as("the expired nonce is gone").isEqualTo(1);
    }

    private static DataSource h2() throws Exception {
        return migrated(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
    }

    private static DataSource postgres() throws Exception {
        return migrated(new DriverManagerDataSource(Postgres.freshSchemaUrl(), Postgres.USER, ""));
    }

    /** The platform's two migrations of these tables, as Flyway runs them. */
    private static DataSource migrated(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String file : new String[] { "V1_20__rate_limit_buckets.sql", "V1_21__antirobot_nonces.sql" }) {
                String sql = new ClassPathResource("db/migration/platform/" + file)
                        .getContentAsString(StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
                for (String statement : sql.split(";")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
        return db;
    }
}

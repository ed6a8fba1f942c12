package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.MutableClock;

class RateLimiterTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final RateLimiter limiter = new RateLimiter(AntiRobotTests.settings("on"), clock);

    @Test
    void allowsABurstThenAsksToWaitForTheNextToken() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.1")).isZero();
        }
        Duration wait = limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.1");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(6));
        // another address has its own bucket
        assertThat(limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.2")).isZero();
    }

    @Test
    void earnsTokensBackOverTime() {
        for (int i = 0; i < 10; i++) {
            limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.1");
        }
        assertThat(limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.1")).isPositive();
        clock.advance(Duration.ofMinutes(6));
        assertThat(limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.1")).isZero();
        assertThat(limiter.take(RateLimiter.Bucket.APPLY, "10.0.0.1")).isPositive();
    }
}

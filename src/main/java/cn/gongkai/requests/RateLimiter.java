package cn.gongkai.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Per-client-address token buckets for the public application and tracking endpoints (SPEC M12:
 * rate limits on public forms). In memory, so per node: a deployment with several nodes must also
 * limit at its gateway (see docs/requests.md). The client address is the servlet's remote address;
 * behind a reverse proxy set {@code server.forward-headers-strategy} so that it is the real client.
 */
@Component
class RateLimiter {

    enum Bucket {
        APPLY, TRACK
    }

    private static final int MAX_TRACKED = 100_000;

    private final Clock clock;
    private final Map<Bucket, Limits> limits;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    RateLimiter(RequestsSettings settings, Clock clock) {
        this.clock = clock;
        this.limits = Map.of(Bucket.APPLY, new Limits(settings.applyBurst(), settings.applyRefill()),
                Bucket.TRACK, new Limits(settings.trackBurst(), settings.trackRefill()));
    }

    private record Limits(int burst, Duration refill) {
    }

    private record State(double tokens, Instant at) {
    }

    /**
     * Takes one token for {@code address}; when none is left, the time until the next one.
     *
     * @return {@link Duration#ZERO} when allowed, else how long to wait
     */
    Duration take(Bucket bucket, String address) {
        Limits l = limits.get(bucket);
        Instant now = clock.instant();
        if (states.size() > MAX_TRACKED) {
            states.entrySet().removeIf(e -> refill(l, e.getValue(), now) >= l.burst());
        }
        Duration[] wait = { Duration.ZERO };
        states.compute(bucket + "|" + address, (k, s) -> {
            double tokens = s == null ? l.burst() : refill(l, s, now);
            if (tokens >= 1) {
                return new State(tokens - 1, now);
            }
            wait[0] = Duration.ofMillis((long) Math.ceil((1 - tokens) * l.refill().toMillis()));
            return new State(tokens, now);
        });
        return wait[0];
    }

    private static double refill(Limits l, State s, Instant now) {
        double earned = (double) Duration.between(s.at(), now).toMillis() / l.refill().toMillis();
        return Math.min(l.burst(), s.tokens() + Math.max(0, earned));
    }
}

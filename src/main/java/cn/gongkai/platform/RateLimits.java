package cn.gongkai.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one rate-limit mechanism: named token-bucket limits ({@code gongkai.rate-limits.limits.<name>},
 * burst and refill, configured in application.yml and nowhere else), one bucket per limit and key
 * (a client address). Where the buckets live is this interface's concern only: in memory per node
 * by default, in the database with {@code gongkai.rate-limits.store=database} (several nodes then
 * share one budget); see docs/architecture.md.
 */
public interface RateLimits {

    /**
     * Takes one token of {@code limit} for {@code key}.
     *
     * @return {@link Duration#ZERO} when allowed, else how long until the next token
     * @throws IllegalArgumentException for a limit that is not configured
     */
    Duration take(String limit, String key);

    /**
     * Takes one token of {@code limit} for the client's address, or refuses with 429 and
     * {@code Retry-After} (pages show the site's error page, the API a problem document).
     */
    default void enforce(String limit, HttpServletRequest request, HttpServletResponse response) {
        enforce(limit, "platform.error.rateLimited", request, response);
    }

    /** As {@link #enforce(String, HttpServletRequest, HttpServletResponse)}, with the refusal's own message. */
    default void enforce(String limit, String messageKey, HttpServletRequest request, HttpServletResponse response) {
        Duration wait = take(limit, request.getRemoteAddr());
        if (!wait.isZero()) {
            long seconds = retryAfterSeconds(wait);
            response.setHeader("Retry-After", String.valueOf(seconds));
            throw new GongkaiException(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", messageKey,
                    String.valueOf(seconds));
        }
    }

    /** Whole seconds to wait, rounded up, at least one (the value of {@code Retry-After}). */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}

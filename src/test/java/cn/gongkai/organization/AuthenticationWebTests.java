package cn.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/** Login, bearer tokens, lockout and the TOTP second factor over real HTTP (SPEC M12). */
@WebTest
class AuthenticationWebTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    TransactionTemplate tx;

    ApiClient anonymous;

    @BeforeEach
    void setUp() {
        anonymous = new ApiClient(port);
    }

    @Test
    void issuesATokenThatTheApiAcceptsAndRevocationKillsIt() {
        ApiClient admin = anonymous.as("admin");
        assertThat(admin.get("/api/v1/staff").status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/auth/token").json().get("revoked").asBoolean()).isTrue();
        assertThat(admin.get("/api/v1/staff").status()).isEqualTo(401);
    }

    @Test
    void refusesTheApiWithoutAToken() {
        ApiClient.Response r = anonymous.get("/api/v1/staff");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asString()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void wrongPasswordIs401AndNamesNoInternals() {
        ApiClient.Response r = anonymous.post("/api/v1/auth/token", "{\"username\":\"sat-drafter\",\"password\":\"nope\"}");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asString()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void missingFieldsAreNamed() {
        ApiClient.Response r = anonymous.post("/api/v1/auth/token", "{}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"username\"").contains("\"field\":\"password\"");
    }

    @Test
    void fiveFailuresFromOneAddressDoNotLockTheOwnerOutFromAnother() {
        createAccount("lock-me");
        for (int i = 0; i < 5; i++) {
            assertThat(tokenFrom("203.0.113.7", "lock-me", "wrong").status()).isEqualTo(401);
        }
        ApiClient.Response attacker = tokenFrom("203.0.113.7", "lock-me", ApiClient.DEMO_PASSWORD);
        assertThat(attacker.status()).isEqualTo(401);
        assertThat(attacker.json().get("code").asString()).isEqualTo("BAD_CREDENTIALS");
        ApiClient.Response owner = tokenFrom("198.51.100.20", "lock-me", ApiClient.DEMO_PASSWORD);
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
    }

    @Test
    void unknownUserWrongPasswordAndThrottledAttemptGetTheSameAnswer() {
        createAccount("same-answer");
        ApiClient.Response unknown = tokenFrom("203.0.113.8", "no-such-user", "wrong");
        ApiClient.Response wrong = tokenFrom("203.0.113.8", "same-answer", "wrong");
        for (int i = 0; i < 4; i++) {
            tokenFrom("203.0.113.8", "same-answer", "wrong");
        }
        ApiClient.Response throttled = tokenFrom("203.0.113.8", "same-answer", ApiClient.DEMO_PASSWORD);
        for (ApiClient.Response r : java.util.List.of(unknown, wrong, throttled)) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.body()).isEqualTo(wrong.body());
        }
        assertThat(wrong.json().get("detail").asString()).doesNotContain("锁定");
    }

    @Test
    void anUnknownUserAndAThrottledAttemptTakeAsLongAsAWrongPassword() {
        createAccount("timed");
        createAccount("timed-reference");
        for (int i = 0; i < 5; i++) {
            tokenFrom("203.0.113.9", "timed", "wrong");
        }
        long wrong = medianNanos(() -> tokenFrom("198.51.100.30", "timed-reference", "wrong"));
        long unknown = medianNanos(() -> tokenFrom("198.51.100.31", "nobody-here", "wrong"));
        long throttled = medianNanos(() -> tokenFrom("203.0.113.9", "timed", ApiClient.DEMO_PASSWORD));
        // bcrypt dominates a wrong password's answer; an answer that skips it takes a fraction of that
        assertThat(unknown).isGreaterThan(wrong / 2);
        assertThat(throttled).isGreaterThan(wrong / 2);
    }

    @Test
    void failuresFromManyAddressesSlowTheAccountDownUntilAnAdministratorUnlocksIt() {
        long id = createAccount("sprayed");
        for (int i = 1; i <= 10; i++) {
            assertThat(tokenFrom("192.0.2." + i, "sprayed", "wrong").status()).isEqualTo(401);
        }
        assertThat(tokenFrom("198.51.100.40", "sprayed", ApiClient.DEMO_PASSWORD).status()).isEqualTo(401);
        ApiClient admin = anonymous.as("admin");
        assertThat(admin.get("/api/v1/staff/" + id).json().get("locked").asBoolean()).isTrue();
        admin.post("/api/v1/staff/" + id + "/enable", "");
        assertThat(tokenFrom("198.51.100.40", "sprayed", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void theConsoleFormIsThrottledPerAddressToo() {
        createAccount("form-user");
        ConsoleSession attacker = ConsoleSession.anonymousFrom(anonymous.base(), "203.0.113.50");
        for (int i = 0; i < 5; i++) {
            assertThat(attacker.attemptLogin("form-user", "wrong").header("Location")).endsWith("/login?error=bad");
        }
        assertThat(attacker.attemptLogin("form-user", ApiClient.DEMO_PASSWORD).header("Location")).endsWith("/login?error=bad");
        assertThat(ConsoleSession.anonymousFrom(anonymous.base(), "203.0.113.51").attemptLogin("nobody-at-all", "wrong")
                .header("Location")).endsWith("/login?error=bad");
        ConsoleSession owner = ConsoleSession.loginFrom(anonymous.base(), "198.51.100.50", "form-user", ApiClient.DEMO_PASSWORD);
        assertThat(owner.get("/console").status()).isEqualTo(200);
    }

    @Test
    void fourFailuresThenSuccessResetsTheCount() {
        createAccount("almost");
        for (int i = 0; i < 4; i++) {
            tokenFrom("203.0.113.60", "almost", "wrong");
        }
        assertThat(tokenFrom("203.0.113.60", "almost", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            tokenFrom("203.0.113.60", "almost", "wrong");
        }
        assertThat(tokenFrom("203.0.113.60", "almost", ApiClient.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void accountWithTotpNeedsTheCurrentCode() {
        createAccount("two-factor");
        String secret = Totp.newSecret();
        tx.executeWithoutResult(s -> accounts.findByUsername("two-factor").orElseThrow().enableTotp(secret));
        String body = "{\"username\":\"two-factor\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"";
        ApiClient.Response without = anonymous.post("/api/v1/auth/token", body + "}");
        assertThat(without.status()).isEqualTo(401);
        assertThat(without.json().get("code").asString()).isEqualTo("TOTP_REQUIRED");
        String code = Totp.code(secret, Instant.now().getEpochSecond() / 30);
        assertThat(anonymous.post("/api/v1/auth/token", body + ",\"totp\":\"" + code + "\"}").status()).isEqualTo(200);
    }

    @Test
    void formLoginNeedsCsrfAndOpensTheConsole() {
        ApiClient.Response r = anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ApiClient.DEMO_PASSWORD)));
        assertThat(r.status()).isEqualTo(403);
        ConsoleSession session = ConsoleSession.login(anonymous.base(), "admin", ApiClient.DEMO_PASSWORD);
        assertThat(session.get("/console/staff").body()).contains("sat-drafter");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        ApiClient.Response r = anonymous.get("/login");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private long createAccount(String username) {
        ApiClient admin = anonymous.as("admin");
        ApiClient.Response r = admin.post("/api/v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"测试\","
                + "\"organ\":\"sat\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\",\"roles\":[{\"role\":\"DRAFTER\",\"organ\":\"sat\"}]}");
        assertThat(r.status()).isEqualTo(201);
        return r.json().get("staff").get("id").asLong();
    }

    /** {@code POST /api/v1/auth/token} as a client at {@code address}. */
    private ApiClient.Response tokenFrom(String address, String username, String password) {
        return anonymous.send(HttpRequest.newBuilder(URI.create(anonymous.base() + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")));
    }

    private static long medianNanos(java.util.function.Supplier<ApiClient.Response> call) {
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.get();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        return times[2];
    }
}

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
    void fiveFailedLoginsLockTheAccountForFifteenMinutes() {
        createAccount("lock-me");
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.post("/api/v1/auth/token", "{\"username\":\"lock-me\",\"password\":\"wrong\"}").status())
                    .isEqualTo(401);
        }
        ApiClient.Response locked = anonymous.post("/api/v1/auth/token",
                "{\"username\":\"lock-me\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}");
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.json().get("detail").asString()).contains("锁定");
        StaffAccount account = accounts.findByUsername("lock-me").orElseThrow();
        assertThat(account.getLockedUntil()).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(16 * 60));
    }

    @Test
    void fourFailuresThenSuccessResetsTheCount() {
        createAccount("almost");
        for (int i = 0; i < 4; i++) {
            anonymous.post("/api/v1/auth/token", "{\"username\":\"almost\",\"password\":\"wrong\"}");
        }
        assertThat(anonymous.as("almost").token()).isNotBlank();
        assertThat(accounts.findByUsername("almost").orElseThrow().getFailedLogins()).isZero();
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

    private void createAccount(String username) {
        ApiClient admin = anonymous.as("admin");
        assertThat(admin.post("/api/v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"测试\","
                + "\"organ\":\"sat\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\",\"roles\":[{\"role\":\"DRAFTER\",\"organ\":\"sat\"}]}")
                .status()).isEqualTo(201);
    }
}

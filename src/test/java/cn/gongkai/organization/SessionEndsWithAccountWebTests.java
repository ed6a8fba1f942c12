package cn.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * Sessions and tokens die with the account (issue 10 A.1): a console session that was open when
 * an administrator disabled the account, removed its role or reset its password can no longer
 * create a record, and an added role is seen by the next request of a live session.
 */
@WebTest
class SessionEndsWithAccountWebTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port).as("admin");
    }

    @Test
    void disablingTheAccountEndsItsOpenSessionAndToken() {
        Staff s = drafter("ends-disabled");
        assertThat(createRecord(s.console, s.console.csrf("/console/records/new"), "停用前的草稿").header("Location"))
                .matches(".*/console/records/\\d+$");
        String csrf = s.console.csrf("/console/records/new");

        admin.post("/api/v1/staff/" + s.id + "/disable", "");

        assertEnded(s, csrf, "停用后的草稿");
    }

    @Test
    void resettingThePasswordEndsItsOpenSessionAndToken() {
        Staff s = drafter("ends-reset");
        String csrf = s.console.csrf("/console/records/new");

        assertThat(admin.post("/api/v1/staff/" + s.id + "/reset-password", "").status()).isEqualTo(200);

        assertEnded(s, csrf, "重置密码后的草稿");
    }

    @Test
    void removingTheRoleEndsItsOpenSessionAndToken() {
        Staff s = drafter("ends-role");
        String csrf = s.console.csrf("/console/records/new");

        assertThat(admin.put("/api/v1/staff/" + s.id + "/roles", "[{\"role\":\"OFFICE_REVIEWER\",\"organ\":\"sat\"}]").status())
                .isEqualTo(200);

        assertEnded(s, csrf, "撤销角色后的草稿");
    }

    @Test
    void anAddedRoleIsSeenByTheNextRequestOfALiveSessionAndToken() {
        Staff s = drafter("gains-admin");
        assertThat(s.console.get("/console/staff").status()).isEqualTo(403);
        assertThat(s.token.get("/api/v1/audit/verify").status()).isEqualTo(403);

        assertThat(admin.put("/api/v1/staff/" + s.id + "/roles",
                "[{\"role\":\"DRAFTER\",\"organ\":\"sat\"},{\"role\":\"ADMINISTRATOR\",\"organ\":\"sat\"}]").status())
                .isEqualTo(200);

        assertThat(s.console.get("/console/staff").status()).isEqualTo(200);
        assertThat(s.token.get("/api/v1/audit/verify").status()).isEqualTo(200);
        assertThat(createRecord(s.console, s.console.csrf("/console/records/new"), "加角色后的草稿").header("Location"))
                .matches(".*/console/records/\\d+$");
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        Staff s = drafter("changes-own");
        ConsoleSession other = ConsoleSession.login(admin.base(), "changes-own", ApiClient.DEMO_PASSWORD);
        String otherCsrf = other.csrf("/console/records/new");
        ApiClient.Response changed = s.console.form("/console/account", "/console/account/password",
                "oldPassword=" + enc(ApiClient.DEMO_PASSWORD) + "&newPassword=" + enc("Another-Passw0rd!"));
        assertThat(changed.header("Location")).endsWith("/console/account");

        assertThat(s.console.get("/console/account").status()).isEqualTo(200);
        assertThat(createRecord(other, otherCsrf, "另一会话的草稿").header("Location")).endsWith("/login?error=ended");
        assertThat(s.token.get("/api/v1/organs").status()).isEqualTo(401);
    }

    private void assertEnded(Staff s, String csrf, String title) {
        ApiClient.Response refused = createRecord(s.console, csrf, title);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/login?error=ended");
        assertThat(jdbc.sql("select count(*) from gov_record where title = ?").param(title).query(Long.class).single())
                .isZero();
        assertThat(s.console.get("/console/records").header("Location")).endsWith("/login");
        assertThat(s.console.get("/login?error=ended").body()).contains("当前会话已结束，请重新登录");
        assertThat(s.token.get("/api/v1/organs").status()).isEqualTo(401);
    }

    private static ApiClient.Response createRecord(ConsoleSession console, String csrf, String title) {
        return console.post("/console/records", "title=" + enc(title) + "&type=OTHER", csrf);
    }

    private Staff drafter(String username) {
        ApiClient.Response r = admin.post("/api/v1/staff", "{\"username\":\"" + username + "\",\"displayName\":\"测试\","
                + "\"organ\":\"sat\",\"password\":\"" + ApiClient.DEMO_PASSWORD
                + "\",\"roles\":[{\"role\":\"DRAFTER\",\"organ\":\"sat\"}]}");
        assertThat(r.status()).isEqualTo(201);
        return new Staff(r.json().get("staff").get("id").asLong(),
                ConsoleSession.login(admin.base(), username, ApiClient.DEMO_PASSWORD),
                new ApiClient(port).as(username));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Staff(long id, ConsoleSession console, ApiClient token) {
    }
}

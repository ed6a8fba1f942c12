package cn.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/** Managing staff and organs through the API, with organ scope enforced (SPEC 2: a user of one organ never acts for another). */
@WebTest
class StaffAdministrationWebTests {

    @LocalServerPort
    int port;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port).as("admin");
    }

    @Test
    void countyAdministratorGets403ManagingAUserOfAnotherOrgan() {
        create("tianhe-admin", "guangdong-guangzhou-tianhe", "ADMINISTRATOR");
        long yuexiuUser = create("yuexiu-clerk", "guangdong-guangzhou-yuexiu", "DRAFTER");
        long ownUser = create("tianhe-clerk", "guangdong-guangzhou-tianhe", "DRAFTER");
        ApiClient county = new ApiClient(port).as("tianhe-admin", ApiClient.DEMO_PASSWORD);

        assertThat(county.post("/api/v1/staff/" + yuexiuUser + "/disable", "").status()).isEqualTo(403);
        assertThat(county.post("/api/v1/staff/" + yuexiuUser + "/reset-password", "").status()).isEqualTo(403);
        assertThat(county.put("/api/v1/staff/" + ownUser + "/roles",
                "[{\"role\":\"ADMINISTRATOR\",\"organ\":\"guangdong\"}]").status()).isEqualTo(403);
        assertThat(county.post("/api/v1/staff", staffJson("sneaky", "guangdong", "DRAFTER")).status()).isEqualTo(403);
        assertThat(county.post("/api/v1/staff/" + ownUser + "/disable", "").json().get("enabled").asBoolean()).isFalse();
    }

    @Test
    void aDrafterCannotManageStaffAtAll() {
        ApiClient drafter = new ApiClient(port).as("sat-drafter");
        assertThat(drafter.post("/api/v1/staff", staffJson("x-user", "sat", "DRAFTER")).status()).isEqualTo(403);
    }

    @Test
    void disablingAnAccountRevokesItsTokensAndBlocksLogin() {
        long id = create("leaver", "sat", "DRAFTER");
        ApiClient leaver = new ApiClient(port).as("leaver", ApiClient.DEMO_PASSWORD);
        assertThat(leaver.get("/api/v1/organs").status()).isEqualTo(200);
        admin.post("/api/v1/staff/" + id + "/disable", "");
        assertThat(leaver.get("/api/v1/organs").status()).isEqualTo(401);
        assertThat(new ApiClient(port).post("/api/v1/auth/token",
                "{\"username\":\"leaver\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}").status()).isEqualTo(403);
    }

    @Test
    void resetPasswordGivesATemporaryPasswordThatWorks() {
        long id = create("forgetful", "beijing", "DRAFTER");
        String temporary = admin.post("/api/v1/staff/" + id + "/reset-password", "").json().get("temporaryPassword").asString();
        assertThat(new ApiClient(port).as("forgetful", temporary).token()).isNotBlank();
    }

    @Test
    void badStaffInputNamesEachField() {
        ApiClient.Response r = admin.post("/api/v1/staff", "{\"username\":\"Bad Name\",\"displayName\":\"\","
                + "\"organ\":\"atlantis\",\"email\":\"not-mail\",\"password\":\"short\","
                + "\"roles\":[{\"role\":\"KING\",\"organ\":\"sat\"}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"username\"", "\"field\":\"displayName\"", "\"field\":\"organ\"",
                "\"field\":\"email\"", "\"field\":\"password\"", "\"field\":\"roles[0].role\"");
        assertThat(r.json().get("detail").asString()).contains("atlantis");
    }

    @Test
    void malformedJsonIs400() {
        ApiClient.Response r = admin.post("/api/v1/staff", "{\"username\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("code").asString()).isEqualTo("MALFORMED_JSON");
        ApiClient.Response wrongType = admin.post("/api/v1/staff", "{\"username\":\"ok\",\"department\":\"abc\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"department\"");
    }

    @Test
    void oversizedBodyIs413() {
        ApiClient.Response r = admin.post("/api/v1/staff", "{\"username\":\"" + "x".repeat(2_000_000) + "\"}");
        assertThat(r.status()).isEqualTo(413);
    }

    @Test
    void unknownOrganIs404OnItsPathAnd400InABody() {
        assertThat(admin.get("/api/v1/organs/atlantis").status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/organs/guangdong/move", "{\"parent\":\"atlantis\"}").body())
                .contains("\"field\":\"parent\"");
    }

    @Test
    void administratorsAddRenameAndMoveOrgans() {
        ApiClient.Response added = admin.post("/api/v1/organs", "{\"code\":\"guangdong-foshan-chancheng\","
                + "\"name\":\"国家税务总局佛山市禅城区税务局\",\"shortName\":\"禅城区税务局\",\"parent\":\"guangdong-foshan\","
                + "\"divisionCode\":\"440604\",\"organizationCode\":\"440604035\",\"creditCode\":\"11440604440604035L\","
                + "\"departments\":[\"办公室\",\"法制股\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("level").asString()).isEqualTo("COUNTY");
        assertThat(added.json().get("departments").toString()).contains("法制股");
        ApiClient.Response duplicate = admin.post("/api/v1/organs", "{\"code\":\"guangdong-foshan-chancheng\","
                + "\"name\":\"国家税务总局佛山市禅城区税务局\",\"shortName\":\"禅城区税务局\",\"parent\":\"guangdong-foshan\","
                + "\"divisionCode\":\"440604\",\"organizationCode\":\"440604035\",\"creditCode\":\"11440604440604035L\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.body()).contains("\"field\":\"code\"", "\"field\":\"name\"");
        ApiClient.Response badCodes = admin.post("/api/v1/organs", "{\"code\":\"x1\",\"name\":\"某局\",\"shortName\":\"某局\","
                + "\"parent\":\"sat\",\"divisionCode\":\"12\",\"organizationCode\":\"12345678X\",\"creditCode\":\"123\"}");
        assertThat(badCodes.status()).isEqualTo(400);
        assertThat(badCodes.body()).contains("\"field\":\"divisionCode\"", "\"field\":\"organizationCode\"", "\"field\":\"creditCode\"");

        assertThat(admin.post("/api/v1/organs/guangdong-guangzhou-yuexiu/move", "{\"parent\":\"guangdong-foshan\"}")
                .json().get("parent").asString()).isEqualTo("guangdong-foshan");
        assertThat(admin.post("/api/v1/organs/guangdong/move", "{\"parent\":\"guangdong-guangzhou\"}").status())
                .isEqualTo(400);
        ApiClient.Response renamed = admin.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(admin.base() + "/api/v1/organs/guangdong-foshan"))
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"国家税务总局佛山市税务局（更名）\",\"shortName\":\"佛山市税务局\"}")));
        assertThat(renamed.json().get("name").asString()).isEqualTo("国家税务总局佛山市税务局（更名）");
    }

    @Test
    void shipsTheOrganHierarchy() {
        ApiClient.Response organs = admin.get("/api/v1/organs");
        assertThat(organs.json().size()).isGreaterThanOrEqualTo(1 + 36 + 4 + 8);
        assertThat(organs.body()).contains("国家税务总局深圳市税务局", "国家税务总局广州市天河区税务局", "国家税务总局昆山市税务局");
        long provincial = java.util.stream.StreamSupport.stream(organs.json().spliterator(), false)
                .filter(o -> o.get("level").asString().equals("PROVINCIAL")).count();
        assertThat(provincial).isEqualTo(36);
        assertThat(admin.get("/api/v1/organs/sat").json().get("departments").toString())
                .contains("办公厅", "政策法规司", "纳税服务司", "稽查局");
    }

    @Test
    void consolePagesListCreateAndShowStaff() {
        ConsoleSession console = ConsoleSession.login(admin.base(), "admin", ApiClient.DEMO_PASSWORD);
        ApiClient.Response created = console.form("/console/staff/new", "/console/staff",
                "username=console-made&displayName=%E5%BC%A0%E4%B8%89&organ=beijing&role=DRAFTER&password=");
        assertThat(created.status()).isEqualTo(302);
        assertThat(console.get(created.header("Location")).body()).contains("console-made", "临时密码");
        ApiClient.Response invalid = console.form("/console/staff/new", "/console/staff",
                "username=&displayName=&organ=beijing&role=&password=");
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("用户名须为2至60个字符");
    }

    private long create(String username, String organ, String role) {
        ApiClient.Response r = admin.post("/api/v1/staff", staffJson(username, organ, role));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("staff").get("id").asLong();
    }

    private static String staffJson(String username, String organ, String role) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"测试用户\",\"organ\":\"" + organ
                + "\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\",\"roles\":[{\"role\":\"" + role + "\",\"organ\":\""
                + organ + "\"}]}";
    }
}

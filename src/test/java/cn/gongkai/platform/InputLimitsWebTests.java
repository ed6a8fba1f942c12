package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits the storage imposes are refused as 400 naming the field, before anything is written:
 * bcrypt's 72 bytes for passwords, and column lengths counted as the database counts them (H2
 * counts an emoji as two characters), never a 409 or 500 from the database.
 */
@WebTest
class InputLimitsWebTests {

    static final String EMOJI_100 = "😀".repeat(100);
    /** 25 Chinese characters: 75 bytes in UTF-8, over bcrypt's 72 although only 25 characters. */
    static final String PASSWORD_75_BYTES = "密".repeat(25);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    static List<String> fields(ApiClient.Response r) {
        List<String> out = new ArrayList<>();
        r.json().path("errors").forEach(e -> out.add(e.get("field").asString()));
        return out;
    }

    @Test
    void passwordsOverBcryptsSeventyTwoBytesAreRefusedNamingTheField() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response token = anonymous.post("/api/v1/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + PASSWORD_75_BYTES + "\"}");
        assertThat(token.status()).as(token.body()).isEqualTo(400);
        assertThat(fields(token)).containsExactly("password");
        assertThat(token.json().get("detail").asString()).contains("72");

        ApiClient admin = anonymous.as("admin");
        ApiClient.Response created = admin.post("/api/v1/staff", "{\"username\":\"long-password\",\"displayName\":\"长密码\","
                + "\"organ\":\"sat\",\"password\":\"" + "a".repeat(73) + "\",\"roles\":[{\"role\":\"DRAFTER\",\"organ\":\"sat\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(400);
        assertThat(fields(created)).containsExactly("password");
        assertThat(admin.get("/api/v1/staff?organ=sat").body()).doesNotContain("long-password");

        ConsoleSession console = ConsoleSession.login(anonymous.base(), "sat-office", ApiClient.DEMO_PASSWORD);
        ApiClient.Response page = console.form("/console/account", "/console/account/password", "oldPassword="
                + URLEncoder.encode(PASSWORD_75_BYTES, StandardCharsets.UTF_8) + "&newPassword="
                + URLEncoder.encode(PASSWORD_75_BYTES, StandardCharsets.UTF_8));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("72");
        assertThat(new ApiClient(port).as("sat-office").token()).isNotBlank();
    }

    @Test
    void textsThatDoNotFitTheirColumnAre400NamingTheFieldNot409() {
        ApiClient anonymous = new ApiClient(port);
        ApiClient.Response request = anonymous.post("/api/v1/public/requests", JSON.writeValueAsString(java.util.Map.of(
                "applicantType", "NATURAL_PERSON", "name", EMOJI_100, "idNumber", "440106199003071231",
                "phone", "13912345678", "organ", "guangdong", "description", "2025年广东省增值税留抵退税办理情况统计表",
                "form", "ELECTRONIC", "delivery", "ONLINE")));
        assertThat(request.status()).as(request.body()).isEqualTo(400);
        assertThat(fields(request)).containsExactly("name");

        ApiClient admin = anonymous.as("admin");
        ApiClient.Response staff = admin.post("/api/v1/staff", "{\"username\":\"long-mail\",\"displayName\":\"长邮箱\","
                + "\"organ\":\"sat\",\"email\":\"" + "a".repeat(190) + "@example.org\","
                + "\"roles\":[{\"role\":\"DRAFTER\",\"organ\":\"sat\"}]}");
        assertThat(staff.status()).as(staff.body()).isEqualTo(400);
        assertThat(fields(staff)).containsExactly("email");

        ApiClient.Response organ = admin.post("/api/v1/organs", "{\"code\":\"x1\",\"name\":\"某局\",\"shortName\":\"某局\","
                + "\"parent\":\"sat\",\"divisionCode\":\"12\",\"organizationCode\":\"12345678X\",\"creditCode\":\"123\","
                + "\"departments\":[\"办公室\",\"" + EMOJI_100 + "\"]}");
        assertThat(organ.status()).isEqualTo(400);
        assertThat(fields(organ)).contains("departments[1]").doesNotContain("departments[0]");

        ApiClient drafter = anonymous.as("sat-drafter");
        List<String> issuers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            issuers.add(String.valueOf(i).repeat(100));
        }
        ApiClient.Response record = drafter.post("/api/v1/records", JSON.writeValueAsString(java.util.Map.of(
                "title", "联合发文机关过长", "type", "OTHER", "attribute", "PROACTIVE", "jointIssuers", issuers)));
        assertThat(record.status()).as(record.body()).isEqualTo(400);
        assertThat(fields(record)).contains("jointIssuers");
    }
}

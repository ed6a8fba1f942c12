package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator loads a new year's holiday notice without a release (SPEC M1), over the API
 * and the staff console; nobody else may. Uploading changes the calendar, so the context is
 * discarded afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HolidayYearUploadWebTests {

    private static final String PASSWORD = "Demo-Passw0rd!";
    private static final String NOTICE_2029 = "{\"year\":2029,\"days\":[{\"date\":\"2029-01-01\",\"name\":\"元旦\","
            + "\"isOffDay\":true}]}";
    private static final String NOTICE_2027 = """
            {"year": 2027, "days": [
              {"date": "2026-12-31", "name": "元旦", "isOffDay": true},
              {"date": "2027-01-01", "name": "元旦", "isOffDay": true},
              {"date": "2027-02-06", "name": "春节", "isOffDay": false},
              {"date": "2027-02-08", "name": "春节", "isOffDay": true}
            ]}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void staff() {
        // The organization module's demo loader creates "admin"; until it exists on this branch the test does.
        account("admin", "ADMINISTRATOR");
        account("calendar-drafter", "DRAFTER");
    }

    @Test
    void onlyAdministratorsMayUpload() throws Exception {
        assertThat(upload(null, 2029, "application/json", NOTICE_2029).statusCode()).isEqualTo(401);
        assertThat(upload(token("calendar-drafter"), 2029, "application/json", NOTICE_2029).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/calendar/days/2029-01-01").statusCode()).isEqualTo(422);
    }

    @Test
    void anUploaded2027NoticeMakes2027DatesAnswerAndIsAudited() throws Exception {
        HttpResponse<String> uploaded = upload(token("admin"), 2027, "application/json", NOTICE_2027);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(json(uploaded).get("days").intValue()).isEqualTo(4);
        assertThat(get("/api/v1/calendar/days/2027-01-01").body())
                .isEqualTo("{\"date\":\"2027-01-01\",\"workingDay\":false,\"kind\":\"HOLIDAY\",\"holiday\":\"元旦\"}");
        // Sat 2027-02-06 is a make-up working day of 春节; 2026-12-31 is set by the 2027 notice
        assertThat(json(get("/api/v1/calendar/days/2027-02-06")).get("kind").stringValue()).isEqualTo("MAKEUP_WORKDAY");
        assertThat(json(get("/api/v1/calendar/days/2026-12-31")).get("kind").stringValue()).isEqualTo("HOLIDAY");
        // 2026-12-24 + 6 working days: 12-25 (1), 12-28..12-30 (2..4), 12-31 and 01-01 off (元旦 of the 2027
        // notice), 01-02/03 weekend, Mon 01-04 (5), Tue 2027-01-05 (6)
        assertThat(json(get("/api/v1/calendar/due?from=2026-12-24&workingDays=6")).get("due").stringValue())
                .isEqualTo("2027-01-05");
        JsonNode y2027 = null;
        for (JsonNode year : json(get("/api/v1/calendar/years"))) {
            y2027 = year.get("year").intValue() == 2027 ? year : y2027;
        }
        assertThat(y2027).isNotNull();
        assertThat(y2027.get("source").stringValue()).isEqualTo("uploaded");
        assertThat(y2027.get("uploadedBy").stringValue()).isEqualTo("admin");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'calendar.year-uploaded' and actor = 'admin'"
                + " and subject_id = '2027'").query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void aBadFileIsRefusedNamingItsLinesAndChangesNothing() throws Exception {
        HttpResponse<String> refused = upload(token("admin"), 2028, "text/csv",
                "date,name,isOffDay\n2028-01-01,元旦,true\n2028-01-01,元旦,true\n2031-05-01,劳动节,true\n2028-02-01,,true\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = json(refused).get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("line 5.name", "line 3.date", "line 4.date");
        assertThat(get("/api/v1/calendar/days/2028-01-01").statusCode()).isEqualTo(422);
        assertThat(upload(token("admin"), 2028, "application/xml", "<x/>").statusCode()).isEqualTo(415);
    }

    @Test
    void theConsolePageIsForAdministratorsOnly() throws Exception {
        HttpClient drafter = browser("calendar-drafter");
        assertThat(drafter.send(request("/console/calendar").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(drafter.send(request("/console").build(), HttpResponse.BodyHandlers.ofString()).body())
                .doesNotContain("href=\"/console/calendar\"");
    }

    @Test
    void theConsoleListsTheYearsAndUploadsAFile() throws Exception {
        HttpClient browser = browser("admin");
        HttpResponse<String> page = browser.send(request("/console/calendar").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("节假日安排").contains("2024年").contains("国庆节").contains("2024-10-01 – 2024-10-07")
                .contains("href=\"/console/calendar\"");

        String boundary = "calendar-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf(page.body())
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2030\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"2030.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "date,name,isOffDay\n2030-01-01,元旦,true\n2030-01-05,元旦,false\n\r\n--" + boundary + "--\r\n";
        HttpResponse<String> posted = browser.send(request("/console/calendar/years")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        String after = browser.send(request("/console/calendar").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(after).contains("2030年节假日安排已上传").contains("2030年").contains("admin于");
        assertThat(json(get("/api/v1/calendar/days/2030-01-05")).get("kind").stringValue()).isEqualTo("MAKEUP_WORKDAY");
    }

    /** A browser session logged in through the login form (with its CSRF token). */
    private HttpClient browser(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> loggedIn = browser.send(request("/login").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("username=" + username
                        + "&password=" + PASSWORD + "&_csrf=" + csrf(login))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return browser;
    }

    private HttpResponse<String> upload(String token, int year, String type, String body) throws Exception {
        HttpRequest.Builder request = request("/api/v1/calendar/years/" + year)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String username) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request("/api/v1/auth/token")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("token").stringValue();
    }

    private void account(String username, String role) {
        if (jdbc.sql("select count(*) from staff_account where username = ?").param(username).query(Long.class)
                .single() > 0) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into staff_account (username, display_name, organ_id, password_hash, created_at, "
                + "password_changed_at) values (?, ?, 1, ?, ?, ?)")
                .params(username, username, passwords.encode(PASSWORD), now, now).update();
        long id = jdbc.sql("select id from staff_account where username = ?").param(username).query(Long.class).single();
        jdbc.sql("insert into role_assignment (staff_id, role, organ_id) values (?, ?, 1)").params(id, role).update();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("CSRF field in " + html).isTrue();
        return m.group(1);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}

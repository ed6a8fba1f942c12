package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ledger.HistoryEntry;
import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.ObligationQueries;
import cn.gongkai.organization.Organization;
import cn.gongkai.support.MutableClock;
import cn.gongkai.support.TestClockConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9 A.3: on 2026-12-01 the year 2027 has no holiday data. A duty crossing into it is stored
 * with its due time unknown (the act does not fail); a request due in late December is
 * provisional. Loading the 2027 notice recomputes every open due time, records old → new in the
 * ledger's history and in the request's timeline. Uploading changes the calendar: own context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HolidayNoticeRecomputeWebTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The 2027 notice; it moves the last days of December 2026 too (as notices do). */
    private static final String NOTICE_2027 = """
            {"year": 2027, "days": [
              {"date": "2026-12-28", "name": "元旦", "isOffDay": true},
              {"date": "2026-12-31", "name": "元旦", "isOffDay": true},
              {"date": "2027-01-01", "name": "元旦", "isOffDay": true},
              {"date": "2027-01-04", "name": "元旦", "isOffDay": true}
            ]}""";

    @LocalServerPort int port;
    @Autowired MutableClock clock;
    @Autowired Ledger ledger;
    @Autowired Obligations obligations;
    @Autowired ObligationQueries queries;
    @Autowired Organization organization;
    @Autowired WorkingCalendar calendar;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void uploadingTheNextYearsNoticeRecomputesOpenDueTimesAndRecordsTheChange() throws Exception {
        clock.set(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, CHINA).toInstant());
        // a licensing decision of 2026-12-25: 7 working days run into 2027 → stored, due unknown
        long guangdong = organization.organByCode("guangdong").orElseThrow().getId();
        SubjectRef licence = new SubjectRef("licence", "L-" + UUID.randomUUID(), null);
        Instant decided = ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, CHINA).toInstant().plusSeconds(86_400L * 25);
        ledger.open(RuleIds.LICENCE_DECISION, guangdong, licence, decided).orElseThrow();
        ObligationView unknown = obligations.find(RuleIds.LICENCE_DECISION, licence).orElseThrow();
        assertThat(unknown.dueAt()).isNull();
        assertThat(unknown.dueUnknownYear()).isEqualTo(2027);
        assertThat(unknown.state()).isEqualTo(ObligationState.OPEN);

        // a request received today, due 2026-12-29: provisional
        Map<String, Object> application = new HashMap<>();
        application.put("applicantType", "NATURAL_PERSON");
        application.put("name", "张三");
        application.put("idNumber", "11010519491231002X");
        application.put("phone", "13800138000");
        application.put("organ", "guangdong");
        application.put("description", "2026年度某区车船税征收统计");
        application.put("form", "ELECTRONIC");
        application.put("delivery", "ONLINE");
        HttpResponse<String> created = post("/api/v1/public/requests", JSON.writeValueAsString(application),
                "application/json", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = JSON.readTree(created.body());
        assertThat(receipt.get("dueOn").asString()).isEqualTo("2026-12-29");
        assertThat(receipt.get("dueProvisional").asBoolean()).isTrue();
        String code = receipt.get("trackingCode").asString().replace("-", "");

        HttpResponse<String> uploaded = post("/api/v1/calendar/years/2027", NOTICE_2027, "application/json",
                token("admin"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);

        // 12-28 is now a holiday: 20 working days end on 12-30; the new year is known: not provisional
        LocalDate expected = calendar.due(new Period.WorkingDays(20), LocalDate.of(2026, 12, 1)).date();
        assertThat(expected).isEqualTo(LocalDate.of(2026, 12, 30));
        JsonNode tracked = JSON.readTree(get("/api/v1/public/requests/" + code).body());
        assertThat(tracked.get("dueOn").asString()).isEqualTo("2026-12-30");
        assertThat(tracked.get("dueProvisional").asBoolean()).isFalse();
        assertThat(tracked.get("events").toString()).contains("DUE_RECOMPUTED", "2026-12-30");

        ObligationView licenceNow = obligations.find(RuleIds.LICENCE_DECISION, licence).orElseThrow();
        assertThat(licenceNow.dueAt()).isNotNull();
        assertThat(licenceNow.dueUnknownYear()).isNull();
        assertThat(licenceNow.lastDay()).isEqualTo(calendar.due(new Period.WorkingDays(7), decided).date());
        assertThat(queries.getWithHistory(licenceNow.id()).getHistory()).filteredOn(h -> h.getAction()
                .equals("recomputed")).singleElement().extracting(HistoryEntry::getDetail).asString()
                .contains("unknown -> ", "holiday-notice-2027");
    }

    private HttpResponse<String> post(String path, String body, String type, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String token(String username) throws Exception {
        HttpResponse<String> r = post("/api/v1/auth/token", "{\"username\":\"" + username
                + "\",\"password\":\"Demo-Passw0rd!\"}", "application/json", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("token").asString();
    }
}

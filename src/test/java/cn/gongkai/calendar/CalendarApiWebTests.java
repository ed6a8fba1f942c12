package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public calendar API over real HTTP: answers, explanations, and every refusal naming its parameter. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CalendarApiWebTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void answersTheCalendarOfADay() throws Exception {
        assertThat(get("/api/v1/calendar/days/2024-10-01").body())
                .isEqualTo("{\"date\":\"2024-10-01\",\"workingDay\":false,\"kind\":\"HOLIDAY\",\"holiday\":\"国庆节\"}");
        assertThat(get("/api/v1/calendar/days/2024-09-29").body())
                .isEqualTo("{\"date\":\"2024-09-29\",\"workingDay\":true,\"kind\":\"MAKEUP_WORKDAY\",\"holiday\":\"国庆节\"}");
        assertThat(get("/api/v1/calendar/days/2024-10-08").body())
                .isEqualTo("{\"date\":\"2024-10-08\",\"workingDay\":true,\"kind\":\"WORKDAY\",\"holiday\":null}");
        assertThat(get("/api/v1/calendar/days/2024-09-28").body())
                .isEqualTo("{\"date\":\"2024-09-28\",\"workingDay\":false,\"kind\":\"WEEKEND\",\"holiday\":null}");
    }

    @Test
    void answersDueDatesForEachKindOfPeriod() throws Exception {
        // 2024 国庆节: off 10-01..10-07, make-up Sun 09-29 and Sat 10-12
        assertThat(get("/api/v1/calendar/due?from=2024-09-27&workingDays=7").body()).isEqualTo("{\"due\":\"2024-10-12\",\"provisional\":false}");
        // 民法典 art. 203: Sun 10-06 is off, so the next working day 10-08
        assertThat(due("from=2024-09-06&days=30")).isEqualTo("2024-10-08");
        assertThat(due("from=2024-09-27T09:30&hours=5")).isEqualTo("2024-09-27T14:30:00+08:00");
        assertThat(due("from=2024-09-30T12:00Z&hours=5")).isEqualTo("2024-10-01T01:00:00+08:00");
        assertThat(due("from=2024-10-20&dayOfNextMonth=10")).isEqualTo("2024-11-11");
        // 政府信息公开条例 art. 49 for 2024: 2025-01-31 is in 春节, so 02-05
        assertThat(due("from=2024-12-31&beforeMonthDay=01-31")).isEqualTo("2025-02-05");
        assertThat(due("from=2024-11-15&within=quarter")).isEqualTo("2024-12-31");
        // a day-based period started by an instant counts from its day in Asia/Shanghai
        assertThat(due("from=2024-09-27T18:00%2B08:00&workingDays=7")).isEqualTo("2024-10-12");
        // 政府信息公开条例 art. 32: five paused working days
        assertThat(due("from=2024-09-02&workingDays=20&pause=2024-09-09/2024-09-13")).isEqualTo("2024-10-12");
        assertThat(due("from=2024-09-02&workingDays=20&pause=2024-09-09/2024-09-10&pause=2024-09-11/2024-09-13"))
                .isEqualTo("2024-10-12");
    }

    @Test
    void explainsTheComputationInChineseByDefault() throws Exception {
        JsonNode e = json(get("/api/v1/calendar/due?from=2024-09-27&workingDays=7&explain=true")).get("explanation");
        assertThat(e.get("rule").get("key").stringValue()).isEqualTo("WORKING_DAYS");
        assertThat(e.get("rule").get("text").stringValue()).startsWith("7个工作日").contains("第二百零一条");
        assertThat(e.get("start").stringValue()).isEqualTo("2024-09-27");
        assertThat(e.get("counted")).hasSize(7);
        assertThat(e.get("counted").get(0).get("ordinal").intValue()).isEqualTo(1);
        assertThat(e.get("counted").get(0).get("date").stringValue()).isEqualTo("2024-09-29");
        assertThat(e.get("skipped").get(0).get("reason").stringValue()).isEqualTo("WEEKEND");
        assertThat(e.get("skipped").get(1).get("reason").stringValue()).isEqualTo("HOLIDAY");
        assertThat(e.get("skipped").get(1).get("text").stringValue()).isEqualTo("2024-10-01（星期二）是国庆节假期，不计入。");
        assertThat(e.get("makeupDays")).hasSize(2);
        assertThat(e.get("makeupDays").get(1).get("text").stringValue())
                .isEqualTo("2024-10-12（星期六）是国庆节调休上班日，计为第7个工作日。");
        assertThat(e.get("due").stringValue()).isEqualTo("2024-10-12");
    }

    @Test
    void explainsTheMoveOffARestDayInEnglish() throws Exception {
        JsonNode e = json(get("/api/v1/calendar/due?from=2024-09-06&days=30&explain=true&lang=en")).get("explanation");
        assertThat(e.get("rule").get("text").stringValue()).contains("Civil Code art. 203");
        JsonNode move = e.get("adjustments").get(0);
        assertThat(move.get("reason").stringValue()).isEqualTo("NEXT_WORKING_DAY");
        assertThat(move.get("from").stringValue()).isEqualTo("2024-10-06");
        assertThat(move.get("to").stringValue()).isEqualTo("2024-10-08");
        assertThat(move.get("text").stringValue()).isEqualTo("The last day 2024-10-06 (Sunday) is a day off of the "
                + "国庆节 holiday; the period ends on the next working day, 2024-10-08 (Tuesday) (Civil Code art. 203).");
    }

    @Test
    void explainsAnHourPeriodWithInstants() throws Exception {
        JsonNode e = json(get("/api/v1/calendar/due?from=2024-09-30T20:00&hours=5&explain=true")).get("explanation");
        assertThat(e.get("rule").get("key").stringValue()).isEqualTo("HOURS");
        assertThat(e.get("start").stringValue()).isEqualTo("2024-09-30T20:00:00+08:00");
        assertThat(e.get("due").stringValue()).isEqualTo("2024-10-01T01:00:00+08:00");
        assertThat(e.get("counted")).isEmpty();
    }

    @Test
    void refusesBadParametersNamingThem() throws Exception {
        assertRefused("/api/v1/calendar/days/2024-13-01", "date");
        assertRefused("/api/v1/calendar/due?workingDays=7", "from");
        assertRefused("/api/v1/calendar/due?from=27.09.2024&workingDays=7", "from");
        assertRefused("/api/v1/calendar/due?from=+99999-01-01&workingDays=7", "from");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&workingDays=-1", "workingDays");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&workingDays=0", "workingDays");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&workingDays=100000", "workingDays");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&workingDays=seven", "workingDays");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&days=99999999999", "days");
        assertRefused("/api/v1/calendar/due?from=2024-09-27T09:30&hours=100000", "hours");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&hours=5", "from");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&dayOfNextMonth=32", "dayOfNextMonth");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&beforeMonthDay=02-30", "beforeMonthDay");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&within=week", "within");
        assertRefused("/api/v1/calendar/due?from=2024-09-27", "period");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&workingDays=7&pause=2024-10-10/2024-10-01", "pause");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&dayOfNextMonth=10&pause=2024-10-01", "pause");
        assertRefused("/api/v1/calendar/due?from=2024-09-27&workingDays=7&explain=maybe", "explain");
        HttpResponse<String> two = get("/api/v1/calendar/due?from=2024-09-27&workingDays=7&days=30");
        assertThat(two.statusCode()).isEqualTo(400);
        JsonNode errors = json(two).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").stringValue()).isEqualTo("workingDays");
        assertThat(errors.get(1).get("field").stringValue()).isEqualTo("days");
        assertThat(errors.get(0).get("message").stringValue()).contains("workingDays, days");
    }

    @Test
    void refusesYearsWithoutPublishedHolidayArrangementsWith422() throws Exception {
        HttpResponse<String> day = get("/api/v1/calendar/days/2027-01-01");
        assertThat(day.statusCode()).isEqualTo(422);
        assertThat(day.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        assertThat(json(day).get("code").stringValue()).isEqualTo("CALENDAR_YEAR_UNKNOWN");
        assertThat(json(day).get("detail").stringValue()).isEqualTo("2027年节假日安排尚未发布");
        HttpResponse<String> due = get("/api/v1/calendar/due?from=2026-12-24&workingDays=6&lang=en");
        assertThat(due.statusCode()).isEqualTo(422);
        assertThat(json(due).get("detail").stringValue())
                .isEqualTo("The holiday arrangements for 2027 have not been published yet");
        assertThat(get("/api/v1/calendar/due?from=2031-05-01&days=3").statusCode()).isEqualTo(422);
    }

    @Test
    void listsTheKnownYearsAndAYearsHolidays() throws Exception {
        JsonNode years = json(get("/api/v1/calendar/years"));
        assertThat(years).hasSize(11);
        assertThat(years.get(0).get("year").intValue()).isEqualTo(2026);
        assertThat(years.get(0).get("source").stringValue()).isEqualTo("shipped");
        JsonNode y2024 = json(get("/api/v1/calendar/years/2024"));
        assertThat(y2024.get("days")).hasSize(36);
        assertThat(get("/api/v1/calendar/years/2027").statusCode()).isEqualTo(422);
    }

    @Test
    void documentsTheEndpointsInOpenApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = json(docs).get("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/calendar/days/{date}", "/api/v1/calendar/due",
                "/api/v1/calendar/years", "/api/v1/calendar/years/{year}");
        assertThat(paths.get("/api/v1/calendar/due").get("get").get("parameters").toString())
                .contains("workingDays", "dayOfNextMonth", "pause", "explain");
    }

    private String due(String query) throws Exception {
        HttpResponse<String> response = get("/api/v1/calendar/due?" + query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return json(response).get("due").stringValue();
    }

    private void assertRefused(String path, String field) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("code").stringValue()).isEqualTo("INVALID_INPUT");
        assertThat(problem.get("errors").get(0).get("field").stringValue()).as(path).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("message").stringValue()).isNotBlank();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }
}

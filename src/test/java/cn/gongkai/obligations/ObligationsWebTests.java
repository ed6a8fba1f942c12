package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.organization.Organization;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ledger and compliance API and the console pages over real HTTP: scope, waivers, bad input. */
@ObligationsContext
class ObligationsWebTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Instant RECEIVED = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, CHINA).toInstant();

    @LocalServerPort int port;
    @Autowired Ledger ledger;
    @Autowired Organization organization;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void guangdongUserDoesNotSeeSatObligations() throws Exception {
        Obligation atSat = open("sat");
        Obligation atGuangdong = open("guangdong");

        List<Long> seen = ids(get("/api/v1/obligations?rule=" + RuleIds.REQUEST_REPLY + "&from=2026-03-01&to=2026-04-30",
                "gd-office", 200));
        assertThat(seen).contains(atGuangdong.getId()).doesNotContain(atSat.getId());
        JsonNode refused = get("/api/v1/obligations?organ=sat", "gd-office", 403);
        assertThat(refused.path("code").asString()).isEqualTo("FORBIDDEN");
        get("/api/v1/obligations/compliance?organ=sat", "gd-office", 403);
    }

    @Test
    void satSupervisorSeesGuangdongObligationsInTheSubtree() throws Exception {
        Obligation atSat = open("sat");
        Obligation atGuangdong = open("guangdong");

        assertThat(ids(get("/api/v1/obligations?organ=guangdong&rule=" + RuleIds.REQUEST_REPLY
                + "&from=2026-03-01&to=2026-04-30", "sat-office", 200))).contains(atGuangdong.getId())
                .doesNotContain(atSat.getId());
        assertThat(ids(get("/api/v1/obligations?rule=" + RuleIds.REQUEST_REPLY + "&from=2026-03-01&to=2026-04-30",
                "sat-office", 200))).contains(atGuangdong.getId(), atSat.getId());
        JsonNode figures = get("/api/v1/obligations/compliance?organ=sat&period=2026-Q1", "sat-office", 200);
        assertThat(figures.path("subtree").findValuesAsString("code")).contains("sat", "guangdong");
        // triggered in March, looked at in real time: long overdue by now
        assertThat(figures.path("byRule").path(RuleIds.REQUEST_REPLY).path("total").asLong()).isPositive();
    }

    @Test
    void waiverNeedsAReasonAndAnAdministratorOrSupervisorOfTheOrgan() throws Exception {
        Obligation obligation = open("guangdong");
        String path = "/api/v1/obligations/" + obligation.getId() + "/waive";

        JsonNode missing = post(path, "{}", "gd-office", 400);
        assertThat(missing.path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(missing.path("errors").get(0).path("message").asString()).contains("理由");
        assertThat(post(path, "{\"reason\":\"   \"}", "gd-office", 400).path("errors").get(0).path("field")
                .asString()).isEqualTo("reason");
        post(path, "{\"reason\":\"申请人撤回申请\"}", "gd-drafter", 403);
        post(path, "{\"reason\":\"申请人撤回申请\"}", "sat-drafter", 403);

        JsonNode waived = post(path, "{\"reason\":\"申请人撤回申请\"}", "gd-office", 200);
        assertThat(waived.path("state").asString()).isEqualTo("WAIVED");
        assertThat(waived.path("waivedBy").asString()).isEqualTo("gd-office");
        assertThat(waived.path("waivedReason").asString()).isEqualTo("申请人撤回申请");
        assertThat(post(path, "{\"reason\":\"again\"}", "sat-office", 422).path("code").asString())
                .isEqualTo("OBLIGATION_CLOSED");
        post("/api/v1/obligations/999999999/waive", "{\"reason\":\"x\"}", "admin", 404);
    }

    @Test
    void badFiltersAreRefusedNamingTheField() throws Exception {
        assertThat(fields(get("/api/v1/obligations?state=DONE&from=2026-13-01&rule=nope&page=0", "admin", 400)))
                .containsExactlyInAnyOrder("state", "from", "rule", "page");
        assertThat(fields(get("/api/v1/obligations?from=2026-05-01&to=2026-04-01", "admin", 400)))
                .containsExactly("to");
        assertThat(fields(get("/api/v1/obligations?organ=atlantis", "admin", 400))).containsExactly("organ");
        assertThat(fields(get("/api/v1/obligations/compliance?period=2026-Q5", "admin", 400)))
                .containsExactly("period");
        get("/api/v1/obligations", null, 401);
    }

    @Test
    void consolePagesShowRulesLedgerDashboardObligationAndInbox() throws Exception {
        Obligation obligation = open("guangdong");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        login(browser, "sat-office");

        String rules = page(browser, "/console/obligations/rules");
        assertThat(rules).contains("《政府信息公开条例》第三十三条", "《全面推进政务公开工作实施办法》六(三)",
                "《政府信息公开条例》第四十九条", "次年01-31前", "2019-05-15");
        String english = page(browser, "/console/obligations/rules?lang=en");
        assertThat(english).contains("Regulations on Open Government Information, art. 33", "20 working days");
        page(browser, "/console/obligations/rules?lang=zh-CN");

        String dashboard = page(browser, "/console/obligations?organ=sat&period=2026-Q1");
        assertThat(dashboard).contains("<svg", "subtree-map", "广东省税务局及下级").doesNotContain("style=");
        assertThat(page(browser, "/console/obligations/ledger?organ=guangdong&rule=" + RuleIds.REQUEST_REPLY))
                .contains("/console/obligations/" + obligation.getId());
        String detail = page(browser, "/console/obligations/" + obligation.getId());
        // the stored summary's machine words are shown in the UI language (issue 10 C.3)
        assertThat(detail).contains("工作日 [days=20]", "豁免该义务", obligation.getSubject().consolePath())
                .doesNotContain("WORKING_DAYS");
        assertThat(page(browser, "/console/inbox")).contains("inbox-unread");
    }

    private Obligation open(String organCode) {
        long organ = organization.organByCode(organCode).orElseThrow().getId();
        String id = "GK-" + UUID.randomUUID();
        return ledger.open(RuleIds.REQUEST_REPLY, organ, new SubjectRef("request", id, "/console/requests/" + id),
                RECEIVED).orElseThrow();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private JsonNode get(String path, String user, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return expect(http.send(request.build(), HttpResponse.BodyHandlers.ofString()), status);
    }

    private JsonNode post(String path, String body, String user, int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return expect(http.send(request, HttpResponse.BodyHandlers.ofString()), status);
    }

    private JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
    }

    private String token(String user) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"Demo-Passw0rd!\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("token").asString();
    }

    private void login(HttpClient browser, String user) throws Exception {
        String form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + user + "&password=" + URLEncoder.encode("Demo-Passw0rd!", StandardCharsets.UTF_8)
                + "&_csrf=" + csrf.group(1);
        HttpResponse<String> done = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.uri().getPath()).isEqualTo("/console");
    }

    private String page(HttpClient browser, String path) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

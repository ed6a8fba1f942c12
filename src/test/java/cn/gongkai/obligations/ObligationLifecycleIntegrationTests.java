package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ledger.DueScan;
import cn.gongkai.organization.Organization;
import cn.gongkai.support.MutableClock;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The life of one obligation through the whole platform: a request arrives (Regulations art. 33,
 * 20 working days), time passes on the injectable clock, the due-soon reminder and the overdue
 * escalation go out exactly once each (inbox and e-mail over a real SMTP server) although the
 * scan runs twice and the platform restarts on the same database, the late reply closes it as
 * met late, and the compliance figures count it.
 */
class ObligationLifecycleIntegrationTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A Monday; the trigger day itself is not counted. */
    private static final Instant RECEIVED = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, CHINA).toInstant();
    static final MutableClock CLOCK = new MutableClock(RECEIVED, CHINA);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final String database = "lifecycle-" + UUID.randomUUID();
    private ConfigurableApplicationContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void requestReplyIsRemindedOnceEscalatedOnceAcrossRestartAndCountedAsMetLate() throws Exception {
        context = start();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        jdbc.sql("update staff_account set email = username || '@tax.example'").update();
        long guangdong = context.getBean(Organization.class).organByCode("guangdong").orElseThrow().getId();
        SubjectRef request = new SubjectRef("request", "GK-2026-LIFE", "/console/requests/GK-2026-LIFE");

        publish(new ObligationTriggered(RuleIds.REQUEST_REPLY, guangdong, request, RECEIVED));

        Obligations obligations = context.getBean(Obligations.class);
        ObligationView opened = await().atMost(Duration.ofSeconds(20))
                .until(() -> obligations.find(RuleIds.REQUEST_REPLY, request).orElse(null), v -> v != null);
        Instant due = WorkingCalendar.fromShippedData().due(new Period.WorkingDays(20), RECEIVED).deadline()
                .toInstant();
        assertThat(opened.dueAt()).isEqualTo(due);
        assertThat(opened.state()).isEqualTo(ObligationState.OPEN);
        assertThat(opened.source()).isEqualTo("《政府信息公开条例》第三十三条");
        assertThat(opened.dueExplanation()).contains("WORKING_DAYS").contains("counted 20");

        // five days before the due time (the rule's reminder lead) the handlers are reminded, once
        CLOCK.set(due.minus(Duration.ofDays(5)).plus(Duration.ofHours(1)));
        scanTwice();
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, request).orElseThrow().state())
                .isEqualTo(ObligationState.DUE_SOON);
        assertThat(inbox(opened.id(), "DUE_SOON")).containsExactly("gd-office");
        assertThat(mails("义务#" + opened.id() + "即将到期")).containsExactly("gd-office@tax.example");

        // past the due time the supervisors of the organ get the escalation, once
        CLOCK.set(due.plus(Duration.ofHours(2)));
        scanTwice();
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, request).orElseThrow().state())
                .isEqualTo(ObligationState.OVERDUE);
        assertThat(inbox(opened.id(), "OVERDUE")).containsExactly("gd-office");
        assertThat(mails("义务#" + opened.id() + "已逾期")).containsExactly("gd-office@tax.example");

        // a restart on the same database sends nothing again
        context.close();
        context = start();
        CLOCK.advance(Duration.ofHours(1));
        scanTwice();
        assertThat(inbox(opened.id(), "DUE_SOON")).hasSize(1);
        assertThat(inbox(opened.id(), "OVERDUE")).hasSize(1);
        assertThat(mails("义务#" + opened.id())).hasSize(2);

        // the late reply closes it as met late
        Instant replied = CLOCK.instant();
        publish(new ObligationFulfilled(RuleIds.REQUEST_REPLY, request, replied));
        Obligations restarted = context.getBean(Obligations.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> restarted.find(RuleIds.REQUEST_REPLY, request)
                .orElseThrow().state() == ObligationState.MET_LATE);
        assertThat(restarted.find(RuleIds.REQUEST_REPLY, request).orElseThrow().fulfilledAt()).isEqualTo(replied);

        // the compliance figures of the quarter it was due in count it
        JsonNode figures = getJson("/api/v1/obligations/compliance?organ=guangdong&period=2026-Q1", "gd-office");
        assertThat(figures.path("byRule").path(RuleIds.REQUEST_REPLY).path("metLate").asInt()).isEqualTo(1);
        assertThat(figures.path("totals").path("metLate").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode ledger = getJson("/api/v1/obligations?organ=guangdong&state=MET_LATE&rule=" + RuleIds.REQUEST_REPLY,
                "gd-office");
        assertThat(ledger.path("items")).as(ledger.toString()).hasSize(1);
        assertThat(ledger.path("items").get(0).path("subject").path("consolePath").asString())
                .isEqualTo("/console/requests/GK-2026-LIFE");
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments: they win over the test profile's random database
        return PlainContexts.platform(LifecycleClock.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--gongkai.obligations.jobs.enabled=false");
    }

    private void publish(Object event) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> context.publishEvent(event));
    }

    /** Runs the scan twice and waits until every listener (the mails) has finished. */
    private void scanTwice() {
        DueScan scan = context.getBean(DueScan.class);
        scan.scan();
        scan.scan();
        EventPublicationRegistry registry = context.getBean(EventPublicationRegistry.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> registry.findIncompletePublications().isEmpty());
    }

    private java.util.List<String> inbox(long obligationId, String kind) {
        return context.getBean(JdbcClient.class).sql("""
                select s.username from obligation_inbox i join staff_account s on s.id = i.recipient_id
                where i.obligation_id = :id and i.kind = :kind order by s.username""")
                .param("id", obligationId).param("kind", kind).query(String.class).list();
    }

    private java.util.List<String> mails(String subjectPart) throws Exception {
        java.util.List<String> to = new java.util.ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getSubject().contains(subjectPart)) {
                Arrays.stream(m.getAllRecipients()).forEach(a -> to.add(a.toString()));
            }
        }
        return to;
    }

    private JsonNode getJson(String path, String username) throws Exception {
        String base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"Demo-Passw0rd!\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String bearer = json.readTree(token.body()).path("token").asString();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** One clock for both runs of the platform, so time goes on across the restart. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LifecycleClock {

        @Bean
        @Primary
        MutableClock lifecycleClock() {
            return CLOCK;
        }
    }
}

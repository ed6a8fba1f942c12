package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

import cn.gongkai.platform.AntiRobot;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.TrackingCode;

/**
 * The anti-robot check and the rate limit as deployed (antirobot on, a burst of 20): a burst of
 * 100 applications from one address gets clear 429s, never a 5xx, and every accepted application
 * is stored; the applicant is e-mailed over real SMTP. Its own context, since the shared test
 * profile switches the check off and has no mail server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "gongkai.requests.antirobot=on", "gongkai.requests.apply-burst=20",
                "gongkai.rate-limits.limits.track.burst=20", "gongkai.rate-limits.limits.track.refill=10m" })
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestGuardWebTests {

    @LocalServerPort
    int port;
    @Autowired
    Requests requests;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Test
    @Order(2)
    void theApiAndTheFormRequireTheChallengeAndABurstIsRateLimited() {
        RequestsHttp http = new RequestsHttp(port);
        Map<String, Object> app = RequestApplicationWebTests.application("sat", "国家税务总局2024年度部门决算");
        HttpResponse<String> without = http.postJson("/api/v1/public/requests", app, null);
        assertThat(without.statusCode()).isEqualTo(400);
        assertThat(RequestsHttp.json(without).get("errors").findValuesAsString("field")).containsExactly(
                "challengeAnswer");
        assertThat(http.get("/requests/new", null).body()).contains("challengeToken", "等于多少");

        long before = requests.count();
        int created = 0;
        int limited = 0;
        for (int i = 0; i < 100; i++) {
            JsonNode challenge = RequestsHttp.json(http.get("/api/v1/public/requests/challenge", null));
            String question = challenge.get("question").asString();
            app.put("challengeToken", challenge.get("token").asString());
            app.put("challengeAnswer", String.valueOf(solve(challenge.get("token").asString(), question)));
            HttpResponse<String> r = http.postJson("/api/v1/public/requests", app, null);
            assertThat(r.statusCode()).isIn(201, 429);
            if (r.statusCode() == 201) {
                created++;
            }
            else {
                limited++;
                assertThat(r.headers().firstValue("Retry-After")).isPresent();
                assertThat(RequestsHttp.json(r).get("code").asString()).isEqualTo("RATE_LIMITED");
                assertThat(r.body()).contains("提交过于频繁");
            }
        }
        // a burst of 20 per address; the attempts before this loop used some of it
        assertThat(created).isBetween(1, 19);
        assertThat(created + limited).isEqualTo(100);
        assertThat(requests.count() - before).isEqualTo(created);

        // the form answers 429 too, and shows everything typed again
        Map<String, String> fields = new java.util.HashMap<>();
        RequestApplicationWebTests.application("sat", "请公开2024年度税收收入决算表").forEach((k, v) -> fields.put(k,
                (String) v));
        HttpResponse<String> form = http.postForm("/requests/new", "/sites/sat/requests", fields);
        assertThat(form.statusCode()).isEqualTo(429);
        assertThat(form.body()).contains("提交过于频繁", "请公开2024年度税收收入决算表", RequestApplicationWebTests.PHONE);
    }

    @Test
    @Order(1)
    void theApplicantIsEmailedTheReceiptAndTheReplyWithItsLetter() throws Exception {
        RequestsHttp http = new RequestsHttp(port);
        Map<String, Object> app = RequestApplicationWebTests.application("guangdong", "广东省2024年度税收优惠政策执行情况");
        app.put("delivery", "EMAIL");
        JsonNode challenge = RequestsHttp.json(http.get("/api/v1/public/requests/challenge", null));
        app.put("challengeToken", challenge.get("token").asString());
        app.put("challengeAnswer", String.valueOf(solve(challenge.get("token").asString(),
                challenge.get("question").asString())));
        HttpResponse<String> r = http.postJson("/api/v1/public/requests", app, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String code = RequestsHttp.json(r).get("trackingCode").asString();
        MimeMessage receipt = mailTo(RequestApplicationWebTests.EMAIL, code, "受理回执");
        assertThat(GreenMailUtil.getBody(receipt)).isNotEmpty();

        long id = requests.findByTrackingCode(TrackingCode.parse(code).orElseThrow().value()).orElseThrow().getId();
        HttpResponse<String> replied = http.postJson("/api/v1/requests/" + id + "/reply",
                Map.of("replyClass", "UNABLE_TO_PROVIDE", "replyReason", "NOT_HELD"), http.token("gd-office"));
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(200);
        MimeMessage reply = mailTo(RequestApplicationWebTests.EMAIL, code, "答复");
        assertThat(reply.getContent()).isInstanceOf(MimeMultipart.class);
        MimeMultipart parts = (MimeMultipart) reply.getContent();
        boolean pdf = false;
        for (int i = 0; i < parts.getCount(); i++) {
            pdf |= parts.getBodyPart(i).getContentType().startsWith("application/pdf");
        }
        assertThat(pdf).isTrue();
    }

    /**
     * Receipt, reply letter and file addresses are look-ups by tracking code like the tracking
     * page, and draw from the same budget (an enumerator cannot multiply its rate by switching
     * address): once it is spent, each answers 429 with Retry-After and the site's Chinese page.
     */
    @Test
    @Order(3)
    void receiptLetterAndFileAddressesAreRateLimitedLikeTracking() {
        RequestsHttp http = new RequestsHttp(port);
        String code = "/GK-2025-AAAA-BBBB";
        int tracked = 0;
        HttpResponse<String> last = http.get("/requests/track" + code, null);
        while (last.statusCode() != 429 && tracked++ < 100) {
            last = http.get("/requests/track" + code, null);
        }
        assertThat(last.statusCode()).as("the tracking page is limited (burst 20)").isEqualTo(429);
        for (String path : new String[] { "/requests/receipt" + code, "/requests/track" + code + "/letter.pdf",
                "/requests/track" + code + "/files/1" }) {
            HttpResponse<String> r = http.get(path, null);
            assertThat(r.statusCode()).as(path).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).as(path).hasValueSatisfying(
                    v -> assertThat(Long.parseLong(v)).isPositive());
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/html"));
            assertThat(r.body()).as(path).contains("请求过于频繁").contains("<main id=\"main\"")
                    .doesNotContain("Whitelabel").doesNotContain("platform.error");
        }
    }

    MimeMessage mailTo(String to, String code, String subjectPart) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(to) && m.getSubject().contains(code)
                        && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            return null;
        }, m -> m != null);
    }

    /** The question is "{a}加{b}等于多少？" in Chinese numerals. */
    static int solve(String token, String question) {
        String sum = question.substring(0, question.indexOf("等于"));
        String[] parts = sum.split("加");
        return AntiRobot.parseAnswer(parts[0]) + AntiRobot.parseAnswer(parts[1]);
    }
}

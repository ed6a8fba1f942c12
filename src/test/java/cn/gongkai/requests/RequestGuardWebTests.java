package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;

/**
 * The anti-robot check and the rate limit as deployed (antirobot on, a burst of 20): a burst of
 * 100 applications from one address gets clear 429s, never a 5xx, and every accepted application
 * is stored. Its own context, since the shared test profile switches the check off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "gongkai.requests.antirobot=on", "gongkai.requests.apply-burst=20" })
@ActiveProfiles("test")
class RequestGuardWebTests {

    @LocalServerPort
    int port;
    @Autowired
    Requests requests;

    @Test
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
        // the first attempt above used one token of the burst of 20
        assertThat(created).isEqualTo(19);
        assertThat(limited).isEqualTo(81);
        assertThat(requests.count() - before).isEqualTo(created);
    }

    /** The question is "{a}加{b}等于多少？" in Chinese numerals. */
    static int solve(String token, String question) {
        String sum = question.substring(0, question.indexOf("等于"));
        String[] parts = sum.split("加");
        return AntiRobot.parseAnswer(parts[0]) + AntiRobot.parseAnswer(parts[1]);
    }
}

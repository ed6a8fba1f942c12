package cn.gongkai.regulations.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/** Bad answers are refused with a 4xx naming the field, and nothing is written. */
@WebTest
class AnswerValidationWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private int answers() {
        return jdbc.sql("select count(*) from reg_answer").query(Integer.class).single();
    }

    private ApiClient.Response post(String who, Map<String, Object> body) {
        return new ApiClient(port).as(who).post("/api/v1/regulations/answers", JSON.writeValueAsString(body));
    }

    private static String field(ApiClient.Response r) {
        return r.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void aCitationOfAMissingProvisionIs422NamingItsEid() {
        String doc = LibraryFixture.aLaw(jdbc, "知识库校验测试法").articles(2).save();
        int before = answers();
        ApiClient.Response r = post("sat-drafter", Map.of("question", "问", "answer", "答", "citations",
                List.of(Map.of("documentId", doc, "eId", "art_1"), Map.of("documentId", doc, "eId", "art_9"))));
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(field(r)).isEqualTo("citations[1].eId");
        ApiClient.Response first = post("sat-drafter", Map.of("question", "问", "answer", "答", "citations",
                List.of(Map.of("documentId", doc, "eId", "art_7"))));
        assertThat(field(first)).isEqualTo("citations[0].eId");
        ApiClient.Response noDoc = post("sat-drafter", Map.of("question", "问", "answer", "答", "citations",
                List.of(Map.of("documentId", "law-1900-1", "eId", "art_1"))));
        assertThat(noDoc.status()).isEqualTo(422);
        assertThat(field(noDoc)).isEqualTo("citations[0].documentId");
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void questionAndAnswerAreRequiredAndLengthLimited() {
        int before = answers();
        ApiClient.Response missing = post("sat-drafter", Map.of("answer", "答"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(field(missing)).isEqualTo("question");
        ApiClient.Response tooLong = post("sat-drafter", Map.of("question", "问", "answer", "答".repeat(8001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(field(tooLong)).isEqualTo("answer");
        ApiClient.Response longQuestion = post("sat-drafter", Map.of("question", "问".repeat(501), "answer", "答"));
        assertThat(field(longQuestion)).isEqualTo("question");
        ApiClient.Response blankEid = post("sat-drafter", Map.of("question", "问", "answer", "答", "citations",
                List.of(Map.of("documentId", "law-2015-1", "eId", " "))));
        assertThat(blankEid.status()).isEqualTo(400);
        assertThat(field(blankEid)).isEqualTo("citations[0].eId");
        assertThat(answers()).isEqualTo(before);
    }

    @Test
    void onlyStaffOfTheOwningOrganWriteAndAnUnknownAnswerIs404() {
        ApiClient.Response anonymous = new ApiClient(port).post("/api/v1/regulations/answers",
                "{\"question\":\"问\",\"answer\":\"答\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        ApiClient.Response created = post("sat-drafter", Map.of("question", "总局答复", "answer", "答"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        ApiClient.Response other = new ApiClient(port).as("gd-drafter").put("/api/v1/regulations/answers/" + id,
                JSON.writeValueAsString(Map.of("question", "改", "answer", "改")));
        assertThat(other.status()).isEqualTo(403);
        ApiClient.Response unknown = new ApiClient(port).get("/api/v1/public/regulations/answers/99999999");
        assertThat(unknown.status()).isEqualTo(404);
        // the id is written as given, not grouped as a number (99,999,999)
        assertThat(unknown.json().get("detail").asString()).endsWith("：99999999");
        assertThat(new ApiClient(port).status("/regulations/answers/99999999")).isEqualTo(404);
        assertThat(new ApiClient(port).get("/api/v1/public/regulations/answers?page=x").status()).isEqualTo(400);
    }
}

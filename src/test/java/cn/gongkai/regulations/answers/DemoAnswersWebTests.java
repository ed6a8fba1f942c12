package cn.gongkai.regulations.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * The demo answers cite corpus provisions; the one citing 《增值税暂行条例》, repealed as a whole from
 * 2026-01-01 by the demo effects, is flagged with its review due; loading again adds nothing.
 */
@WebTest
class DemoAnswersWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoAnswers demo;
    @Autowired
    Obligations obligations;

    private List<Long> demoAnswers() {
        return jdbc.sql("select id from reg_answer where created_by = 'demo' order by id").query(Long.class).list();
    }

    @Test
    void theAnswerCitingTheRepealedVatRegulationIsFlaggedAndTheOthersAreNot() {
        List<Long> ids = demoAnswers();
        assertThat(ids).hasSize(5);
        String vat = jdbc.sql("select id from reg_document where title = '中华人民共和国增值税暂行条例'")
                .query(String.class).single();
        int flagged = 0;
        for (long id : ids) {
            JsonNode a = new ApiClient(port).get("/api/v1/public/regulations/answers/" + id).json();
            assertThat(a.get("citations")).isNotEmpty();
            boolean citesVat = vat.equals(a.get("citations").get(0).get("documentId").asString());
            assertThat(a.get("flagged").asBoolean()).as(a.get("question").asString()).isEqualTo(citesVat);
            if (citesVat) {
                flagged++;
                assertThat(a.get("citations").get(0).get("eId").asString()).isEqualTo("art_10");
                assertThat(a.get("citations").get(0).get("validity").asString()).isEqualTo("REPEALED");
                assertThat(a.get("notices").get(0).get("effect").asString()).isEqualTo("REPEAL");
                assertThat(a.get("notices").get(0).get("effectiveOn").asString()).isEqualTo("2026-01-01");
                assertThat(obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElseThrow()
                        .state().isOpen()).isTrue();
                assertThat(new ApiClient(port).text("/regulations/answers/" + id)).contains("所引条款已修改/废止",
                        "/regulations/" + vat + "/art/10");
            }
            else {
                assertThat(a.get("citations").get(0).get("validity").asString()).isIn("IN_FORCE", "PARTLY_REPEALED");
            }
        }
        assertThat(flagged).isEqualTo(1);
    }

    @Test
    void loadingTheDemoAgainAddsNothing() throws Exception {
        int before = demoAnswers().size();
        demo.run(null);
        assertThat(demoAnswers()).hasSize(before);
    }
}

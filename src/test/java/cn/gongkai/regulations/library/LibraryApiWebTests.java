package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

import tools.jackson.databind.JsonNode;

@WebTest
class LibraryApiWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ApiClient http;
    RepealScenario s;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        s = RepealScenario.write(jdbc);
    }

    @Test
    void documentAnswersTheContractShapeWithNumbersAsWritten() {
        ApiClient.Response r = http.get("/api/v1/public/regulations/" + s.lawId() + "?on=2023-01-01");
        assertThat(r.status()).isEqualTo(200);
        JsonNode d = r.json();
        for (String field : List.of("id", "title", "documentNumber", "type", "issuedOn", "effectiveOn", "validity",
                "provisions")) {
            assertThat(d.has(field)).as(field).isTrue();
        }
        assertThat(d.get("id").asString()).isEqualTo(s.lawId());
        assertThat(d.get("type").asString()).isEqualTo("LAW");
        JsonNode provisions = d.get("provisions");
        assertThat(provisions.size()).isEqualTo(33);
        JsonNode art33 = provisions.get(32);
        assertThat(art33.get("eId").asString()).isEqualTo("art_33");
        assertThat(art33.get("number").asString()).isEqualTo("第三十三条");
        assertThat(art33.get("text").asString()).isEqualTo("第33条正文。");
        assertThat(art33.get("validity").asString()).isEqualTo("IN_FORCE");
        JsonNode art2 = provisions.get(1);
        assertThat(art2.get("text").asString()).isEmpty();
        assertThat(art2.get("children").get(1).get("eId").asString()).isEqualTo("art_2__para_2");
        assertThat(art2.get("children").get(1).get("number").asString()).isEqualTo("第二款");
    }

    @Test
    void aProvisionRepealedOnDIsInForceTheDayBeforeAndRepealedOnD() {
        JsonNode before = http.get("/api/v1/public/regulations/" + s.lawId() + "?on=" + RepealScenario.D.minusDays(1))
                .json();
        JsonNode on = http.get("/api/v1/public/regulations/" + s.lawId() + "?on=" + RepealScenario.D).json();
        assertThat(before.get("provisions").get(2).get("validity").asString()).isEqualTo("IN_FORCE");
        assertThat(on.get("provisions").get(2).get("validity").asString()).isEqualTo("REPEALED");
        assertThat(before.get("validity").asString()).isEqualTo("IN_FORCE");
        assertThat(on.get("validity").asString()).isEqualTo("PARTLY_REPEALED");
        // the repealed text stays readable, and the effect links to what repealed it
        assertThat(on.get("provisions").get(2).get("text").asString()).isEqualTo("第3条正文。");
        JsonNode effect = on.get("affectedBy").get(0);
        assertThat(effect.get("affectingDocumentId").asString()).isEqualTo(s.repealerId());
        assertThat(effect.get("affectingPath").asString()).isEqualTo("/regulations/" + s.repealerId() + "/art/1");
    }

    @Test
    void anAmendedProvisionShowsTheVersionOfTheDayAndKeepsEveryVersion() {
        String path = "/api/v1/public/regulations/" + s.lawId() + "/provisions/art_5";
        assertThat(http.get(path + "?on=2024-06-30").json().get("provision").get("text").asString())
                .isEqualTo("第5条正文。");
        JsonNode now = http.get(path + "?on=2024-07-01").json();
        assertThat(now.get("provision").get("text").asString()).isEqualTo("第5条修改后正文。");
        assertThat(now.get("versions").size()).isEqualTo(2);
        assertThat(now.get("versions").get(0).get("until").asString()).isEqualTo("2024-07-01");
    }

    @Test
    void provisionLookupGivesItsSubProvisionsAndTheValidityItTakesFromItsArticle() {
        jdbc.sql("insert into reg_validity_period (document_id, eid, valid_from, validity) values (?, 'art_2', ?, 'REPEALED')")
                .params(s.lawId(), RepealScenario.D).update();
        String path = "/api/v1/public/regulations/" + s.lawId() + "/provisions/";
        JsonNode art2 = http.get(path + "art_2?on=2024-06-30").json();
        assertThat(art2.get("documentTitle").asString()).isEqualTo("测试税法（库）");
        assertThat(art2.get("provision").get("children").size()).isEqualTo(2);
        assertThat(art2.get("provision").get("validity").asString()).isEqualTo("IN_FORCE");
        JsonNode para = http.get(path + "art_2__para_2?on=2024-07-01").json().get("provision");
        assertThat(para.get("text").asString()).isEqualTo("第2条第2款正文。");
        assertThat(para.get("validity").asString()).isEqualTo("REPEALED");
        assertThat(http.get(path + "art_3?on=2024-07-01").json().get("provision").get("validity").asString())
                .isEqualTo("REPEALED");
        assertThat(http.get(path + "art_1?on=2024-07-01").json().get("provision").get("validity").asString())
                .isEqualTo("IN_FORCE");
    }

    @Test
    void aProvisionInsertedLaterDoesNotExistBeforeItsFirstVersion() {
        jdbc.sql("""
                insert into reg_provision (document_id, eid, parent_eid, kind, num, ordinal, seq)
                values (?, 'art_33-1', null, 'ARTICLE', '第三十三条之一', 33, 34)""").param(s.lawId()).update();
        jdbc.sql("insert into reg_provision_version (document_id, eid, valid_from, body) values (?, 'art_33-1', ?, '新增。')")
                .params(s.lawId(), RepealScenario.D).update();
        assertThat(http.status("/api/v1/public/regulations/" + s.lawId() + "/provisions/art_33-1?on=2024-06-30"))
                .isEqualTo(404);
        assertThat(http.get("/api/v1/public/regulations/" + s.lawId() + "/provisions/art_33-1?on=2024-07-01").json()
                .get("provision").get("path").asString()).isEqualTo("/regulations/" + s.lawId() + "/art/33-1");
    }

    @Test
    void listFiltersByTypeTextYearAndValidityOnTheDay() {
        String normative = LibraryFixture.aLaw(jdbc, "关于库筛选测试的公告")
                .type(cn.gongkai.regulations.DocumentType.NORMATIVE_DOCUMENT).save();
        assertThat(ids("/api/v1/public/regulations?type=NORMATIVE_DOCUMENT&size=100")).contains(normative)
                .doesNotContain(s.lawId());
        assertThat(ids("/api/v1/public/regulations?q=" + enc("测试税法（库）") + "&size=100")).contains(s.lawId())
                .doesNotContain(s.repealerId(), normative);
        String number = jdbc.sql("select document_number from reg_document where id = ?").param(s.lawId())
                .query(String.class).single();
        assertThat(ids("/api/v1/public/regulations?q=" + enc(number) + "&size=100")).containsExactly(s.lawId());
        assertThat(ids("/api/v1/public/regulations?q=" + enc("第33条正文") + "&size=100")).contains(s.lawId())
                .doesNotContain(normative);
        assertThat(ids("/api/v1/public/regulations?validity=PARTLY_REPEALED&on=2024-07-01&size=100"))
                .contains(s.lawId());
        assertThat(ids("/api/v1/public/regulations?validity=PARTLY_REPEALED&on=2024-06-30&size=100"))
                .doesNotContain(s.lawId());
        JsonNode page = http.get("/api/v1/public/regulations?size=1").json();
        assertThat(page.get("items").size()).isEqualTo(1);
        assertThat(page.get("total").asInt()).isGreaterThan(1);
        JsonNode item = page.get("items").get(0);
        for (String field : List.of("id", "title", "documentNumber", "type", "validity")) {
            assertThat(item.has(field)).as(field).isTrue();
        }
    }

    @Test
    void unknownDocumentOrProvisionIs404() {
        assertThat(http.get("/api/v1/public/regulations/law-1900-1").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/public/regulations/" + s.lawId() + "/provisions/art_99").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/public/regulations/" + s.lawId() + "/provisions/nonsense").status()).isEqualTo(404);
    }

    @Test
    void malformedDayOrUnknownEnumIs400NamingTheField() {
        for (String path : List.of("/api/v1/public/regulations/" + s.lawId() + "?on=2024-13-01",
                "/api/v1/public/regulations/" + s.lawId() + "?on=yesterday", "/api/v1/public/regulations?on=2024-2-30",
                "/api/v1/public/regulations/" + s.lawId() + "/provisions/art_1?on=1.1.2024")) {
            ApiClient.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("on");
        }
        ApiClient.Response type = http.get("/api/v1/public/regulations?type=POEM");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("errors").get(0).get("field").asString()).isEqualTo("type");
        ApiClient.Response validity = http.get("/api/v1/public/regulations?validity=MAYBE");
        assertThat(validity.json().get("errors").get(0).get("field").asString()).isEqualTo("validity");
    }

    private List<String> ids(String path) {
        ApiClient.Response r = http.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().get("items").forEach(i -> out.add(i.get("id").asString()));
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}

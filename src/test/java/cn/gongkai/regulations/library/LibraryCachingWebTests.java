package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.regulations.LibraryChanged;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

@WebTest
class LibraryCachingWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicPageCache cache;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aKeptDocumentPageIsRenderedAgainOnceALibraryChangeIsCommitted() {
        RepealScenario s = RepealScenario.write(jdbc);
        cache.invalidateAll();
        ApiClient http = new ApiClient(port);
        String path = "/regulations/" + s.lawId() + "?on=2024-07-01";
        assertThat(http.page(path).select("h1").text()).isEqualTo("测试税法（库）");
        jdbc.sql("update reg_document set title = '测试税法（库，改）' where id = ?").param(s.lawId()).update();
        // kept: a change that announces nothing is not seen (until the time-to-live)
        assertThat(http.page(path).select("h1").text()).isEqualTo("测试税法（库）");
        transactions.executeWithoutResult(t -> {
            jdbc.sql("update reg_document set title = '测试税法（库，再改）' where id = ?").param(s.lawId()).update();
            events.publishEvent(new LibraryChanged(s.lawId()));
        });
        assertThat(http.page(path).select("h1").text()).isEqualTo("测试税法（库，再改）");
    }

    @Test
    void theKeptReadModelOfASegmentOfDaysIsNeverStaleOnceALibraryChangeIsCommitted() {
        RepealScenario s = RepealScenario.write(jdbc);
        ApiClient http = new ApiClient(port);
        String provision = "/api/v1/public/regulations/" + s.lawId() + "/provisions/art_1?on=";
        String document = "/api/v1/public/regulations/" + s.lawId() + "?on=";
        assertThat(text(http.get(provision + "2024-08-01").json().get("provision"))).isEqualTo("第1条正文。");
        jdbc.sql("update reg_provision_version set body = '未经通告的正文。' where document_id = ? and eid = 'art_1'")
                .param(s.lawId()).update();
        // another day of the same segment (no change point between) is answered from the kept model
        var kept = http.get(document + "2024-09-01").json();
        assertThat(kept.get("on").asString()).isEqualTo("2024-09-01");
        assertThat(text(kept.get("provisions").get(0))).isEqualTo("第1条正文。");
        transactions.executeWithoutResult(t -> {
            jdbc.sql("update reg_provision_version set body = '修改后的正文。' where document_id = ? and eid = 'art_1'")
                    .param(s.lawId()).update();
            events.publishEvent(new LibraryChanged(s.lawId()));
        });
        assertThat(text(http.get(provision + "2024-08-01").json().get("provision"))).isEqualTo("修改后的正文。");
        assertThat(text(http.get(document + "2024-09-01").json().get("provisions").get(0))).isEqualTo("修改后的正文。");
        // the document on the other side of its effect lists it: its read version moved too
        assertThat(jdbc.sql("select read_version from reg_document where id = ?").param(s.repealerId())
                .query(Long.class).single()).isPositive();
    }

    @Test
    void anEffectConfirmedOrWithdrawnChangesTheAnswerForAKeptDayAtOnce() {
        String id = cn.gongkai.regulations.LibraryFixture.aLaw(jdbc, "测试税法（缓存）").articles(3).save();
        ApiClient http = new ApiClient(port);
        String day = "/api/v1/public/regulations/" + id + "/provisions/art_1?on=2031-01-01";
        assertThat(text(http.get(day).json().get("provision"))).isEqualTo("第1条正文。");
        assertThat(text(http.get(day).json().get("provision"))).as("kept").isEqualTo("第1条正文。");
        ApiClient.Response entered = http.as("sat-drafter").post("/api/v1/regulations/documents/" + id + "/effects",
                "{\"affectedEid\":\"art_1\",\"type\":\"AMEND\",\"effectiveOn\":\"2030-01-01\",\"newText\":\"第一条修改后的正文。\"}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        long effect = entered.json().get("id").asLong();
        assertThat(text(http.get(day).json().get("provision"))).as("suggested only").isEqualTo("第1条正文。");
        ApiClient office = http.as("sat-office");
        ApiClient.Response confirmed = office.post("/api/v1/regulations/effects/" + effect + "/review",
                "{\"decision\":\"CONFIRM\",\"note\":\"核对原文无误\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(text(http.get(day).json().get("provision"))).isEqualTo("第一条修改后的正文。");
        assertThat(http.get("/api/v1/public/regulations/" + id + "?on=2031-06-01").json().get("provisions").get(0)
                .get("text").asString()).isEqualTo("第一条修改后的正文。");
        assertThat(office.post("/api/v1/regulations/effects/" + effect + "/withdraw", "{\"note\":\"录入有误\"}")
                .status()).isEqualTo(200);
        assertThat(text(http.get(day).json().get("provision"))).isEqualTo("第1条正文。");
    }

    private static String text(tools.jackson.databind.JsonNode provision) {
        return provision.get("text").asString();
    }
}

package cn.gongkai.regulations.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.DocumentType;

/**
 * A publishing record linked to its library document: the link, the record's validity derived
 * from the library (in the record, on its public page with what repealed it, and in search), and
 * the links refused.
 */
@WebTest
class RecordLibraryLinkWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    LinkedValidity daily;

    LinkFixtures fixtures;
    ApiClient office;

    @BeforeEach
    void setUp() {
        fixtures = new LinkFixtures(port, jdbc, tx, events);
        office = fixtures.anonymous().as("sat-office");
    }

    @Test
    void aRepealedLibraryDocumentRepealsItsRecordEverywhereWithALinkToWhatRepealedIt() {
        long record = fixtures.publishes("sat", "RULE", "税收征管座头鲸办法", "IN_FORCE");
        String rule = LibraryFixture.aLaw(jdbc, "税收征管座头鲸办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        String repealer = LibraryFixture.aLaw(jdbc, "关于废止座头鲸办法的决定").type(DocumentType.DEPARTMENTAL_RULE).save();

        ApiClient.Response linked = office.put("/api/v1/regulations/documents/" + rule + "/record", "{\"recordId\":" + record + "}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("recordValidity").asString()).isEqualTo("IN_FORCE");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> fixtures.finds(record, "座头鲸", "type=RULE"));

        fixtures.repeal(rule, repealer, LocalDate.now().minusDays(1));

        JsonNode staffView = office.get("/api/v1/records/" + record).json();
        assertThat(staffView.get("validity").asString()).isEqualTo("REPEALED");
        assertThat(staffView.get("validityDerivedFrom").asString()).isEqualTo(rule);

        Document page = Jsoup.parse(fixtures.anonymous().text("/records/" + record));
        Element banner = page.getElementById("library-banner");
        assertThat(banner).as("validity banner").isNotNull();
        assertThat(banner.text()).contains("全文废止");
        assertThat(banner.select("a.affecting").attr("href")).as("the repealing provision").isEqualTo("/regulations/" + repealer + "/art/1");
        assertThat(banner.select("a.affecting").text()).isEqualTo("关于废止座头鲸办法的决定");
        assertThat(page.getElementById("library-document").attr("href")).isEqualTo("/regulations/" + rule);

        // "only in force" is the default for rules: the repealed record leaves it and is found on asking
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !fixtures.finds(record, "座头鲸", "type=RULE"));
        assertThat(fixtures.finds(record, "座头鲸", "type=RULE&validity=ALL")).isTrue();
        assertThat(fixtures.finds(record, "座头鲸", "type=RULE&validity=REPEALED")).isTrue();
        assertThat(fixtures.finds(record, "座头鲸", "type=RULE&validity=IN_FORCE")).isFalse();
    }

    @Test
    void aRepealConfirmedThroughTheEffectsApiRepealsTheLinkedRecordInTheSameRequest() {
        long record = fixtures.publishes("sat", "RULE", "印花税虎鲸办法", "IN_FORCE");
        String rule = LibraryFixture.aLaw(jdbc, "印花税虎鲸办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        String repealer = LibraryFixture.aLaw(jdbc, "关于废止虎鲸办法的决定").type(DocumentType.DEPARTMENTAL_RULE).save();
        assertThat(office.put("/api/v1/regulations/documents/" + rule + "/record", "{\"recordId\":" + record + "}").status())
                .isEqualTo(200);
        ApiClient.Response entered = fixtures.anonymous().as("sat-drafter").post("/api/v1/regulations/documents/" + rule + "/effects",
                "{\"type\":\"REPEAL\",\"effectiveOn\":\"" + LocalDate.now().minusDays(1) + "\",\"affectingDocumentId\":\""
                        + repealer + "\",\"affectingEid\":\"art_1\",\"note\":\"全文废止\"}");
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        assertThat(office.get("/api/v1/records/" + record).json().get("validity").asString())
                .as("a suggested effect does not count").isEqualTo("IN_FORCE");
        ApiClient.Response confirmed = office.post("/api/v1/regulations/effects/" + entered.json().get("id").asLong()
                + "/review", "{\"decision\":\"CONFIRM\",\"note\":\"核对无误\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);

        assertThat(office.get("/api/v1/records/" + record).json().get("validity").asString()).isEqualTo("REPEALED");
        Element banner = Jsoup.parse(fixtures.anonymous().text("/records/" + record)).getElementById("library-banner");
        assertThat(banner.text()).contains("全文废止");
        assertThat(banner.select("a.affecting").attr("href")).isEqualTo("/regulations/" + repealer + "/art/1");
    }

    @Test
    void anArticleRepealedMakesTheRecordPartiallyInvalidAndTheBannerLinksTheArticle() {
        long record = fixtures.publishes("sat", "RULE", "发票管理蓝鲸办法", "IN_FORCE");
        String rule = LibraryFixture.aLaw(jdbc, "发票管理蓝鲸办法").type(DocumentType.DEPARTMENTAL_RULE).articles(4).save();
        String repealer = LibraryFixture.aLaw(jdbc, "关于修改蓝鲸办法的决定").type(DocumentType.DEPARTMENTAL_RULE).save();
        assertThat(office.put("/api/v1/regulations/documents/" + rule + "/record", "{\"recordId\":" + record + "}").status())
                .isEqualTo(200);

        fixtures.repealArticle(rule, "art_3", repealer, LocalDate.now().minusDays(2));

        assertThat(office.get("/api/v1/records/" + record).json().get("validity").asString())
                .isEqualTo("PARTIALLY_INVALID");
        Element banner = Jsoup.parse(fixtures.anonymous().text("/records/" + record)).getElementById("library-banner");
        assertThat(banner.text()).contains("部分条款废止");
        assertThat(banner.select("a[href=/regulations/" + rule + "/art/3]").text()).isEqualTo("第三条");

        // a second article repealed leaves the record's validity as it was: the kept page is forgotten all the same
        fixtures.repealArticle(rule, "art_4", repealer, LocalDate.now().minusDays(1));
        banner = Jsoup.parse(fixtures.anonymous().text("/records/" + record)).getElementById("library-banner");
        assertThat(banner.select("a[href=/regulations/" + rule + "/art/4]").text()).isEqualTo("第四条");
    }

    @Test
    void theDailyPassDerivesWhatADayChangesAndIsIdempotent() {
        long record = fixtures.publishes("sat", "RULE", "出口退税白鳍豚办法", "IN_FORCE");
        String rule = LibraryFixture.aLaw(jdbc, "出口退税白鳍豚办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        assertThat(office.put("/api/v1/regulations/documents/" + rule + "/record", "{\"recordId\":" + record + "}").status())
                .isEqualTo(200);
        // its own period ended yesterday and nobody told the library: the daily pass finds it
        jdbc.sql("update reg_document set expires_on = ? where id = ?").params(LocalDate.now().minusDays(2), rule).update();
        assertThat(office.get("/api/v1/records/" + record).json().get("validity").asString()).isEqualTo("IN_FORCE");

        daily.deriveAll();
        assertThat(office.get("/api/v1/records/" + record).json().get("validity").asString()).isEqualTo("REPEALED");
        int version = jdbc.sql("select version from gov_record where id = ?").param(record).query(Integer.class).single();
        daily.deriveAll();
        assertThat(jdbc.sql("select version from gov_record where id = ?").param(record).query(Integer.class).single())
                .as("a second pass changes nothing").isEqualTo(version);
    }

    @Test
    void anEditKeepsTheDerivedValidityAndTheFormShowsItReadOnly() {
        long record = fixtures.publishes("sat", "RULE", "车船税江豚办法", "IN_FORCE");
        String rule = LibraryFixture.aLaw(jdbc, "车船税江豚办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        assertThat(office.put("/api/v1/regulations/documents/" + rule + "/record", "{\"recordId\":" + record + "}").status())
                .isEqualTo(200);
        // a revision of the record keeps the derived value whatever the form sends
        ApiClient drafter = fixtures.anonymous().as("sat-drafter");
        ApiClient.Response revised = drafter.post("/api/v1/records/" + record + "/revise", "{\"changeNote\":\"修订\"}");
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        fixtures.repeal(rule, LibraryFixture.aLaw(jdbc, "废止江豚办法的决定").save(), LocalDate.now().minusDays(1));
        ApiClient.Response edited = drafter.put("/api/v1/records/" + record, """
                {"organ":"sat","title":"车船税江豚办法","type":"RULE","topic":"税收法规","catalogEntry":"12.01",
                 "attribute":"PROACTIVE","validity":"IN_FORCE","writtenOn":"2020-01-01","body":"<p>修订。</p>"}""");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("validity").asString()).isEqualTo("REPEALED");
        Document form = Jsoup.parse(ConsoleSession.login("http://127.0.0.1:" + port, "sat-drafter",
                ApiClient.DEMO_PASSWORD).get("/console/records/" + record + "/edit").body());
        assertThat(form.select("select#validity")).as("no choice for a derived validity").isEmpty();
        assertThat(form.getElementById("validity").attr("readonly")).isNotNull();
        assertThat(form.getElementById("validity").val()).isEqualTo("已废止");
        assertThat(form.getElementById("validity-derived").text()).contains("由法规库推导").contains(rule);
    }

    @Test
    void aRecordOfAnotherTypeOrAlreadyLinkedIsRefused() {
        String doc = LibraryFixture.aLaw(jdbc, "契税一角鲸办法").save();
        long interpretation = jdbc.sql("select min(id) from gov_record where type = 'INTERPRETATION'").query(Long.class)
                .single();
        ApiClient.Response wrongType = office.put("/api/v1/regulations/documents/" + doc + "/record",
                "{\"recordId\":" + interpretation + "}");
        assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(422);
        assertThat(wrongType.json().get("code").asString()).isEqualTo("RECORD_TYPE");
        long other = fixtures.publishes("sat", "OTHER", "关于一角鲸的其他通知", "NOT_APPLICABLE");
        assertThat(office.put("/api/v1/regulations/documents/" + doc + "/record", "{\"recordId\":" + other + "}").status())
                .isEqualTo(422);

        long record = fixtures.publishes("sat", "LAW", "契税一角鲸法", "IN_FORCE");
        assertThat(office.put("/api/v1/regulations/documents/" + doc + "/record", "{\"recordId\":" + record + "}").status())
                .isEqualTo(200);
        assertThat(office.put("/api/v1/regulations/documents/" + doc + "/record", "{\"recordId\":" + record + "}").status())
                .as("linking again is a no-op").isEqualTo(200);
        String second = LibraryFixture.aLaw(jdbc, "另一部一角鲸法").save();
        ApiClient.Response twice = office.put("/api/v1/regulations/documents/" + second + "/record", "{\"recordId\":" + record + "}");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("code").asString()).isEqualTo("RECORD_LINKED");

        assertThat(office.put("/api/v1/regulations/documents/" + second + "/record", "{}").status()).isEqualTo(400);
        assertThat(office.put("/api/v1/regulations/law-1900-1/record", "{\"recordId\":" + record + "}").status())
                .isEqualTo(404);
        assertThat(fixtures.anonymous().as("gd-office")
                .put("/api/v1/regulations/documents/" + second + "/record", "{\"recordId\":" + record + "}").status())
                .as("another organ's staff").isEqualTo(403);
        assertThat(fixtures.anonymous().as("sat-drafter")
                .put("/api/v1/regulations/documents/" + second + "/record", "{\"recordId\":" + record + "}").status())
                .as("a drafter").isEqualTo(403);
    }
}

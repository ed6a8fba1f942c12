package cn.gongkai.regulations.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.links.LinkFixtures;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/** The console screens of spot-checks and links: the whole round in forms, and the refusals shown in words. */
@WebTest
class SpotCheckConsoleWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void aSatSupervisorCreatesEntersSourcesDrawsAndJudgesInTheConsole() {
        new LinkFixtures(port, jdbc, tx, events).publishes("guangdong", "RULE", "广东省税务局控制台抽查办法", "IN_FORCE");
        ConsoleSession console = ConsoleSession.login(base(), "sat-office", ApiClient.DEMO_PASSWORD);
        String list = "/console/regulations/spot-checks";
        ApiClient.Response created = console.form(list, list, "title=" + enc("控制台抽查") + "&sampleSize=1");
        assertThat(created.status()).isEqualTo(302);
        String detail = created.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(detail).matches("/console/regulations/spot-checks/\\d+");

        assertThat(console.form(detail, detail + "/sources", "note=" + enc("开奖号码") + "&lines="
                + enc("福利彩票: 7 3 21\n股票指数：3321")).status()).isEqualTo(302);
        Document page = Jsoup.parse(console.get(detail).body());
        assertThat(page.getElementById("lines").text()).contains("福利彩票: 7 3 21");
        assertThat(console.form(detail, detail + "/draw", "").status()).isEqualTo(302);
        page = Jsoup.parse(console.get(detail).body());
        assertThat(page.text()).contains("3.7.21./3321./");
        assertThat(page.select("#sample tbody tr")).hasSize(1);

        console.form(detail, detail + "/sources", "lines=" + enc("改: 1"));
        page = Jsoup.parse(console.get(detail).body());
        assertThat(page.getElementById("spot-error").text()).contains("已抽签");
    }

    @Test
    void aLowerOrgansSupervisorCannotOpenTheScreenAndABadLinkIsExplained() {
        ConsoleSession gd = ConsoleSession.login(base(), "gd-office", ApiClient.DEMO_PASSWORD);
        assertThat(gd.get("/console/regulations/spot-checks").status()).isEqualTo(403);
        String links = "/console/regulations/links";
        assertThat(gd.form(links, links, "documentId=law-1900-1&recordId=1").status()).isEqualTo(302);
        Document page = Jsoup.parse(gd.get(links).body());
        assertThat(page.getElementById("link-error").text()).doesNotContain("regulations.").isNotBlank();
    }

    @Test
    void anOfficeReviewerLinksARecordInTheConsoleAndSeesTheDerivedValidity() {
        long record = new LinkFixtures(port, jdbc, tx, events).publishes("sat", "RULE", "控制台关联测试办法", "REPEALED");
        String doc = LibraryFixture.aLaw(jdbc, "控制台关联测试办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        ConsoleSession console = ConsoleSession.login(base(), "sat-office", ApiClient.DEMO_PASSWORD);
        String links = "/console/regulations/links";
        assertThat(console.form(links, links, "documentId=" + doc + "&recordId=" + record).status()).isEqualTo(302);
        Document page = Jsoup.parse(console.get(links).body());
        assertThat(page.getElementById("link-notice").text()).contains(doc).contains("有效");
        assertThat(page.select("#links a[href=/console/records/" + record + "]")).hasSize(1);
        assertThat(jdbc.sql("select validity from gov_record where id = ?").param(record).query(String.class).single())
                .as("the hand-typed marking gives way to the library's").isEqualTo("IN_FORCE");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

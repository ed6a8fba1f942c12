package cn.gongkai.regulations.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.support.Axe;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.links.LinkFixtures;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/** The public spot-check page and a linked record's banner in headless Chromium: axe-core clean, readable at 390 px. */
@WebTest
class SpotCheckBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    List<String> axeViolations() {
        return Axe.violations(browser);
    }

    @Test
    void theSpotCheckPageAndALinkedRecordsBannerAreAccessibleAndFitA390PixelPhone() {
        LinkFixtures fixtures = new LinkFixtures(port, jdbc, tx, events);
        long record = fixtures.publishes("guangdong", "RULE", "广东省税务局浏览器测试办法", "IN_FORCE");
        String doc = LibraryFixture.aLaw(jdbc, "广东省税务局浏览器测试办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        ApiClient gd = fixtures.anonymous().as("gd-office");
        assertThat(gd.put("/api/v1/regulations/documents/" + doc + "/record", "{\"recordId\":" + record + "}").status()).isEqualTo(200);
        fixtures.repeal(doc, LibraryFixture.aLaw(jdbc, "关于废止浏览器测试办法的决定").save(), LocalDate.now().minusDays(1));

        ApiClient sat = fixtures.anonymous().as("sat-office");
        ApiClient.Response created = sat.post("/api/v1/regulations/spot-checks", "{\"title\":\"浏览器测试抽查\",\"sampleSize\":1}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        sat.put("/api/v1/regulations/spot-checks/" + id + "/sources", """
                {"note":"2026年12月1日开奖号码","sources":[{"description":"福利彩票双色球","numbers":[3,15,22,27,29,31,8]}]}""");
        sat.post("/api/v1/regulations/spot-checks/" + id + "/draw", "");

        String base = ApiClient.at("http://localhost:" + port).base();
        for (String path : new String[] { "/regulations/spot-checks", "/regulations/spot-checks/" + id, "/sites/guangdong/records/" + record }) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.get(base + path);
            assertThat(axeViolations()).as(path).isEmpty();
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(base + path);
            assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;")).as(path)
                    .isLessThanOrEqualTo(390);
        }
        assertThat(browser.findElement(By.id("library-banner")).getText()).contains("全文废止");
    }
}

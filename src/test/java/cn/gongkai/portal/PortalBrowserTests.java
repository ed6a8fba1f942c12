package cn.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import cn.gongkai.support.Axe;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;
import cn.gongkai.support.ApiClient;

/** A reader's way through the portal in headless Chromium, with axe-core checking WCAG 2.1 AA. */
@WebTest
class PortalBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    ApiClient http;
    PortalFixtures fixtures;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @BeforeEach
    void setUp() {
        http = ApiClient.at("http://localhost:" + port);
        fixtures = PortalFixtures.of(context);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    void open(String path) {
        browser.get(http.base() + path);
    }

    /** Serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page. */
    List<String> axeViolations() {
        return Axe.violations(browser);
    }

    @Test
    void readerGoesFromHomeThroughTheCatalogueToARecordAndDownloadsItsAttachment() {
        open("/");
        browser.findElement(By.cssSelector("nav.site-nav a[href='/catalog']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/catalog"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("主动公开目录");
        browser.findElement(By.cssSelector("a[href='/catalog/12.01']")).click();
        Browser.awaitText(browser, By.tagName("h1"), "12.01 政务公开制度");
        browser.findElement(By.linkText(PortalFixtures.MEASURES_TITLE)).click();
        Browser.awaitText(browser, By.tagName("h1"), PortalFixtures.MEASURES_TITLE);
        assertThat(browser.findElement(By.cssSelector("table.record-meta")).getText()).contains("索引号", "税总发〔2017〕44号");
        WebElement attachment = browser.findElement(By.cssSelector("ul.attachments a"));
        assertThat(attachment.getText()).isEqualTo("全面推进政务公开工作实施办法.docx");
        HttpResponse<byte[]> file = http.bytes(attachment.getDomAttribute("href"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new String(file.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void chineseSearchFromTheHeaderFindsTheMeasuresByABodyPhraseAndHighlightsIt() {
        open("/");
        WebElement box = browser.findElement(By.id("site-q"));
        box.sendKeys("公开为常态");
        browser.findElement(By.cssSelector("form.site-search button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/search?q="));
        WebElement hit = browser.findElements(By.cssSelector("li.hit")).stream()
                .filter(h -> h.findElement(By.cssSelector("h2 a")).getText().equals(PortalFixtures.MEASURES_TITLE))
                .findFirst().orElseThrow();
        assertThat(hit.findElements(By.tagName("mark"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("公开") || t.contains("常态"));
    }

    @Test
    void withdrawnRecordLeavesSearchAndShowsItsNoticeAtItsAddress() {
        String phrase = "撤回测试专用词组甲乙丙";
        long id = fixtures.satPublishes("关于撤回测试的通知", "12.04", "<p>" + phrase + "的正文。</p>");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> searchFinds(phrase, id));
        fixtures.withdraw("sat-office", id, "内容已被新文件替代");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !searchFinds(phrase, id));
        open("/search?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8));
        assertThat(browser.findElements(By.cssSelector("a[href='/records/" + id + "']"))).isEmpty();
        open("/records/" + id);
        assertThat(browser.findElement(By.id("withdrawn")).getText()).contains("撤回", "内容已被新文件替代");
    }

    boolean searchFinds(String q, long id) {
        return http.text("/api/v1/public/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .contains("\"id\":" + id + ",");
    }

    @Test
    void homeListRecordAndSearchHaveNoSeriousOrCriticalAccessibilityViolations() {
        long measures = fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE);
        for (String path : new String[] { "/", "/records", "/catalog", "/catalog/12.01", "/records/" + measures,
                "/search?q=" + URLEncoder.encode("政务公开", StandardCharsets.UTF_8), "/sites/guangdong/",
                "/sites/guangdong/openness/guide" }) {
            open(path);
            assertThat(axeViolations()).as(path).isEmpty();
        }
    }

    @Test
    void recordPageReadsOnA375PixelPhoneWithoutHorizontalScrolling() throws IOException {
        long measures = fixtures.demoRecordId(PortalFixtures.MEASURES_TITLE);
        browser.manage().window().setSize(new Dimension(375, 812));
        open("/records/" + measures);
        long viewport = (Long) browser.executeScript("return window.innerWidth;");
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("scroll width at viewport " + viewport).isLessThanOrEqualTo(375);
        assertThat(Files.size(Browser.screenshot(browser, "portal-record-375"))).isPositive();
        open("/");
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(375);
    }

    @Test
    void pagesWorkWithoutJavaScriptBecauseTheyLoadNone() {
        for (String path : new String[] { "/", "/records", "/catalog" }) {
            open(path);
            assertThat(browser.findElements(By.tagName("script"))).as(path).isEmpty();
        }
    }
}

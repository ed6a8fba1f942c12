package cn.gongkai.regulations.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

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
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.Axe;
import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/** A reader in headless Chromium: the library list, a document, its contents, its banner and another day. */
@WebTest
class LibraryBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicPageCache cache;

    ApiClient http;
    RepealScenario s;

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
        s = RepealScenario.write(jdbc);
        cache.invalidateAll(); // written straight into the tables, without LibraryChanged
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    void open(String path) {
        browser.get(http.base() + path);
    }

    List<String> axeViolations() {
        return Axe.violations(browser);
    }

    @Test
    void readerFindsADocumentJumpsThroughItsContentsAndLooksAtTheDayBeforeTheRepeal() {
        String number = jdbc.sql("select document_number from reg_document where id = ?").param(s.lawId())
                .query(String.class).single();
        open("/regulations?type=LAW&q=" + java.net.URLEncoder.encode(number, StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("税收法规库");
        browser.findElement(By.cssSelector("a[href='/regulations/" + s.lawId() + "']")).click();
        Browser.awaitText(browser, By.tagName("h1"), "测试税法（库）");
        WebElement banner = browser.findElement(By.cssSelector(".validity-banner"));
        assertThat(banner.getText()).contains("部分条款废止", "关于废止测试税法第三条的决定", "变动记录截至 2025年3月31日");

        browser.findElement(By.cssSelector("nav.library-toc a[href='#art_20']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#art_20"));
        Object top = browser.executeScript("return document.getElementById('art_20').getBoundingClientRect().top;");
        assertThat(((Number) top).doubleValue()).isBetween(-5.0, 200.0);
        assertThat(((Number) browser.executeScript("return window.scrollY;")).doubleValue()).isPositive();

        assertThat(browser.findElement(By.id("art_3")).getAttribute("class")).contains("provision-lapsed");
        WebElement day = browser.findElement(By.id("on"));
        browser.executeScript("arguments[0].value = '2024-06-30';", day);
        browser.findElement(By.cssSelector("form.day-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("on=2024-06-30"));
        assertThat(browser.findElement(By.cssSelector(".validity-banner")).getText())
                .contains("全文有效", "本页显示 2024年6月30日 的文本");
        assertThat(browser.findElement(By.id("art_3")).getAttribute("class")).doesNotContain("provision-lapsed");
    }

    @Test
    void libraryDocumentAndProvisionPagesHaveNoSeriousOrCriticalAccessibilityViolations() {
        for (String path : new String[] { "/regulations", "/regulations/" + s.lawId(),
                "/regulations/" + s.lawId() + "?on=2024-07-01", "/regulations/" + s.lawId() + "/art/5",
                "/regulations/" + s.lawId() + "/text.html" }) {
            open(path);
            assertThat(axeViolations()).as(path).isEmpty();
        }
    }

    @Test
    void documentPageReadsOnA390PixelPhoneWithoutHorizontalScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : new String[] { "/regulations", "/regulations/" + s.lawId() + "?on=2024-07-01",
                "/regulations/" + s.lawId() + "/art/5" }) {
            open(path);
            long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            long viewport = (Long) browser.executeScript("return window.innerWidth;");
            assertThat(width).as(path + " scroll width at viewport " + viewport).isLessThanOrEqualTo(viewport);
        }
    }
}

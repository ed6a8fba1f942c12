package cn.gongkai.registers.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Axe;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query page at 390 px in headless Chromium: a taxpayer found by credit code, no sideways
 * scrolling, no serious or critical axe-core violation; and the masking console page.
 */
@WebTest
class QueryBrowserTests {

    static final int PHONE = 390;
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        browser = Browser.start(PHONE, 844);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void aTaxpayerIsFoundOnAPhoneAndThePagesAreAccessible() {
        String base = "http://localhost:" + port;
        ApiClient.Response created = new ApiClient(port).as("gd-publisher").post("/api/v1/registers/a-grade-taxpayers/rows",
                JsonMapper.shared().writeValueAsString(Map.of("values", Map.of("creditCode", "91110000101112659U",
                        "name", "浏览器查询测试有限公司", "year", "2025"), "publish", true)));
        String credit = "91110000101112659U";
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        browser.get(base + "/registers/query");
        assertFitsAndIsAccessible("/registers/query");
        browser.findElement(By.id("query-credit")).sendKeys(credit.toLowerCase());
        browser.findElement(By.cssSelector(".registers-query-form button[type=submit]")).click();
        Browser.awaitText(browser, By.cssSelector("h2"), "查询结果：1条");
        assertThat(browser.findElement(By.cssSelector(".registers-query-item")).getText()).contains("浏览器查询测试有限公司");
        assertFitsAndIsAccessible("/registers/query?credit=…");

        Browser.logIn(browser, base, "sat-office");
        browser.get(base + "/console/registers/penalty-decisions/masking");
        assertThat(browser.findElement(By.id("save-masks")).isDisplayed()).isTrue();
        assertThat(Axe.violations(browser)).as("masking console").isEmpty();
    }

    void assertFitsAndIsAccessible(String path) {
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as(path + ": scroll width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
        assertThat(Axe.violations(browser)).as(path).isEmpty();
    }
}

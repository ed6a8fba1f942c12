package cn.gongkai.registers.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.Axe;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/**
 * The data dictionary pages in headless Chromium at phone width (390 px) and on a desktop: no
 * sideways scrolling, no serious or critical axe-core violation, and the masked field says so.
 */
@WebTest
class DataDictionaryBrowserTests {

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
    void dictionariesReadWellOnAPhoneAndADesktop() {
        String base = "http://localhost:" + port;
        for (String code : List.of("licensing-decisions", "penalty-decisions", "powers")) {
            for (int width : List.of(PHONE, 1280)) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                browser.get(base + "/registers/" + code + "/dictionary");
                long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                assertThat(scroll).as(code + " at " + width + " px").isLessThanOrEqualTo(width);
                assertThat(Axe.violations(browser)).as(code + " at " + width + " px").isEmpty();
            }
        }
        browser.get(base + "/registers/licensing-decisions/dictionary");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("行政许可决定公示：数据字典");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("隐去出生日期");
    }
}

package cn.gongkai.registers.rows;

import static cn.gongkai.registers.rows.RowFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Axe;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/**
 * The register pages at 390 px in headless Chromium: no sideways scrolling, no serious or critical
 * axe-core violation (WCAG 2.1 AA) on the index, a list, a row and the console's register page.
 */
@WebTest
class RegisterRowsBrowserTests {

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
    void registerPagesReadWellOnAPhone() {
        String base = "http://localhost:" + port;
        ApiClient.Response r = new ApiClient(port).as("gd-publisher").post("/api/v1/registers/licensing-decisions/rows",
                body(Map.of("values", RowFixture.licence("粤税许准字〔2026〕浏览1号", "2026-11-05", "guangdong"),
                        "publish", true)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        long id = r.json().get("id").asLong();
        for (String path : List.of("/registers", "/registers/licensing-decisions",
                "/registers/licensing-decisions/rows/" + id)) {
            browser.get(base + path);
            assertFitsAndIsAccessible(path);
        }
        Browser.logIn(browser, base, "gd-office");
        for (String path : List.of("/console/registers", "/console/registers/licensing-decisions",
                "/console/registers/licensing-decisions/rows/" + id)) {
            browser.get(base + path);
            assertFitsAndIsAccessible(path);
        }
    }

    void assertFitsAndIsAccessible(String path) {
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as(path + ": scroll width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
        assertThat(Axe.violations(browser)).as(path).isEmpty();
    }
}

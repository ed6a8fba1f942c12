package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.Axe;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages people read on a phone (issue 10 C.4) at 390 px in headless Chromium: record lists, the
 * catalogue and the console's request queue fit without sideways scrolling, every table cell says
 * which column it is, axe-core finds no serious or critical WCAG 2.1 AA violation; and the request
 * receipt prints without the site's navigation.
 */
@WebTest
class PhoneLayoutBrowserTests {

    static final int PHONE = 390;
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(PHONE, 844);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Test
    void listsTheCatalogueAndTheRequestQueueFitA390PixelPhoneWithLabelledCells() {
        applyOnce();
        for (String path : List.of("/records", "/catalog", "/catalog/12.01", "/sites/guangdong/records")) {
            browser.get(base() + path);
            assertFitsAndIsLabelled(path);
        }
        Browser.logIn(browser, base(), "admin");
        browser.get(base() + "/console/requests?state=ALL");
        assertThat(browser.findElements(By.cssSelector("#request-queue tbody tr"))).isNotEmpty();
        assertFitsAndIsLabelled("/console/requests");
    }

    @Test
    void theReceiptPrintsWithoutNavigation() {
        String code = applyOnce();
        browser.manage().deleteAllCookies();
        browser.get(base() + "/requests/receipt/" + code);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            for (String hidden : List.of(".site-nav", ".site-search", ".lang", ".skip-link")) {
                for (WebElement e : browser.findElements(By.cssSelector(hidden))) {
                    assertThat(e.getCssValue("display")).as(hidden + " in print").isEqualTo("none");
                }
            }
            assertThat(browser.findElement(By.id("tracking-code")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("requested-description")).isDisplayed()).isTrue();
        }
        finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    void assertFitsAndIsLabelled(String path) {
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as(path + ": scroll width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
        List<WebElement> cells = browser.findElements(By.cssSelector("table.responsive tbody td"));
        assertThat(cells).as(path + ": cells of a responsive table").isNotEmpty();
        for (WebElement cell : cells) {
            String label = cell.getDomAttribute("data-label");
            assertThat(label).as(path + ": every cell names its column").isNotBlank();
            String shown = (String) browser.executeScript(
                    "return getComputedStyle(arguments[0], '::before').content;", cell);
            // Chromium reports the declared attr() or its value, depending on the version
            assertThat(shown).as(path + ": the column name is shown before the cell")
                    .satisfiesAnyOf(c -> assertThat(c).contains(label), c -> assertThat(c).contains("attr(data-label)"));
        }
        assertThat(axeViolations()).as(path).isEmpty();
    }

    static String code;

    /** One application of this class's own (its receipt, and a row in the console's queue). */
    String applyOnce() {
        if (code == null) {
            ApiClient.Response r = new ApiClient(port).post("/api/v1/public/requests", JsonMapper.builder().build()
                    .writeValueAsString(Map.of("applicantType", "NATURAL_PERSON", "name", "李四",
                            "idNumber", "11010519491231002X", "phone", "13800138000", "organ", "sat",
                            "description", "本机关2025年度政府信息公开工作年度报告所附统计表的电子版",
                            "form", "ELECTRONIC", "delivery", "ONLINE")));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            code = r.json().get("trackingCode").asString().replace("-", "");
        }
        return code;
    }

    List<String> axeViolations() {
        return Axe.violations(browser);
    }
}

package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
 * The console's import form and progress page on a phone (390 px) in headless Chromium: a
 * publisher uploads an A-grade list with one wrong check digit, all or nothing, and reads on the
 * progress page that nothing was imported and which line and column to correct; both pages fit the
 * screen and have no serious or critical axe-core violation.
 */
@WebTest
class RegisterImportBrowserTests {

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
    void aPublisherUploadsAListOnAPhoneAndReadsWhichLineToCorrect() throws Exception {
        String base = "http://localhost:" + port;
        Path file = Files.createTempFile("a-grade", ".csv");
        try {
            Files.writeString(file, ImportFixture.aGradeCsv(800_000, 40, 7));
            Browser.logIn(browser, base, "sat-publisher");
            browser.get(base + "/console/registers/a-grade-taxpayers/imports/new");
            assertFitsAndIsAccessible("import form");

            browser.findElement(By.id("ri-file")).sendKeys(file.toString());
            browser.findElement(By.id("ri-mode-all")).click();
            browser.findElement(By.cssSelector("section form button[type=submit]")).click();

            Browser.awaitText(browser, By.cssSelector("table.record-meta tbody tr:first-child td"), "未导入（有错误）");
            assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("未导入任何行");
            var cells = browser.findElements(By.cssSelector("section table:not(.record-meta) tbody tr:first-child td"));
            assertThat(cells).hasSize(3);
            assertThat(cells.get(0).getText()).as("taxpayer 7 is on line 9 (the header is line 1)").isEqualTo("9");
            assertThat(cells.get(1).getText()).isEqualTo("统一社会信用代码");
            assertFitsAndIsAccessible("progress page");
        }
        finally {
            Files.deleteIfExists(file);
        }
    }

    void assertFitsAndIsAccessible(String page) {
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as(page + ": scroll width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
        assertThat(Axe.violations(browser)).as(page).isEmpty();
    }
}

package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/**
 * A drafter creates and submits a record, the openness office returns it with a reason (退文), the
 * drafter fixes and resubmits, the reviewer approves (and may not publish what they reviewed), the
 * publisher publishes, and the public sees the page.
 */
@WebTest
class RecordReviewBrowserTests {

    @LocalServerPort
    int port;
    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void login(String user) {
        Browser.logIn(browser, url(""), user);
    }

    /** Waits for the page after a click to show the expected state (the click navigates). */
    void awaitState(String expected) {
        Browser.awaitText(browser, "state", expected);
    }

    @Test
    void drafterSubmitsOfficeReturnsDrafterFixesReviewerApprovesPublisherPublishesPublicSeesIt() {
        String title = "浏览器测试：办税指南更新" + System.nanoTime();
        login("sat-drafter");
        browser.get(url("/console/records/new"));
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("type"))).selectByValue("OTHER");
        new Select(browser.findElement(By.id("attribute"))).selectByValue("PROACTIVE");
        new Select(browser.findElement(By.id("catalogEntry"))).selectByValue("07.03");
        browser.findElement(By.id("body")).sendKeys("<p>更新后的办税指南。</p><script>alert(1)</script>");
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/console/records/\\d+$"));
        String recordUrl = browser.getCurrentUrl();
        assertThat(recordUrl).matches(".*/console/records/\\d+$");
        browser.findElement(By.id("submit")).click();
        awaitState("待公开办审核");

        login("sat-office");
        browser.get(url("/console/records/review"));
        browser.findElement(By.linkText(title)).click();
        browser.findElement(By.id("reason")).sendKeys("请在正文中注明施行日期");
        browser.findElement(By.id("return")).click();
        awaitState("草稿");

        login("sat-drafter");
        browser.get(recordUrl);
        assertThat(browser.findElement(By.id("return-reason")).getText()).contains("请在正文中注明施行日期");
        browser.findElement(By.id("edit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/edit"));
        browser.findElement(By.id("body")).clear();
        browser.findElement(By.id("body")).sendKeys("<p>更新后的办税指南，自2026年1月1日起施行。</p>");
        browser.findElement(By.id("save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(recordUrl));
        browser.findElement(By.id("submit")).click();
        awaitState("待公开办审核");

        login("sat-office");
        browser.get(recordUrl);
        browser.findElement(By.id("approve")).click();
        awaitState("已审定待发布");
        // separation of duties: the reviewer holds PUBLISHER too, but may not publish what they reviewed
        assertThat(browser.findElement(By.id("publish")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("publish-refused")).getText()).contains("职责分离", "发布须由另一人完成");

        login("sat-publisher");
        browser.get(recordUrl);
        browser.findElement(By.id("publish")).click();
        awaitState("已发布");
        assertThat(browser.findElement(By.id("index-number")).getText()).matches("000014349/\\d{4}-\\d{5}");
        String publicPath = browser.findElement(By.id("public-link")).getAttribute("href");

        login("gd-drafter");
        browser.get(recordUrl);
        assertThat(browser.getPageSource()).contains("403", "无权执行此操作");

        browser.manage().deleteAllCookies();
        browser.get(publicPath);
        assertThat(browser.getTitle()).isEqualTo(title);
        assertThat(browser.getPageSource()).contains("自2026年1月1日起施行", "索引号", "07.03 办税指南")
                .doesNotContain("alert(1)");
    }
}

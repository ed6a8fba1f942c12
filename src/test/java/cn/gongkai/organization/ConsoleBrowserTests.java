package cn.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/** A staff member logs in with a real browser, sees the console in Chinese, switches to English, logs out. */
@WebTest
class ConsoleBrowserTests {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void start() {
        browser = Browser.start();
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void administratorLogsInManagesStaffAndLogsOut() {
        String base = "http://127.0.0.1:" + port;
        browser.get(base + "/console/staff");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(ApiClient.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/console"));
        assertThat(browser.getCurrentUrl()).startsWith(base + "/console/staff");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("工作人员");
        assertThat(browser.getPageSource()).contains("sat-drafter");
        Browser.screenshot(browser, "console-staff");

        browser.get(base + "/console/staff?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Staff");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.findElement(By.cssSelector("form.logout button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(browser.getCurrentUrl()).contains("/login?logout");
        browser.get(base + "/console");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void wrongPasswordShowsTheReasonOnTheLoginPage() {
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.id("username")).sendKeys("sat-office");
        browser.findElement(By.id("password")).sendKeys("wrong-password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        WebElement alert = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=alert]")));
        assertThat(alert.getText()).contains("用户名或密码错误");
    }

    @Test
    void publicHomeCarriesTheSiteIdentity() {
        browser.get("http://127.0.0.1:" + port + "/");
        String footer = browser.findElement(By.tagName("footer")).getText();
        assertThat(footer).contains("网站标识码", "bm29000002", "京ICP备", "京公网安备");
        browser.findElement(By.cssSelector("a.skip-link"));
        Browser.screenshot(browser, "home");
    }
}

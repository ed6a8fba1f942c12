package cn.gongkai.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Axe;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registers as the public uses them, in headless Chromium: a register's list filtered down to
 * one taxpayer and its row page, the taxpayer query service, and a power item's flow chart; each
 * axe-core clean (WCAG 2.1 AA) at 1280 px and at a 390 px phone, where nothing scrolls sideways.
 */
@WebTest
class RegistersBrowserTests {

    static ChromeDriver browser;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    String base() {
        return "http://localhost:" + port;
    }

    long create(String code, Map<String, String> values) {
        ApiClient.Response r = new ApiClient(port).as("gd-publisher").post("/api/v1/registers/" + code + "/rows",
                JSON.writeValueAsString(Map.of("values", values, "publish", true)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** Waits until {@code where} contains {@code expected} (the page may be replaced meanwhile). */
    static void awaitContaining(By where, String expected) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(d -> d.findElement(where).getText().contains(expected));
        }
        catch (TimeoutException e) {
            throw new AssertionError(where + " did not show '" + expected + "' at " + browser.getCurrentUrl() + ": "
                    + browser.findElements(where).stream().map(WebElement::getText).findFirst().orElse("(none)"), e);
        }
    }

    /** axe-core clean at desktop width, and at 390 px also no horizontal scrolling. */
    void accessibleAtBothWidths(String what) {
        String url = browser.getCurrentUrl();
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url);
        assertThat(Axe.violations(browser)).as(what + " at 1280 px").isEmpty();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url);
        assertThat(Axe.violations(browser)).as(what + " at 390 px").isEmpty();
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;")).as(what)
                .isLessThanOrEqualTo(390);
    }

    @Test
    void aRegisterListFiltersToOneTaxpayerWhosePageIsAccessible() {
        String credit = RegisterSamples.creditCode(9_001);
        long id = create("a-grade-taxpayers", Map.of("creditCode", credit, "name", "广州市天河区浏览器测试贸易有限公司",
                "year", String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1)));
        create("a-grade-taxpayers", Map.of("creditCode", RegisterSamples.creditCode(9_002), "name", "佛山市南海区另一家测试有限公司",
                "year", String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1)));

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base() + "/registers");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("纳税信用A级纳税人名单");
        accessibleAtBothWidths("/registers");

        browser.get(base() + "/registers/a-grade-taxpayers");
        WebElement q = browser.findElement(By.cssSelector("main form input[name=q]"));
        q.sendKeys("浏览器测试", Keys.ENTER);
        awaitContaining(By.tagName("main"), "广州市天河区浏览器测试贸易有限公司");
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("佛山市南海区另一家测试有限公司");
        accessibleAtBothWidths("the filtered list");

        browser.findElement(By.cssSelector("main a[href$='/registers/a-grade-taxpayers/rows/" + id + "']")).click();
        awaitContaining(By.tagName("main"), credit);
        accessibleAtBothWidths("the row page");

        // the pages name their register in the heading (not the layout's title fragment)
        assertThat(browser.findElement(By.cssSelector("main p a")).getText()).isEqualTo("纳税信用A级纳税人名单");
        browser.get(base() + "/registers/a-grade-taxpayers");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("纳税信用A级纳税人名单");
    }

    @Test
    void theQueryServiceFindsATaxpayerAcrossRegistersAccessibly() {
        String credit = RegisterSamples.creditCode(9_010);
        String name = "广州市越秀区查询服务测试有限公司";
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        create("a-grade-taxpayers", Map.of("creditCode", credit, "name", name, "year", String.valueOf(year)));

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base() + "/registers/query");
        accessibleAtBothWidths("the query form");
        browser.findElement(By.cssSelector("main form input[name=credit]")).sendKeys(credit, Keys.ENTER);
        awaitContaining(By.tagName("main"), name);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("纳税信用A级纳税人名单");
        accessibleAtBothWidths("the query results");

        String wrongCheckDigit = credit.substring(0, 17) + (credit.endsWith("0") ? "1" : "0");
        browser.get(base() + "/registers/query?credit=" + wrongCheckDigit);
        assertThat(browser.findElement(By.tagName("main")).getText()).as("a wrong check digit is named")
                .contains("统一社会信用代码");
        accessibleAtBothWidths("the query's error");
    }

    @Test
    void aPowerItemsFlowChartIsAnAccessibleImageWithItsStepsAsText() {
        long id = create("powers", Map.of("itemCode", "440000-QT-9001", "name", "浏览器测试权力事项", "category", "CONFIRMATION",
                "basis", "《中华人民共和国税收征收管理法》", "subject", "guangdong",
                "responsibilities", "受理、审查、决定、送达", "accountability", "不履行或者不正确履行职责的，依法追责",
                "steps", """
                        [{"name":"受理","unit":"办税服务厅","requirements":"材料齐全","timeLimit":"即时","next":[]},
                         {"name":"审查","unit":"业务处室","requirements":"审查材料","timeLimit":"5个工作日","next":[2,3]},
                         {"name":"予以确认","unit":"业务处室","requirements":"制作确认文书","timeLimit":"1个工作日","next":[4]},
                         {"name":"不予确认","unit":"业务处室","requirements":"说明理由","timeLimit":"1个工作日","next":[4]},
                         {"name":"送达","unit":"办税服务厅","requirements":"送达文书","timeLimit":"3个工作日","next":[]}]""",
                "phone", "020-83170000"));
        browser.manage().window().setSize(new Dimension(1280, 900));
        // the chart page of the draws helper (rows-page.html does not include the chart fragment yet)
        browser.get(base() + "/registers/powers/rows/" + id + "/flow");
        WebElement chart = browser.findElement(By.cssSelector("main svg[role=img]"));
        assertThat(chart.findElements(By.tagName("title"))).isNotEmpty();
        assertThat(chart.getText()).contains("受理", "予以确认", "不予确认");
        List<String> steps = browser.findElements(By.cssSelector("main ol li")).stream().map(WebElement::getText).toList();
        assertThat(String.join(" ", steps)).contains("审查", "业务处室", "5个工作日");
        accessibleAtBothWidths("the flow chart");
    }
}

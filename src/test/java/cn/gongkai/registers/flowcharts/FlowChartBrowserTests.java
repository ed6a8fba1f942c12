package cn.gongkai.registers.flowcharts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.organization.Organization;
import cn.gongkai.registers.rows.RowStore;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Axe;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;

/**
 * A flow chart page, a service guide and a draw's page in headless Chromium for rows created
 * through RowStore: axe-core clean at 1280 px and at 390 px, where nothing is wider than the
 * phone (the chart scales down; its text alternative reads in full). Then the console's draw form.
 */
@WebTest
class FlowChartBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    RowStore rows;
    @Autowired
    Organization organization;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theFlowChartGuideAndDrawPagesAreAccessibleAndFitA390PixelPhone() {
        RegisterRowsFixture fixture = new RegisterRowsFixture(rows, organization);
        long power = fixture.power("纳税信用修复（浏览器测试）", true);
        long licence = fixture.licensing("增值税专用发票最高开票限额审批（浏览器测试）");
        long item = fixture.inspection("发票使用情况检查（浏览器测试）", true);
        ApiClient.Response draw = new ApiClient(port).as("sat-publisher").post("/api/v1/registers/random-inspections/draws",
                "{\"title\":\"浏览器测试抽取\",\"rowId\":" + item + ",\"pool\":[\"91440101MA5C11110A\",\"91440101MA5C22220B\","
                        + "\"广州市云山贸易有限公司\"],\"count\":2,\"sources\":[[9319],[2,5,12,8,10]]}");
        assertThat(draw.status()).as(draw.body()).isEqualTo(201);

        String base = "http://localhost:" + port;
        String[] paths = { "/registers/powers/rows/" + power + "/flow", "/registers/licensing/rows/" + licence + "/guide",
                "/registers/random-inspections/draws/" + draw.json().get("id").asLong() };
        for (String path : paths) {
            for (int width : new int[] { 1280, 390 }) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(base + path);
                assertThat(Axe.violations(browser)).as(path + " at " + width).isEmpty();
                assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth;"))
                        .as(path + " at " + width).isLessThanOrEqualTo(width);
            }
        }
        browser.get(base + paths[0]);
        Long chartWidth = (Long) browser.executeScript(
                "return Math.round(document.querySelector('figure.flow-chart svg').getBoundingClientRect().width);");
        assertThat(chartWidth).isLessThanOrEqualTo(390);
        assertThat(browser.findElements(By.cssSelector("figure.flow-chart ol.flow-steps > li"))).hasSize(6);

        Browser.logIn(browser, base, "sat-publisher");
        for (int width : new int[] { 1280, 390 }) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(base + "/console/registers/random-inspections/draws");
            assertThat(Axe.violations(browser)).as("console at " + width).isEmpty();
        }
        browser.findElement(By.id("d-pool")).sendKeys("甲\n乙\n丙");
        browser.findElement(By.id("d-count")).sendKeys("5");
        browser.findElement(By.id("d-sources")).sendKeys("1 2 3");
        browser.findElement(By.id("d-submit")).click();
        Browser.awaitText(browser, "d-count-error", "抽取数量（5）不能超过检查对象名录的数量（3）。");
        assertThat(Axe.violations(browser)).as("refused console form").isEmpty();
    }
}

package cn.gongkai.regulations.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.support.Axe;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.ProvisionsAffected;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Browser;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages of the knowledge base and of a cleanup result at 390 px in headless Chromium:
 * no sideways scrolling, no serious or critical axe-core violation (WCAG 2.1 AA), and the flagged
 * answer's notice is shown.
 */
@WebTest
class KnowledgeBaseBrowserTests {

    static final int PHONE = 390;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(PHONE, 844);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void theFlaggedAnswerAndACleanupResultReadWellOnAPhone() {
        String base = "http://localhost:" + port;
        String doc = LibraryFixture.aLaw(jdbc, "知识库页面测试法").articles(3).effectiveOn(LocalDate.of(1985, 5, 5)).save();
        ApiClient drafter = new ApiClient(port).as("sat-drafter");
        long answer = drafter.post("/api/v1/regulations/answers", JSON.writeValueAsString(Map.of(
                "question", "小规模纳税人季度销售额未超过30万元的，是否需要申报？", "answer",
                "需要按期申报。\n免税销售额填写在申报表相应栏次。", "category", "增值税",
                "citations", List.of(Map.of("documentId", doc, "eId", "art_2__para_1"))))).json().get("id").asLong();
        tx.executeWithoutResult(s -> events.publishEvent(new ProvisionsAffected(doc, List.of("art_2"),
                EffectType.AMEND, LocalDate.now(clock), 770_001)));

        long cleanup = drafter.post("/api/v1/regulations/cleanups", JSON.writeValueAsString(Map.of(
                "title", "关于公布全文失效废止、部分条款失效废止的税收规范性文件目录的公告（页面测试）",
                "scope", Map.of("types", List.of("LAW"), "issuedAfter", "1984-12-31", "issuedBefore", "1986-01-01"),
                "effectiveOn", "2026-06-01"))).json().get("id").asLong();
        assertThat(drafter.put("/api/v1/regulations/cleanups/" + cleanup + "/decisions", JSON.writeValueAsString(
                Map.of("decisions", List.of(Map.of("documentId", doc, "decision", "KEEP", "basis", "继续适用"),
                        Map.of("documentId", doc, "eId", "art_3", "decision", "REPEAL", "basis",
                                "该条规定的审批事项已取消")))))
                .status()).isEqualTo(200);
        assertThat(new ApiClient(port).as("sat-office").post("/api/v1/regulations/cleanups/" + cleanup + "/approve", "{}")
                .status()).isEqualTo(200);
        assertThat(new ApiClient(port).as("sat-publisher").post("/api/v1/regulations/cleanups/" + cleanup + "/publish",
                "{}").status()).isEqualTo(200);

        browser.get(base + "/regulations/answers/" + answer);
        assertThat(browser.findElement(By.id("citation-changed")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("citation-changed")).getText()).contains("所引条款已修改/废止", "修改");
        assertFitsAndIsAccessible("/regulations/answers/" + answer);
        for (String path : List.of("/regulations/answers", "/regulations/cleanups", "/regulations/cleanups/" + cleanup)) {
            browser.get(base + path);
            assertFitsAndIsAccessible(path);
        }
        assertThat(browser.findElement(By.id("partly")).getText()).contains("部分条款废止和失效");
    }

    void assertFitsAndIsAccessible(String path) {
        long width = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as(path + ": scroll width at " + PHONE + " px").isLessThanOrEqualTo(PHONE);
        assertThat(axeViolations()).as(path).isEmpty();
    }

    List<String> axeViolations() {
        return Axe.violations(browser);
    }
}

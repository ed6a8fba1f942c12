package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/**
 * The compliance dashboard as a supervisor reads it (SPEC M2): the overdue list first, rules by
 * their duty and source clause (never an id), a trend with points from the demo history, the
 * subtree as an organ × rule grid with colour and the same in words, and English names in English.
 */
@WebTest
class ComplianceDashboardWebTests {

    @LocalServerPort
    int port;

    ConsoleSession supervisor;

    @BeforeEach
    void logIn() {
        supervisor = ConsoleSession.login("http://localhost:" + port, "sat-office", ApiClient.DEMO_PASSWORD);
    }

    Document dashboard(String query) {
        ApiClient.Response r = supervisor.get("/console/obligations" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void theOverdueListComesFirstAndNamesEachRuleByItsDutyAndClause() {
        Document page = dashboard("");
        List<String> headings = page.select("main h2").eachText();
        assertThat(headings.get(0)).startsWith("逾期未完成");
        Element overdue = page.getElementById("overdue");
        assertThat(overdue).as("the demo history leaves decisions unpublished past their due time").isNotNull();
        assertThat(overdue.select("tbody tr")).isNotEmpty();
        assertThat(overdue.text()).contains("《全面推进政务公开工作实施办法》").doesNotContain("measures-");
    }

    @Test
    void rulesAreNamedInChineseWithTheirSourceClauseNotTheirIds() {
        Document page = dashboard("");
        String byRule = page.getElementById("by-rule").text() + " " + page.getElementById("subtree-map").select("thead").text();
        assertThat(byRule).contains("公示行政许可决定", "《全面推进政务公开工作实施办法》二(二)")
                .doesNotContain(RuleIds.LICENCE_DECISION, RuleIds.PENALTY_DECISION);
    }

    @Test
    void theTrendChartHasPointsFromTheDemoHistory() {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> bars(dashboard("?period=" + lastYearMonth())) >= 2);
        Document year = dashboard("");
        assertThat(year.select("#trend tbody td").eachText()).anyMatch(t -> t.endsWith("%"));
    }

    @Test
    void theSubtreeIsAGridOfOrgansByRulesWithColourAndCountInWords() {
        Document page = dashboard("");
        Element grid = page.getElementById("subtree-map");
        assertThat(grid.select("tbody th").eachText()).anyMatch(t -> t.contains("广东省税务局"));
        List<Element> rated = grid.select("td.grid-good, td.grid-fair, td.grid-poor");
        assertThat(rated).isNotEmpty();
        assertThat(rated).allMatch(td -> td.text().matches("\\d+%（共\\d+件，逾期\\d+件）"));
        assertThat(page.select(".legend li").eachText()).contains("按时完成率90%及以上", "低于60%");
    }

    @Test
    void theEnglishDashboardShowsOrgansAndRulesInEnglish() {
        Document page = dashboard("?lang=en");
        assertThat(page.select("h1").text()).contains("State Taxation Administration");
        assertThat(page.getElementById("subtree-map").select("tbody th").eachText())
                .anyMatch(t -> t.contains("Guangdong Provincial Tax Service"));
        assertThat(page.getElementById("by-rule").text()).contains("Implementation Measures 2(2)");
    }

    static int bars(Document page) {
        return (int) page.select("svg.chart rect").stream()
                .filter(r -> !r.attr("height").isEmpty() && Integer.parseInt(r.attr("height")) > 0).count();
    }

    static String lastYearMonth() {
        return java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    }
}

package cn.gongkai.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A licence decision and a penalty decision entered but not published raise their duties with the
 * calendar's due days (Measures 二(二): 7 working days, here across the 2026 National Day holiday;
 * 四(三): the 10th of the month after the decision became final), show as overdue on the
 * supervisor's compliance dashboard with a link to the row, and leave it, met late, once published.
 */
@WebTest
class RegisterDutyDashboardWebTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SUBJECT = "register-row";

    @LocalServerPort
    int port;
    @Autowired
    Obligations obligations;

    long draft(String code, Map<String, String> values) {
        ApiClient.Response r = new ApiClient(port).as("gd-drafter").post("/api/v1/registers/" + code + "/rows",
                JSON.writeValueAsString(Map.of("values", values, "publish", false)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    ObligationView duty(String rule, long row) {
        ObligationView view = obligations.findAll(rule, SUBJECT, List.of(String.valueOf(row))).get(String.valueOf(row));
        assertThat(view).as(rule + " for row " + row).isNotNull();
        return view;
    }

    Element overdueRowOf(ConsoleSession supervisor, long row) {
        ApiClient.Response page = supervisor.get("/console/obligations?organ=guangdong");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return Jsoup.parse(page.body()).select("#overdue tbody tr").stream()
                .filter(tr -> tr.select("a[href]").stream().anyMatch(a -> a.attr("href").contains("/console/registers/")
                        && a.attr("href").endsWith("/rows/" + row)))
                .findFirst().orElse(null);
    }

    @Test
    void unpublishedDecisionsAreOverdueOnTheDashboardUntilPublished() {
        // decided Monday 2026-09-28: Sep 29, 30, Oct 8, 9, 10 (a make-up working day), 12, 13 — Oct 1–7 are the holiday
        long licence = draft("licensing-decisions", RegisterSamples.values("documentNumber", "粤税许准〔2026〕901号",
                "itemName", "增值税防伪税控系统最高开票限额审批", "content", "准予最高开票限额为十万元",
                "counterpartType", "LEGAL_PERSON", "counterpart", "广州市天河区义务测试有限公司",
                "creditCode", RegisterSamples.creditCode(9_101), "decidedOn", "2026-09-28", "organ", "guangdong"));
        // final on 2026-10-20: due by 2026-11-10
        long penalty = draft("penalty-decisions", RegisterSamples.values("documentNumber", "粤税稽罚〔2026〕901号", "kind", "PENALTY",
                "party", "广州市天河区义务测试有限公司", "partyType", "LEGAL_PERSON",
                "creditCode", RegisterSamples.creditCode(9_101), "facts", "未按照规定期限办理纳税申报。",
                "basis", "《中华人民共和国税收征收管理法》第六十二条", "content", "罚款", "fine", "500.00",
                "decidedOn", "2026-10-09", "finalOn", "2026-10-20", "organ", "guangdong"));

        ObligationView licenceDuty = duty(RuleIds.LICENCE_DECISION, licence);
        assertThat(licenceDuty.lastDay()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(licenceDuty.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(licenceDuty.subject().consolePath()).isNotBlank();
        ObligationView penaltyDuty = duty(RuleIds.PENALTY_DECISION, penalty);
        assertThat(penaltyDuty.lastDay()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(penaltyDuty.state()).isEqualTo(ObligationState.OVERDUE);

        ConsoleSession supervisor = ConsoleSession.login("http://localhost:" + port, "gd-office", ApiClient.DEMO_PASSWORD);
        Element licenceRow = overdueRowOf(supervisor, licence);
        assertThat(licenceRow).as("the overdue licence decision is listed").isNotNull();
        // the dashboard shows the instant the duty became late: 24:00 of its last day
        assertThat(licenceRow.text()).contains("公示行政许可决定", "《全面推进政务公开工作实施办法》二(二)", "2026-10-14 00:00");
        Element penaltyRow = overdueRowOf(supervisor, penalty);
        assertThat(penaltyRow).as("the overdue penalty decision is listed").isNotNull();
        assertThat(penaltyRow.text()).contains("《全面推进政务公开工作实施办法》四(三)", "2026-11-11 00:00");
        String consoleLink = licenceRow.select("a[href]").stream().map(a -> a.attr("href"))
                .filter(h -> h.contains("/console/registers")).findFirst().orElseThrow();
        assertThat(supervisor.get(consoleLink).status()).as("the link opens the row in the console").isEqualTo(200);

        ApiClient publisher = new ApiClient(port).as("gd-publisher");
        ApiClient.Response published = publisher.post("/api/v1/registers/licensing-decisions/rows/" + licence + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(duty(RuleIds.LICENCE_DECISION, licence).state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(overdueRowOf(supervisor, licence)).as("published: no longer overdue").isNull();
        assertThat(overdueRowOf(supervisor, penalty)).as("the penalty decision is still unpublished").isNotNull();
    }
}

package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.ledger.DueScan;
import cn.gongkai.organization.Organization;
import tools.jackson.databind.JsonNode;

/**
 * Issue 9 A.6, A.7: the art. 26 duty of a proactive record always exists (信息形成日期 defaults to
 * the written date), demo record 1 ends met once published, and the dashboard and the ledger API
 * count the same overdue duties.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProactiveDisclosureDutyWebTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;
    @Autowired
    PublishedRecords published;
    @Autowired
    Organization organization;
    @Autowired
    Obligations obligations;
    @Autowired
    DueScan scan;

    private static SubjectRef record(long id) {
        return new SubjectRef("record", String.valueOf(id), null);
    }

    /** Created and published in one act on the first start: the fulfilment is no longer lost. */
    @Test
    void demoRecordOneIsMetOnceItIsPublished() {
        PublicRecord.Summary measures = published.list(organization.sat(), 1, 200).items().stream()
                .filter(s -> "税总发〔2017〕44号".equals(s.documentNumber())).findFirst().orElseThrow();
        ObligationView duty = obligations.find(RuleIds.PROACTIVE_DISCLOSURE, record(measures.id())).orElseThrow();
        // formed 2017-04-27, published at the first start: met, late
        assertThat(duty.state()).isEqualTo(ObligationState.MET_LATE);
        assertThat(duty.fulfilledAt()).isNotNull();
    }

    @Test
    void aProactiveRecordWithoutFormationDateIsFormedOnItsWrittenDateElseOnEntry() {
        Api api = new Api(port);
        Map<String, Object> written = Api.draft("形成日期取成文日期");
        written.put("writtenOn", "2026-10-09");
        long id = api.post("sat-drafter", "/api/v1/records", written).id();
        assertThat(api.get("sat-drafter", "/api/v1/records/" + id).json().get("formedOn").asString())
                .isEqualTo("2026-10-09");
        ObligationView duty = obligations.find(RuleIds.PROACTIVE_DISCLOSURE, record(id)).orElseThrow();
        assertThat(LocalDate.ofInstant(duty.triggeredAt(), CHINA)).isEqualTo(LocalDate.of(2026, 10, 9));

        long bare = api.post("sat-drafter", "/api/v1/records", Api.draft("无成文日期")).id();
        JsonNode bareRecord = api.get("sat-drafter", "/api/v1/records/" + bare).json();
        assertThat(bareRecord.get("formedOn").isNull()).isFalse();
        assertThat(obligations.find(RuleIds.PROACTIVE_DISCLOSURE, record(bare))).isPresent();
    }

    /** One overdue count: the dashboard's figures and the ledger list agree for the organ and year. */
    @Test
    void theDashboardAndTheLedgerApiAgreeOnTheOverdueCount() {
        Api api = new Api(port);
        Map<String, Object> late = Api.draft("逾期未公开的信息");
        late.put("writtenOn", "2026-09-01");
        long id = api.post("sat-drafter", "/api/v1/records", late).id();
        scan.scan();
        assertThat(obligations.find(RuleIds.PROACTIVE_DISCLOSURE, record(id)).orElseThrow().state())
                .isEqualTo(ObligationState.OVERDUE);
        int year = LocalDate.now(CHINA).getYear();
        JsonNode figures = api.get("sat-office", "/api/v1/obligations/compliance?organ=sat&period=" + year).json();
        JsonNode list = api.get("sat-office", "/api/v1/obligations?organ=sat&state=OVERDUE&from=" + year
                + "-01-01&to=" + year + "-12-31").json();
        assertThat(figures.get("totals").get("overdue").asLong()).isPositive()
                .isEqualTo(list.get("total").asLong());
    }
}

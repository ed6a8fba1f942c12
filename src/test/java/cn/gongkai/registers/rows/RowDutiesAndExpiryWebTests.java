package cn.gongkai.registers.rows;

import static cn.gongkai.registers.rows.RowFixture.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.obligations.Obligations;
import cn.gongkai.registers.RegisterChanged;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;

/**
 * The penalty decision's duty (四(三): by the 10th of the month after it became final, on the
 * provincial portal) and the daily expiry of rows past their last public day (an abnormal
 * household after its status was lifted): off the list, once, still in the history.
 */
@WebTest
@RecordApplicationEvents
class RowDutiesAndExpiryWebTests {

    private static int numbers = 300;

    @LocalServerPort
    int port;
    @Autowired
    Obligations obligations;
    @Autowired
    RowExpiry expiry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;

    private long create(String code, Map<String, String> values, boolean publish) {
        ApiClient.Response r = new ApiClient(port).as("gd-office").post("/api/v1/registers/" + code + "/rows",
                body(Map.of("values", values, "publish", publish)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static Map<String, String> penalty(String finalOn) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("documentNumber", "粤税稽罚〔2026〕" + (++numbers) + "号");
        v.put("kind", "PENALTY");
        v.put("partyType", "LEGAL_PERSON");
        v.put("party", "佛山市南海区某某五金制品有限公司");
        v.put("creditCode", RowFixture.credit("91440605MA4UJ1234"));
        v.put("legalRep", "李四");
        v.put("facts", "2024年少申报增值税12万元");
        v.put("basis", "《中华人民共和国税收征收管理法》第六十三条第一款");
        v.put("content", "追缴税款并处少缴税款百分之五十的罚款");
        v.put("fine", "60000.00");
        v.put("decidedOn", "2026-01-05");
        v.put("finalOn", finalOn);
        v.put("organ", "guangdong");
        return v;
    }

    @Test
    void aPenaltyDecisionIsDueByTheTenthOfTheMonthAfterItBecameFinal() {
        long id = create("penalty-decisions", penalty("2026-01-31"), false);
        var duty = obligations.find("measures-4-3-penalty-decision", RowDuties.subject("penalty-decisions", id))
                .orElseThrow();
        assertThat(duty.lastDay()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(duty.organId()).isEqualTo(26L);
        // the provincial list shows its subordinates' decisions: organ=guangdong covers its subtree
        long published = create("penalty-decisions", penalty("2026-02-27"), true);
        var items = new ApiClient(port).get("/api/v1/public/registers/penalty-decisions/rows?organ=guangdong").json()
                .get("items");
        assertThat(items.findValuesAsString("url")).contains("/registers/penalty-decisions/rows/" + published);
        assertThat(items.findValuesAsString("url")).doesNotContain("/registers/penalty-decisions/rows/" + id);
    }

    @Test
    void aPenaltyFinalBeforeTheMeasuresTookEffectRaisesNoDuty() {
        // 四(三) applies from 2017-04-27; its period (the 10th of next month) is not in working days
        Map<String, String> old = penalty("2016-12-30");
        old.put("decidedOn", "2016-11-28");
        long id = create("penalty-decisions", old, false);
        assertThat(obligations.find("measures-4-3-penalty-decision", RowDuties.subject("penalty-decisions", id)))
                .isEmpty();
    }

    @Test
    void aRowPastItsLastPublicDayLeavesTheListOnceAndStaysInItsHistory() {
        LocalDate today = LocalDate.now(clock.withZone(RowDuties.CHINA));
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", "东莞市某某电子厂");
        v.put("taxpayerId", RowFixture.credit("92441900MA4W98765"));
        v.put("recognizedOn", today.minusMonths(3).toString());
        v.put("organ", "guangdong");
        v.put("liftedOn", today.minusDays(1).toString());
        long lifted = create("abnormal-households", v, true);
        Map<String, String> still = new LinkedHashMap<>(v);
        still.put("name", "东莞市某某塑胶厂");
        still.put("liftedOn", today.toString());
        long showing = create("abnormal-households", still, true);

        ApiClient anonymous = new ApiClient(port);
        List<String> urls = anonymous.get("/api/v1/public/registers/abnormal-households/rows").json().get("items")
                .findValuesAsString("url");
        assertThat(urls).contains("/registers/abnormal-households/rows/" + showing)
                .doesNotContain("/registers/abnormal-households/rows/" + lifted);

        events.clear();
        assertThat(expiry.expireDue()).isGreaterThanOrEqualTo(1);
        assertThat(events.stream(RegisterChanged.class)).contains(new RegisterChanged("abnormal-households", 26));
        assertThat(expiry.expireDue()).isZero();
        assertThat(jdbc.sql("select expired_at from register_row where id = ?").param(lifted)
                .query(java.sql.Timestamp.class).single()).isNotNull();
        assertThat(jdbc.sql("select expired_at from register_row where id = ?").param(showing)
                .query(java.sql.Timestamp.class).optional()).isEmpty();
        assertThat(anonymous.status("/registers/abnormal-households/rows/" + lifted)).isEqualTo(404);
        assertThat(new ApiClient(port).as("gd-office").get("/api/v1/registers/abnormal-households/rows/" + lifted)
                .json().get("state").asString()).isEqualTo("PUBLISHED");
    }
}

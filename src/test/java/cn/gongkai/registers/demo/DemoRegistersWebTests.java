package cn.gongkai.registers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.types.CheckedRow;
import cn.gongkai.registers.types.FieldChecks;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * The demo as it loads on first start: every row passes the registers' own field checks (the
 * generated check digits hold under FieldChecks, an implementation written apart from the
 * generator), every register has public rows, the licence decision left as a draft is overdue in
 * the ledger, the inspection item has its draw, and loading again adds nothing.
 */
@WebTest
class DemoRegistersWebTests {

    @LocalServerPort
    int port;
    @Autowired
    FieldChecks checks;
    @Autowired
    RegisterCatalog catalog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Obligations obligations;
    @Autowired
    DemoRegisters demo;

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void everyDemoRowPassesTheFieldChecksOfItsRegister() {
        for (DemoRow row : DemoData.rows(today())) {
            CheckedRow checked = checks.check(catalog.required(row.register()), row.values(), Locale.SIMPLIFIED_CHINESE);
            assertThat(checked.problems()).as(row.register() + " " + row.values()).isEmpty();
            if (row.corrected() != null) {
                assertThat(checks.check(catalog.required(row.register()), row.corrected(), Locale.SIMPLIFIED_CHINESE)
                        .problems()).as(row.register() + " corrected").isEmpty();
            }
        }
    }

    @Test
    void everyRegisterHasPublicDemoRows() {
        JsonNode items = new ApiClient(port).get("/api/v1/public/registers").json().get("items");
        assertThat(items).hasSize(15);
        for (JsonNode register : items) {
            assertThat(register.get("rows").asLong()).as(register.get("code").asString()).isPositive();
        }
    }

    @Test
    void theDemoDraftLicenceDecisionIsOverdueAndTheOnTimeOneWasMetOnTime() {
        List<Long> drafts = jdbc.sql("select id from register_row where register_code = 'licensing-decisions' and state = 'DRAFT'"
                + " and created_by = 'gd-drafter' order by trigger_on").query(Long.class).list();
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(2);
        Map<String, ObligationView> duties = obligations.findAll(RuleIds.LICENCE_DECISION, "register-row",
                drafts.stream().map(String::valueOf).toList());
        assertThat(duties.get(String.valueOf(drafts.get(0))).state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(duties.get(String.valueOf(drafts.get(drafts.size() - 1))).state().isOpen()).isTrue();
        List<Long> published = jdbc.sql("select id from register_row where register_code = 'licensing-decisions'"
                + " and state = 'PUBLISHED' and created_by = 'gd-publisher' and trigger_on >= ?")
                .param(today().minusDays(3)).query(Long.class).list();
        assertThat(published).isNotEmpty();
        assertThat(obligations.findAll(RuleIds.LICENCE_DECISION, "register-row", List.of(String.valueOf(published.get(0))))
                .values()).extracting(ObligationView::state).containsExactly(ObligationState.MET_ON_TIME);
    }

    @Test
    void theInspectionItemHasItsDrawAndMaskedValuesArePublicOnlyMasked() {
        assertThat(jdbc.sql("select count(*) from register_draw where row_id is not null").query(Integer.class).single())
                .isPositive();
        JsonNode penalties = new ApiClient(port).get("/api/v1/public/registers/penalty-decisions/rows").json().get("items");
        assertThat(penalties.toString()).contains("********");
    }

    @Test
    void loadingTheDemoAgainAddsNothing() {
        int before = jdbc.sql("select count(*) from register_row").query(Integer.class).single();
        demo.run(null);
        assertThat(jdbc.sql("select count(*) from register_row").query(Integer.class).single()).isEqualTo(before);
    }
}

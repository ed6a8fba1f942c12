package cn.gongkai.registers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo covers every register of the API contract, with identifiers whose check digits hold. */
class DemoDataTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Set<String> CODES = Set.of("powers", "licensing", "licensing-decisions", "penalty-decisions", "major-cases",
            "a-grade-taxpayers", "arrears", "abnormal-households", "fixed-quota", "invalid-certificates",
            "deadline-notices", "entrusted-collection", "random-inspections", "budgets", "procurement");

    final List<DemoRow> rows = DemoData.rows(TODAY);

    @Test
    void everyRegisterHasPublishedRows() {
        assertThat(rows.stream().filter(DemoRow::publish).map(DemoRow::register).collect(Collectors.toSet()))
                .isEqualTo(CODES);
    }

    @Test
    void everyCreditCodeAndIdNumberCarriesItsCheckCharacter() {
        int credit = 0;
        int ids = 0;
        for (DemoRow row : rows) {
            for (var e : row.values().entrySet()) {
                String v = e.getValue();
                if (v.matches("[0-9A-HJ-NP-RTUW-Y]{2}\\d{6}[0-9A-HJ-NP-RTUW-Y]{10}") && !v.matches("\\d{17}[0-9X]")) {
                    // validated, not regenerated: the check characters are pinned by real codes in CheckDigitsTests
                    assertThat(cn.gongkai.registers.types.CreditCode.flaw(v)).as(row.register() + "." + e.getKey())
                            .isNull();
                    assertThat(cn.gongkai.organization.IdentityCodes.validOrganizationCode(v.substring(8, 17)))
                            .as(row.register() + "." + e.getKey() + " organization code").isTrue();
                    credit++;
                }
                if (e.getKey().toLowerCase().endsWith("id") && v.matches("\\d{17}[0-9X]") || e.getKey().equals("idNumber")) {
                    assertThat(cn.gongkai.registers.types.ResidentIdNumber.flaw(v, TODAY)).as(row.register() + "." + e.getKey())
                            .isNull();
                    assertThat(LocalDate.parse(v.substring(6, 14), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                            .isBefore(TODAY);
                    ids++;
                }
            }
        }
        assertThat(credit).isGreaterThan(40);
        assertThat(ids).isGreaterThan(10);
    }

    @Test
    void oneLicenceDecisionIsADraftLongPastItsDecisionDayAndAnotherWasDecidedToday() {
        List<LocalDate> drafts = rows.stream().filter(r -> r.register().equals("licensing-decisions") && !r.publish())
                .map(r -> LocalDate.parse(r.values().get("decidedOn"))).toList();
        assertThat(drafts).contains(TODAY.minusDays(30), TODAY);
        assertThat(rows.stream().filter(r -> r.register().equals("penalty-decisions") && !r.publish())).hasSize(1);
    }

    @Test
    void theSameDataComesOutOnEveryNode() {
        assertThat(DemoData.rows(TODAY)).isEqualTo(rows);
    }
}

package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.gongkai.obligations.ledger.PeriodicObligations;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;

/**
 * Periodic rules raise their obligations per organ by themselves: once per organ and period, and
 * after downtime every period that started meanwhile (Measures 七(四), 八(四), 十二(四)).
 */
@ObligationsContext
class PeriodicObligationsIntegrationTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired PeriodicObligations periodic;
    @Autowired Obligations obligations;
    @Autowired Organization organization;

    @Test
    void periodicObligationsAreRaisedOncePerOrganAndPeriodAndCatchUpAfterDowntime() {
        Instant firstRun = ZonedDateTime.of(2026, 4, 1, 9, 0, 0, 0, CHINA).toInstant();
        Organ sat = organization.sat();
        Organ guangdong = organization.organByCode("guangdong").orElseThrow();
        Organ county = organization.all().stream().filter(o -> o.getLevel().name().equals("COUNTY")).findFirst()
                .orElseThrow();

        assertThat(periodic.generate(firstRun)).isPositive();
        assertThat(periodic.generate(firstRun)).isZero();

        assertThat(obligations.find(RuleIds.PRESS_CONFERENCE, PeriodSubjects.quarter(sat.getId(), 2026, 2)))
                .isPresent();
        // the first quarter was already over when the engine first ran
        assertThat(obligations.find(RuleIds.PRESS_CONFERENCE, PeriodSubjects.quarter(sat.getId(), 2026, 1)))
                .isEmpty();
        assertThat(obligations.find(RuleIds.SELF_CHECK, PeriodSubjects.year(guangdong.getId(), 2026))).isPresent();
        assertThat(obligations.find(RuleIds.INSPECTION, PeriodSubjects.year(guangdong.getId(), 2026))).isPresent();
        assertThat(obligations.find(RuleIds.INSPECTION, PeriodSubjects.year(county.getId(), 2026))).isEmpty();
        assertThat(obligations.find(RuleIds.PRESS_CONFERENCE, PeriodSubjects.quarter(guangdong.getId(), 2026, 2)))
                .isEmpty();

        // down from April to October: the third and fourth quarters are caught up, once
        Instant afterDowntime = ZonedDateTime.of(2026, 10, 2, 9, 0, 0, 0, CHINA).toInstant();
        assertThat(periodic.generate(afterDowntime)).isEqualTo(2);
        assertThat(obligations.find(RuleIds.PRESS_CONFERENCE, PeriodSubjects.quarter(sat.getId(), 2026, 3)))
                .isPresent();
        assertThat(obligations.find(RuleIds.PRESS_CONFERENCE, PeriodSubjects.quarter(sat.getId(), 2026, 4)))
                .isPresent();
        assertThat(periodic.generate(afterDowntime)).isZero();
    }
}

package cn.gongkai.requests.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.calendar.Pause;
import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.organization.Organization;
import cn.gongkai.support.MutableClock;
import cn.gongkai.requests.RequestsTestConfig;

/**
 * The reply clock of Regulations art. 30–33 across Spring Festival and National Day, checked
 * against dates counted by hand on the State Council holiday notices. The request's due date is
 * the ledger's (one value), so the clock is exercised through the ledger with the request's own
 * signals: receipt, pause for the correction and its restart, a consultation pause capped at the
 * party's 15 working days, the extension.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class RequestClockTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired Ledger ledger;
    @Autowired Obligations obligations;
    @Autowired Organization organization;
    @Autowired RequestClock requestClock;
    @Autowired WorkingCalendar calendar;
    @Autowired MutableClock clock;

    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(CHINA).toInstant());
    }

    private SubjectRef received(LocalDate day) {
        SubjectRef subject = new SubjectRef("request", "clock-" + UUID.randomUUID(), null);
        ledger.open(RuleIds.REQUEST_REPLY, organization.organByCode("guangdong").orElseThrow().getId(), subject,
                start(day)).orElseThrow();
        return subject;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(CHINA).toInstant();
    }

    private LocalDate due(SubjectRef subject) {
        return obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().lastDay();
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestivalCountTheMakeUpDays() {
        today("2025-01-20");
        // received Mon 2025-01-20: 21,22,23,24, 26 (Sun make-up), 27, [01-28..02-04 春节], 02-05,06,07,
        // 08 (Sat make-up), 10..14, 17..21 → the 20th working day is Fri 2025-02-21
        SubjectRef r = received(LocalDate.of(2025, 1, 20));
        assertThat(due(r)).isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(obligations.explain(RuleIds.REQUEST_REPLY, r).orElseThrow().makeupDays()).extracting(m -> m.date())
                .containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));
    }

    @Test
    void aCorrectionRestartsTheClockAndAThirdPartyPauseAndAnExtensionMoveIt() {
        today("2025-01-20");
        SubjectRef r = received(LocalDate.of(2025, 1, 20));
        // art. 30: the notice within 7 working days of receipt: 21,22,23,24,26,27,02-05 → 2025-02-05 (a limit)
        assertThat(requestClock.correctionNoticeLimit(LocalDate.of(2025, 1, 20))).contains(LocalDate.of(2025, 2, 5));
        today("2025-01-22");
        ledger.pause(RuleIds.REQUEST_REPLY, r, LocalDate.of(2025, 1, 23), "awaiting-correction");
        today("2025-02-05");
        ledger.resume(RuleIds.REQUEST_REPLY, r, LocalDate.of(2025, 2, 5));
        ledger.restart(RuleIds.REQUEST_REPLY, r, start(LocalDate.of(2025, 2, 5)), "corrected-application");
        // restart from Wed 02-05: 06, 07, 08 (Sat make-up), 10..14, 17..21, 24..28, 03-03, 04 → 2025-03-04
        assertThat(due(r)).isEqualTo(LocalDate.of(2025, 3, 4));
        // art. 32: letter to the third party Mon 02-10, answer Fri 02-14: 02-11..14 (4 working days) not counted
        today("2025-02-10");
        LocalDate answerDue = requestClock.consultationAnswerDue(LocalDate.of(2025, 2, 10)).orElseThrow();
        assertThat(answerDue).isEqualTo(LocalDate.of(2025, 3, 3));
        ledger.pause(RuleIds.REQUEST_REPLY, r, LocalDate.of(2025, 2, 11), "consultation-third-party", answerDue);
        today("2025-02-14");
        ledger.resume(RuleIds.REQUEST_REPLY, r, LocalDate.of(2025, 2, 15));
        // four paused working days: 03-05, 06, 07, 10 → 2025-03-10
        assertThat(due(r)).isEqualTo(LocalDate.of(2025, 3, 10));
        // art. 33: extended by 10 working days: 03-11..14, 17..21, 24 → 2025-03-24
        assertThat(ledger.extend(RuleIds.REQUEST_REPLY, r, 10, "公开办负责人", "需调取档案")).isTrue();
        assertThat(due(r)).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(obligations.explain(RuleIds.REQUEST_REPLY, r).orElseThrow().counted()).hasSize(30);
    }

    @Test
    void aConsultationOverNationalDayNotCountedAndTheMaximumExtension() {
        // received Fri 2024-09-27; letter Mon 09-30, answer Thu 10-10: paused 10-01..10-10 (of which 10-08,09,10
        // are working days). Count: 09-29 (Sun make-up), 30, 10-11, 12 (Sat make-up), 14..18, 21..25, 28..31,
        // 11-01, 04 → 2024-11-04; plus 20 working days: 11-05..08, 11..15, 18..22, 25..29, 12-02 → 2024-12-02
        today("2024-09-27");
        SubjectRef r = received(LocalDate.of(2024, 9, 27));
        assertThat(due(r)).isEqualTo(LocalDate.of(2024, 10, 30));
        // art. 34: 15 working days for the answer: 10-08..11, 12 (make-up), 14..18, 21..25 → 2024-10-25
        LocalDate answerDue = requestClock.consultationAnswerDue(LocalDate.of(2024, 9, 30)).orElseThrow();
        assertThat(answerDue).isEqualTo(LocalDate.of(2024, 10, 25));
        today("2024-09-30");
        ledger.pause(RuleIds.REQUEST_REPLY, r, LocalDate.of(2024, 10, 1), "consultation-co-author", answerDue);
        today("2024-10-11");
        ledger.resume(RuleIds.REQUEST_REPLY, r, LocalDate.of(2024, 10, 11));
        assertThat(due(r)).isEqualTo(LocalDate.of(2024, 11, 4));
        assertThat(ledger.extend(RuleIds.REQUEST_REPLY, r, 20, "公开办负责人", "涉及多个部门")).isTrue();
        assertThat(due(r)).isEqualTo(LocalDate.of(2024, 12, 2));
    }

    /**
     * Art. 32: the clock stops for at most the party's 15 working days. While the consultation is
     * open the due date counts the pause to its cap, and after the cap the clock runs although
     * the party never answered: the obligation is not paused for ever.
     */
    @Test
    void aConsultationStopsTheClockForAtMostTheParty15WorkingDays() {
        today("2025-03-03");
        SubjectRef r = received(LocalDate.of(2025, 3, 3));
        assertThat(due(r)).isEqualTo(LocalDate.of(2025, 3, 31));
        today("2025-03-05");
        LocalDate answerDue = requestClock.consultationAnswerDue(LocalDate.of(2025, 3, 5)).orElseThrow();
        // 03-06, 07, 10..14, 17..21, 24, 25, 26 → 2025-03-26
        assertThat(answerDue).isEqualTo(LocalDate.of(2025, 3, 26));
        ledger.pause(RuleIds.REQUEST_REPLY, r, LocalDate.of(2025, 3, 6), "consultation-third-party", answerDue);
        // 15 paused working days after 03-31: 04-01..03, [04-04..06 清明], 07..11, 14..18, 21, 22 → 2025-04-22
        ObligationView capped = obligations.find(RuleIds.REQUEST_REPLY, r).orElseThrow();
        assertThat(capped.lastDay()).isEqualTo(LocalDate.of(2025, 4, 22)).isEqualTo(calendar.due(
                new Period.WorkingDays(20), LocalDate.of(2025, 3, 3),
                List.of(new Pause(LocalDate.of(2025, 3, 6), answerDue))).date());
        // the party never answers: the answer much later does not move the due date beyond the cap
        today("2025-05-06");
        ledger.resume(RuleIds.REQUEST_REPLY, r, LocalDate.of(2025, 5, 6));
        assertThat(due(r)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void anOnlineApplicationOnARestDayIsReceivedOnTheNextWorkingDay() {
        assertThat(requestClock.onlineReceipt(LocalDate.of(2025, 1, 29))).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(requestClock.onlineReceipt(LocalDate.of(2025, 2, 8))).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(requestClock.onlineReceipt(LocalDate.of(2025, 10, 4))).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    /** The periods come from the rulebook by the trigger date: 2007 Regulations art. 24 before 2019-05-15. */
    @Test
    void periodsAreTheRulebookVersionInForceOnTheTriggerDate() {
        assertThat(requestClock.replyPeriod(LocalDate.of(2019, 5, 14)).orElseThrow().workingDays()).isEqualTo(15);
        assertThat(requestClock.replyPeriod(LocalDate.of(2019, 5, 14)).orElseThrow().maxExtensionWorkingDays())
                .isEqualTo(15);
        assertThat(requestClock.replyPeriod(LocalDate.of(2019, 5, 15)).orElseThrow().workingDays()).isEqualTo(20);
        assertThat(requestClock.replyPeriod(LocalDate.of(2019, 5, 15)).orElseThrow().maxExtensionWorkingDays())
                .isEqualTo(20);
        assertThat(requestClock.correctionNoticeRule(LocalDate.of(2019, 3, 1))).isEmpty();
        // 国办函〔2020〕109号 art. 7: 20 working days from the day after the notice
        assertThat(requestClock.feePayBy(LocalDate.of(2025, 3, 3))).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aYearWithoutHolidayDataGivesNoDateRatherThanAGuessAndTheLedgerStillStoresTheDuty() {
        today("2026-12-10");
        SubjectRef r = received(LocalDate.of(2026, 12, 10));
        ObligationView view = obligations.find(RuleIds.REQUEST_REPLY, r).orElseThrow();
        assertThat(view.dueAt()).isNull();
        assertThat(view.dueUnknownYear()).isEqualTo(2027);
        assertThat(view.dueExplanation()).contains("2027");
    }
}

package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ledger.HistoryEntry;
import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.obligations.ledger.ObligationQueries;
import cn.gongkai.obligations.ledger.PeriodicObligations;
import cn.gongkai.organization.Organization;

/** The ledger on the real database: idempotent triggers, pauses, one extension, restarts, rule versions, periodic rules. */
@ObligationsContext
class LedgerIntegrationTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A Monday in March 2026 (no holiday nearby). */
    private static final Instant RECEIVED = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, CHINA).toInstant();

    @Autowired Ledger ledger;
    @Autowired Obligations obligations;
    @Autowired ObligationQueries queries;
    @Autowired Organization organization;
    @Autowired WorkingCalendar calendar;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired EventPublicationRegistry registry;
    @Autowired PeriodicObligations periodic;

    @Test
    void sameRuleSubjectAndTriggerTwiceOpensOneObligation() {
        SubjectRef subject = request();
        ObligationTriggered triggered = new ObligationTriggered(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED);

        publish(triggered);
        publish(triggered);
        settle();

        assertThat(ledger.open(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED)).isEmpty();
        assertThat(jdbc.sql("select count(*) from obligation where subject_id = :id").param("id", subject.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    /** Regulations art. 32, 34: consultation time is not counted; the paused working days extend the period. */
    @Test
    void pauseExtendsTheDueTimeByExactlyThePausedWorkingDays() {
        SubjectRef subject = request();
        Obligation opened = ledger.open(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED).orElseThrow();
        LocalDate dueBefore = lastDay(opened.getDueAt());

        publish(new ObligationPaused(RuleIds.REQUEST_REPLY, subject, LocalDate.of(2026, 3, 5), "征求第三方意见"));
        settle();
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().paused()).isTrue();
        publish(new ObligationResumed(RuleIds.REQUEST_REPLY, subject, LocalDate.of(2026, 3, 12)));
        settle();

        ObligationView resumed = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow();
        int pausedWorkingDays = calendar.workingDaysBetween(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11));
        assertThat(pausedWorkingDays).isEqualTo(5);
        assertThat(resumed.paused()).isFalse();
        assertThat(calendar.workingDaysBetween(dueBefore, lastDay(resumed.dueAt()))).isEqualTo(pausedWorkingDays);
    }

    /** Regulations art. 33: one extension of at most 20 working days; a second one is refused and recorded. */
    @Test
    void extensionIsGrantedOnceAndASecondIsRefusedAndLogged() {
        SubjectRef subject = request();
        Obligation opened = ledger.open(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED).orElseThrow();
        LocalDate dueBefore = lastDay(opened.getDueAt());

        assertThat(ledger.extend(RuleIds.REQUEST_REPLY, subject, 20, "公开办负责人", "需要调取档案")).isTrue();
        Instant extended = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().dueAt();
        assertThat(calendar.workingDaysBetween(dueBefore, lastDay(extended))).isEqualTo(20);

        assertThat(ledger.extend(RuleIds.REQUEST_REPLY, subject, 5, "公开办负责人", "再次延长")).isFalse();
        ObligationView after = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow();
        assertThat(after.dueAt()).isEqualTo(extended);
        assertThat(after.extensionWorkingDays()).isEqualTo(20);
        assertThat(queries.getWithHistory(after.id()).getHistory()).extracting(HistoryEntry::getAction)
                .contains("extended", "extension-refused");
    }

    @Test
    void extensionBeyondTheRuleMaximumOrOnARuleWithoutExtensionIsRefused() {
        SubjectRef subject = request();
        ledger.open(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED).orElseThrow();
        SubjectRef licence = new SubjectRef("licence", UUID.randomUUID().toString(), null);
        ledger.open(RuleIds.LICENCE_DECISION, guangdong(), licence, RECEIVED).orElseThrow();

        assertThat(ledger.extend(RuleIds.REQUEST_REPLY, subject, 21, "head", "too long")).isFalse();
        assertThat(ledger.extend(RuleIds.LICENCE_DECISION, licence, 3, "head", "no extension")).isFalse();
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().extensionWorkingDays()).isNull();
    }

    /** Regulations art. 30: the reply period counts again from the receipt of the corrected application. */
    @Test
    void restartCountsThePeriodAgainFromTheNewTrigger() {
        SubjectRef subject = request();
        ledger.open(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED).orElseThrow();
        Instant corrected = RECEIVED.plus(Duration.ofDays(10));

        ledger.restart(RuleIds.REQUEST_REPLY, subject, corrected, "补正后的申请");

        ObligationView restarted = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow();
        assertThat(restarted.triggeredAt()).isEqualTo(corrected);
        assertThat(restarted.dueAt()).isEqualTo(calendar.due(new Period.WorkingDays(20), corrected).deadline()
                .toInstant());
    }

    /** The 2007 Regulations (art. 24: 15 working days) apply to requests received before 2019-05-15. */
    @Test
    void ruleVersionIsChosenByTheTriggerDate() {
        SubjectRef old = request();
        Instant received2019 = ZonedDateTime.of(2019, 1, 10, 9, 0, 0, 0, CHINA).toInstant();
        ledger.open(RuleIds.REQUEST_REPLY, guangdong(), old, received2019).orElseThrow();
        ObligationView view = obligations.find(RuleIds.REQUEST_REPLY, old).orElseThrow();
        assertThat(view.ruleVersion()).isEqualTo(RuleIds.REQUEST_REPLY + "@2008-05-01");
        assertThat(view.dueAt()).isEqualTo(calendar.due(new Period.WorkingDays(15), received2019).deadline()
                .toInstant());

        long organ = organization.organByCode("jiangsu").orElseThrow().getId();
        Instant end2018 = ZonedDateTime.of(2018, 12, 31, 23, 59, 59, 0, CHINA).toInstant();
        Instant end2019 = ZonedDateTime.of(2019, 12, 31, 23, 59, 59, 0, CHINA).toInstant();
        ledger.open(RuleIds.ANNUAL_REPORT, organ, PeriodSubjects.year(organ, 2018), end2018).orElseThrow();
        ledger.open(RuleIds.ANNUAL_REPORT, organ, PeriodSubjects.year(organ, 2019), end2019).orElseThrow();
        ObligationView report2018 = obligations.find(RuleIds.ANNUAL_REPORT, PeriodSubjects.year(organ, 2018))
                .orElseThrow();
        ObligationView report2019 = obligations.find(RuleIds.ANNUAL_REPORT, PeriodSubjects.year(organ, 2019))
                .orElseThrow();
        assertThat(report2018.source()).isEqualTo("《全面推进政务公开工作实施办法》六(三)");
        assertThat(report2018.dueAt()).isEqualTo(calendar.due(new Period.BeforeMonthDay(3, 31), end2018).deadline()
                .toInstant());
        assertThat(report2019.source()).isEqualTo("《政府信息公开条例》第四十九条");
        assertThat(report2019.dueAt()).isEqualTo(calendar.due(new Period.BeforeMonthDay(1, 31), end2019).deadline()
                .toInstant());
    }

    private SubjectRef request() {
        String id = "GK-" + UUID.randomUUID();
        return new SubjectRef("request", id, "/console/requests/" + id);
    }

    private long guangdong() {
        return organization.organByCode("guangdong").orElseThrow().getId();
    }

    private void publish(Object event) {
        tx.executeWithoutResult(status -> events.publishEvent(event));
    }

    private void settle() {
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.findIncompletePublications().isEmpty());
    }

    /** The last day of a period whose due time is 24:00 of that day. */
    private static LocalDate lastDay(Instant dueAt) {
        return LocalDate.ofInstant(dueAt.minusSeconds(1), CHINA);
    }
}

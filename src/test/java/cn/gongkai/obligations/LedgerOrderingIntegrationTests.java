package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.calendar.Pause;
import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationEvents.ObligationDeferred;
import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationPaused;
import cn.gongkai.obligations.ObligationEvents.ObligationRestarted;
import cn.gongkai.obligations.ObligationEvents.ObligationResumed;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;

/**
 * Issue 9 A.6: the ledger handles events synchronously in the publisher's transaction, in publish
 * order; concurrent acts on one obligation serialize on its row lock; a fulfilment or waiver
 * handled before its trigger is kept and applied when the trigger arrives.
 */
@ObligationsContext
class LedgerOrderingIntegrationTests {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A Monday in March 2026 (no holiday nearby). */
    private static final Instant RECEIVED = ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, CHINA).toInstant();

    @Autowired Obligations obligations;
    @Autowired Organization organization;
    @Autowired WorkingCalendar calendar;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired EventPublicationRegistry registry;

    /** The events of one request (a correction, then the reply period) in one act: applied at once, in order. */
    @Test
    void theEventsOfOneActAreAppliedInPublishOrderBeforeItCommits() {
        SubjectRef subject = request();
        Instant corrected = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, CHINA).toInstant();
        LocalDate due = tx.execute(status -> {
            events.publishEvent(new ObligationTriggered(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED));
            events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject, LocalDate.of(2026, 3, 4),
                    "awaiting-correction"));
            events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject, LocalDate.of(2026, 3, 9)));
            events.publishEvent(new ObligationRestarted(RuleIds.REQUEST_REPLY, subject, corrected,
                    "corrected-application"));
            // the publisher reads the result back inside its own transaction
            return obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().lastDay();
        });
        assertThat(due).isEqualTo(calendar.due(new Period.WorkingDays(20), corrected).date());
        // nothing of the ledger waits in Modulith's registry any more
        assertThat(registry.findIncompletePublications()).noneMatch(p -> p.getEvent().getClass().getName()
                .startsWith(ObligationEvents.class.getName()));
    }

    /**
     * Several acts on one request at the same moment, each in its own transaction: every one
     * succeeds (no optimistic-lock conflict retried for ever), and the final due time counts every
     * pause and the extension.
     */
    @Test
    void concurrentActsOnOneObligationSerializeAndAllApply() throws Exception {
        SubjectRef subject = request();
        ObligationTriggered trigger = new ObligationTriggered(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED);
        tx.executeWithoutResult(s -> events.publishEvent(trigger));
        // six consultations of one working week each (Mon..Fri paused, resumed on the next Monday), and the extension
        List<Callable<Void>> acts = new ArrayList<>();
        List<Pause> pauses = new ArrayList<>();
        for (int week = 0; week < 6; week++) {
            LocalDate monday = LocalDate.of(2026, 4, 13).plusWeeks(week * 2L);
            pauses.add(new Pause(monday, monday.plusDays(6)));
            acts.add(() -> {
                tx.executeWithoutResult(s -> {
                    events.publishEvent(new ObligationPaused(RuleIds.REQUEST_REPLY, subject, monday, "consultation"));
                    events.publishEvent(new ObligationResumed(RuleIds.REQUEST_REPLY, subject, monday.plusDays(7)));
                });
                return null;
            });
        }
        acts.add(() -> {
            tx.executeWithoutResult(s -> events.publishEvent(new ObligationExtended(RuleIds.REQUEST_REPLY, subject, 5,
                    "公开办负责人", "art-33-extension")));
            return null;
        });
        acts.add(() -> {
            tx.executeWithoutResult(s -> events.publishEvent(trigger));
            return null;
        });
        runTogether(acts);

        ObligationView view = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow();
        assertThat(view.extensionWorkingDays()).isEqualTo(5);
        assertThat(view.paused()).isFalse();
        assertThat(view.lastDay()).isEqualTo(calendar.due(new Period.WorkingDays(25), RECEIVED, pauses).date());
        assertThat(jdbc.sql("select count(*) from obligation_pause p join obligation o on o.id = p.obligation_id "
                + "where o.subject_id = ?").param(subject.id()).query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from obligation where subject_id = ?").param(subject.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    /** A second extension is refused to the act itself: the act's transaction rolls back, nothing is written. */
    @Test
    void anActTheLedgerRefusesFailsItsTransaction() {
        SubjectRef subject = request();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new ObligationTriggered(RuleIds.REQUEST_REPLY, guangdong(), subject, RECEIVED));
            events.publishEvent(new ObligationExtended(RuleIds.REQUEST_REPLY, subject, 10, "head", "first"));
        });
        Instant extended = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().dueAt();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> events.publishEvent(
                new ObligationExtended(RuleIds.REQUEST_REPLY, subject, 5, "head", "second"))))
                .isInstanceOf(GongkaiException.class)
                .satisfies(e -> assertThat(((GongkaiException) e).code()).isEqualTo("EXTENSION_REFUSED"));
        assertThat(obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().dueAt()).isEqualTo(extended);

        // art. 35: the deferral is its own event and moves the due time to the end of the day set
        LocalDate later = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow().lastDay().plusDays(30);
        tx.executeWithoutResult(s -> events.publishEvent(new ObligationDeferred(RuleIds.REQUEST_REPLY, subject, later,
                "art-35-deferral", "handler")));
        ObligationView deferred = obligations.find(RuleIds.REQUEST_REPLY, subject).orElseThrow();
        assertThat(deferred.lastDay()).isEqualTo(later);
        assertThat(deferred.deferredUntil()).isEqualTo(later);
        assertThat(deferred.extensionWorkingDays()).isEqualTo(10);
    }

    /** Published in the same act as the trigger but handled before it: kept and applied (demo record 1's case). */
    @Test
    void aFulfilmentBeforeItsTriggerIsKeptAndAppliedWhenTheTriggerArrives() {
        SubjectRef record = new SubjectRef("record", "early-" + UUID.randomUUID(), null);
        Instant formed = ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, CHINA).toInstant();
        Instant published = formed.plusSeconds(86_400 * 3);
        tx.executeWithoutResult(s -> events.publishEvent(new ObligationFulfilled(RuleIds.PROACTIVE_DISCLOSURE, record,
                published)));
        assertThat(obligations.find(RuleIds.PROACTIVE_DISCLOSURE, record)).isEmpty();
        tx.executeWithoutResult(s -> events.publishEvent(new ObligationTriggered(RuleIds.PROACTIVE_DISCLOSURE,
                guangdong(), record, formed)));
        ObligationView view = obligations.find(RuleIds.PROACTIVE_DISCLOSURE, record).orElseThrow();
        assertThat(view.state()).isEqualTo(ObligationState.MET_ON_TIME);
        assertThat(view.fulfilledAt()).isEqualTo(published);
        assertThat(jdbc.sql("select count(*) from obligation_early_act where subject_id = ?").param(record.id())
                .query(Long.class).single()).isZero();

        SubjectRef withdrawn = new SubjectRef("record", "early-" + UUID.randomUUID(), null);
        tx.executeWithoutResult(s -> {
            events.publishEvent(new ObligationWaived(RuleIds.PROACTIVE_DISCLOSURE, withdrawn, "withdrawn", "office"));
            events.publishEvent(new ObligationTriggered(RuleIds.PROACTIVE_DISCLOSURE, guangdong(), withdrawn, formed));
        });
        assertThat(obligations.find(RuleIds.PROACTIVE_DISCLOSURE, withdrawn).orElseThrow().state())
                .isEqualTo(ObligationState.WAIVED);
    }

    private void runTogether(List<Callable<Void>> acts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(acts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> results = new ArrayList<>();
            for (Callable<Void> act : acts) {
                results.add(pool.submit(() -> {
                    start.await();
                    return act.call();
                }));
            }
            start.countDown();
            for (Future<Void> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    private SubjectRef request() {
        String id = "GK-" + UUID.randomUUID();
        return new SubjectRef("request", id, "/console/requests/" + id);
    }

    private long guangdong() {
        return organization.organByCode("guangdong").orElseThrow().getId();
    }
}

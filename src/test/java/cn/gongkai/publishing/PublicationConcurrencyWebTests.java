package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RecordApplicationEvents
class PublicationConcurrencyWebTests {

    @Autowired
    Drafting drafting;
    @Autowired
    Reviewing reviewing;
    @Autowired
    Publication publication;
    @Autowired
    Records records;
    @Autowired
    Organization organization;
    @Autowired
    ApplicationEvents events;

    StaffMember staff(String name) {
        return organization.staffByUsername(name).orElseThrow();
    }

    RecordInput input(String title, LocalDate formedOn) {
        return new RecordInput("guangdong", title, RecordType.OTHER, null, List.of(), null, null,
                DisclosureAttribute.PROACTIVE, null, null, formedOn, null, null, null, "<p>正文</p>", null, null, null,
                null, false);
    }

    long approved(String title, LocalDate formedOn) {
        long id = drafting.create(staff("gd-drafter"), input(title, formedOn)).record().getId();
        drafting.submit(staff("gd-drafter"), id);
        while (Reviewing.roleFor(records.findById(id).orElseThrow().getState()) != null) {
            reviewing.review(staff("gd-office"), id, Reviewing.Decision.APPROVE, null, false);
        }
        return id;
    }

    @Test
    void givesFiftyConcurrentPublicationsFiftyDistinctIndexNumbers() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ids.add(approved("并发发布" + i, null));
        }
        StaffMember publisher = staff("gd-publisher");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String>> results = new ArrayList<>();
        for (long id : ids) {
            Callable<String> publish = () -> publication.publish(publisher, id, null).getIndexNumber();
            results.add(pool.submit(publish));
        }
        Set<String> numbers = new HashSet<>();
        for (Future<String> f : results) {
            numbers.add(f.get());
        }
        pool.shutdown();
        assertThat(numbers).hasSize(50).allMatch(n -> n.matches("440000012/\\d{4}-\\d{5}"));
        assertThat(ids).allMatch(id -> records.findById(id).orElseThrow().getState() == RecordState.PUBLISHED);
    }

    // Regulations art. 26: proactive disclosure within 20 working days of forming the information
    @Test
    void raisesTheDisclosureObligationWhenFormedAndClosesItAtPublication() {
        LocalDate formed = LocalDate.now().minusDays(3);
        long id = approved("义务事件", formed);
        ObligationTriggered triggered = events.stream(ObligationTriggered.class)
                .filter(e -> e.subject().id().equals(String.valueOf(id))).findFirst().orElseThrow();
        assertThat(triggered.ruleId()).isEqualTo(RuleIds.PROACTIVE_DISCLOSURE);
        assertThat(triggered.organId()).isEqualTo(organization.organByCode("guangdong").orElseThrow().getId());
        assertThat(triggered.subject().type()).isEqualTo("record");
        assertThat(triggered.subject().consolePath()).isEqualTo("/console/records/" + id);
        assertThat(triggered.triggeredAt()).isEqualTo(formed.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(events.stream(ObligationFulfilled.class)).noneMatch(e -> e.subject().id().equals(String.valueOf(id)));
        publication.publish(staff("gd-publisher"), id, null);
        assertThat(events.stream(ObligationFulfilled.class))
                .anyMatch(e -> e.subject().id().equals(String.valueOf(id))
                        && e.ruleId().equals(RuleIds.PROACTIVE_DISCLOSURE));
        assertThat(events.stream(RecordPublished.class)).anyMatch(e -> e.recordId() == id);
    }
}

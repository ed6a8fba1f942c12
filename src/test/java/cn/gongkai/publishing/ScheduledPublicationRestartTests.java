package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.support.MutableClock;
import cn.gongkai.support.TestClockConfig;

/**
 * A publication scheduled before a restart happens after it, exactly once: the time is persisted,
 * and the job re-checks state under the optimistic lock. Two application contexts, one after the
 * other, share one H2 file database.
 */
class ScheduledPublicationRestartTests {

    static ConfigurableApplicationContext start(Path folder) {
        return new SpringApplicationBuilder(GongkaiApplication.class, TestClockConfig.class)
                .profiles("test")
                .run("--gongkai.data=" + folder, "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--gongkai.publishing.scheduler-initial-delay=1h");
    }

    @Test
    void publishesAScheduledRecordAfterARestartExactlyOnce() {
        Path folder = Path.of("target", "test-data", "restart-" + UUID.randomUUID()).toAbsolutePath();
        long id;
        Instant at;
        try (ConfigurableApplicationContext first = start(folder)) {
            Organization organization = first.getBean(Organization.class);
            StaffMember drafter = organization.staffByUsername("sat-drafter").orElseThrow();
            StaffMember office = organization.staffByUsername("sat-office").orElseThrow();
            id = first.getBean(Drafting.class).create(drafter, new RecordInput("sat", "定时发布跨重启", RecordType.OTHER,
                    null, List.of(), null, null, DisclosureAttribute.PROACTIVE, null, null, null, null, null, null,
                    "<p>正文</p>", null, null, null, null, false)).record().getId();
            first.getBean(Drafting.class).submit(drafter, id);
            Reviewing reviewing = first.getBean(Reviewing.class);
            reviewing.review(office, id, Reviewing.Decision.APPROVE, null, false);
            at = first.getBean(MutableClock.class).instant().plus(Duration.ofHours(2));
            GovernmentRecord scheduled = first.getBean(Publication.class)
                    .publish(organization.staffByUsername("sat-publisher").orElseThrow(), id, at);
            assertThat(scheduled.getState()).isEqualTo(RecordState.APPROVED);
            assertThat(scheduled.getPublishAt()).isEqualTo(at);
            assertThat(first.getBean(ScheduledPublications.class).publishDue()).isZero();
        }
        try (ConfigurableApplicationContext second = start(folder)) {
            MutableClock clock = second.getBean(MutableClock.class);
            ScheduledPublications job = second.getBean(ScheduledPublications.class);
            clock.set(at.minusSeconds(1));
            assertThat(job.publishDue()).isZero();
            clock.set(at.plusSeconds(1));
            assertThat(job.publishDue()).isEqualTo(1);
            assertThat(job.publishDue()).isZero();
            GovernmentRecord record = second.getBean(Records.class).findById(id).orElseThrow();
            assertThat(record.getState()).isEqualTo(RecordState.PUBLISHED);
            assertThat(record.getIndexNumber()).isNotNull();
            assertThat(record.getFirstPublishedAt()).isEqualTo(at.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(second.getBean(Editions.class).findByRecordIdOrderByNumberAsc(id)).hasSize(1);
            assertThat(second.getBean(PublishedRecords.class).find(id)).isPresent();
        }
    }
}

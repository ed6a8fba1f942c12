package cn.gongkai.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.gates.SubmissionGates.Stage;

/**
 * Publication use cases: publish now or at a set time (exactly once, see {@link ScheduledPublications}),
 * revise as a new edition with a public change note, withdraw with a public reason. A policy's
 * approved interpretations are published in the same transaction as the policy (Implementation
 * Measures 八(二), 三同步); withdrawing a policy withdraws them too.
 */
@Service
@Transactional
public class Publication {

    static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");

    private final Records records;
    private final Editions editions;
    private final RecordAccess access;
    private final Gates gates;
    private final SeparationOfDuties duties;
    private final IndexNumbers indexNumbers;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Publication(Records records, Editions editions, RecordAccess access, Gates gates, SeparationOfDuties duties,
            IndexNumbers indexNumbers, Organization organization, ApplicationEventPublisher events, Clock clock) {
        this.duties = duties;
        this.records = records;
        this.editions = editions;
        this.access = access;
        this.gates = gates;
        this.indexNumbers = indexNumbers;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes an approved record now ({@code at} null or not in the future) or schedules it for
     * {@code at}. Only proactive records are published; an interpretation goes out with its policy.
     */
    public GovernmentRecord publish(StaffMember publisher, long id, Instant at) {
        GovernmentRecord record = access.require(publisher, id, Role.PUBLISHER);
        if (record.getState() != RecordState.APPROVED) {
            throw GongkaiException.refused("STATE_CONFLICT", "publishing.error.notApproved", record.getState());
        }
        duties.enforce(publisher, record, SeparationOfDuties.Duty.PUBLISH);
        for (GovernmentRecord interpretation : interpretationsGoingOut(record)) {
            duties.enforce(publisher, interpretation, SeparationOfDuties.Duty.PUBLISH);
        }
        checkPublishable(record);
        Instant now = clock.instant();
        if (at != null && at.isAfter(now)) {
            if (at.isAfter(now.plus(Duration.ofDays(366)))) {
                throw GongkaiException.invalid("at", "publishing.error.scheduleTooFar");
            }
            record.schedule(at, publisher.username());
            access.step(record, publisher.username(), "scheduled", RecordState.APPROVED, at.toString());
            return record;
        }
        publishNow(record, publisher.username());
        return record;
    }

    private void checkPublishable(GovernmentRecord record) {
        if (record.getAttribute() != DisclosureAttribute.PROACTIVE) {
            throw GongkaiException.refused("NOT_PROACTIVE", "publishing.error.notProactive");
        }
        if (record.getType() == RecordType.INTERPRETATION) {
            GovernmentRecord policy = records.findById(record.getInterpretationOfId()).orElseThrow();
            if (!policy.isPublic()) {
                throw GongkaiException.refused("POLICY_NOT_PUBLISHED", "publishing.error.policyNotPublished");
            }
        }
        gates.enforce(record, Stage.APPROVAL);
    }

    /** Publishes a record whose scheduled time has come, after the same checks as an immediate publication. */
    void publishScheduled(GovernmentRecord record) {
        checkPublishable(record);
        publishNow(record, record.getScheduledBy() == null ? "system" : record.getScheduledBy());
    }

    /** Publishes an approved record and its approved interpretations at the clock's now. */
    void publishNow(GovernmentRecord record, String actor) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        publishOne(record, actor, now);
        for (GovernmentRecord interpretation : interpretationsGoingOut(record)) {
            publishOne(interpretation, actor, now);
        }
    }

    /** A policy's approved proactive interpretations, published with it (三同步). */
    private List<GovernmentRecord> interpretationsGoingOut(GovernmentRecord record) {
        if (record.getType() == RecordType.INTERPRETATION) {
            return List.of();
        }
        return records.findByInterpretationOfIdOrderByIdAsc(record.getId()).stream()
                .filter(i -> i.getState() == RecordState.APPROVED && i.getAttribute() == DisclosureAttribute.PROACTIVE)
                .toList();
    }

    private void publishOne(GovernmentRecord record, String actor, Instant now) {
        boolean first = record.getIndexNumber() == null;
        String index = first ? indexNumbers.next(organization.organ(record.getOrganId()).orElseThrow(),
                now.atZone(LEGAL_ZONE).getYear()) : null;
        record.publish(now, index);
        editions.save(new Edition(record, now, actor));
        access.step(record, actor, "published", RecordState.APPROVED,
                "edition " + record.getEdition() + ", " + record.getIndexNumber());
        events.publishEvent(new RecordPublished(record.getId(), record.getOrganId(), record.getEdition(), now));
        if (first) {
            events.publishEvent(new ObligationFulfilled(RuleIds.PROACTIVE_DISCLOSURE, Drafting.subject(record), now));
        }
    }

    /** Opens a new edition of a published record; {@code changeNote} is shown publicly with the new edition. */
    public GovernmentRecord revise(StaffMember staff, long id, String changeNote) {
        GovernmentRecord record = access.require(staff, id, Role.DRAFTER, Role.PUBLISHER);
        String note = required("changeNote", changeNote);
        record.revise(note, clock.instant());
        access.step(record, staff.username(), "revised", RecordState.PUBLISHED, note);
        return record;
    }

    /** Withdraws a published record everywhere (also from the provincial sites that syndicate it). */
    public GovernmentRecord withdraw(StaffMember staff, long id, String reason) {
        GovernmentRecord record = access.require(staff, id, Role.PUBLISHER, Role.OFFICE_REVIEWER);
        String why = required("reason", reason);
        withdrawOne(record, staff.username(), why);
        for (GovernmentRecord interpretation : records.findByInterpretationOfIdOrderByIdAsc(record.getId())) {
            if (interpretation.getPublishedEdition() != null && interpretation.getState() != RecordState.WITHDRAWN) {
                withdrawOne(interpretation, staff.username(), why);
            }
        }
        return record;
    }

    private void withdrawOne(GovernmentRecord record, String actor, String reason) {
        RecordState from = record.getState();
        record.withdraw(reason, clock.instant());
        access.step(record, actor, "withdrawn", from, reason);
        events.publishEvent(new RecordWithdrawn(record.getId(), record.getOrganId(), clock.instant()));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw GongkaiException.invalid(field, "platform.error.required");
        }
        if (value.length() > 2000) {
            throw GongkaiException.invalid(field, "publishing.error.tooLong", 2000);
        }
        return value.strip();
    }
}

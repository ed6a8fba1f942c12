package cn.gongkai.publishing;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.gates.PersonalDataFinding;
import cn.gongkai.publishing.gates.SubmissionGates;
import cn.gongkai.publishing.gates.SubmissionGates.Stage;

/**
 * Review use cases. Each review step needs its role in the record's organ: department review
 * (DEPARTMENT_REVIEWER), openness-office review (OFFICE_REVIEWER, who checks the disclosure
 * attribute and returns documents — 退文, Implementation Measures 七(一)) and, when the record asks
 * for it and the organ has one, confidentiality review (CONFIDENTIALITY_REVIEWER; 十(一) 保密审查).
 * The gates run again when the last step approves. {@link SeparationOfDuties} decides who may not
 * take a step although they hold its role (the drafter; by default whoever did another stage).
 */
@Service
@Transactional
public class Reviewing {

    /** A reviewer's decision. */
    public enum Decision { APPROVE, RETURN }

    private final RecordAccess access;
    private final Gates gates;
    private final SeparationOfDuties duties;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reviewing(RecordAccess access, Gates gates, SeparationOfDuties duties, Organization organization,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.duties = duties;
        this.gates = gates;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /** The role the record's current step needs, or null when it awaits no review. */
    public static Role roleFor(RecordState state) {
        return switch (state) {
            case SUBMITTED -> Role.DEPARTMENT_REVIEWER;
            case OFFICE_REVIEW -> Role.OFFICE_REVIEWER;
            case CONFIDENTIALITY_REVIEW -> Role.CONFIDENTIALITY_REVIEWER;
            default -> null;
        };
    }

    /**
     * Approves the current step or returns the record to its drafter with {@code reason} (required
     * for a return). {@code confirmPersonalData} records the reviewer's confirmation of the personal
     * data currently found (Regulations art. 15 gate).
     */
    public GovernmentRecord review(StaffMember reviewer, long id, Decision decision, String reason,
            boolean confirmPersonalData) {
        GovernmentRecord record = access.visible(reviewer, id);
        Role role = roleFor(record.getState());
        if (role == null) {
            throw GongkaiException.refused("STATE_CONFLICT", "publishing.error.notInReview", record.getState());
        }
        if (!organization.may(reviewer, role, record.getOrganId())) {
            throw GongkaiException.forbidden();
        }
        if (decision == null) {
            throw GongkaiException.invalid("decision", "publishing.error.decision");
        }
        duties.enforce(reviewer, record, SeparationOfDuties.Duty.REVIEW);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw GongkaiException.invalid("reason", "publishing.error.tooLong", 2000);
        }
        RecordState from = record.getState();
        if (decision == Decision.RETURN) {
            if (why == null) {
                throw GongkaiException.invalid("reason", "publishing.error.returnReason");
            }
            record.returnToDrafter(why, clock.instant());
            access.step(record, reviewer.username(), "returned", from, why);
            return record;
        }
        if (confirmPersonalData) {
            confirm(record, reviewer);
        }
        RecordState next = next(record);
        if (next == RecordState.APPROVED) {
            gates.enforce(record, Stage.APPROVAL);
        }
        record.pass(from, next, clock.instant());
        access.step(record, reviewer.username(), next == RecordState.APPROVED ? "approved" : "passed", from, why);
        if (next == RecordState.APPROVED && record.getAttribute() != DisclosureAttribute.PROACTIVE
                && record.getFormedOn() != null) {
            events.publishEvent(new ObligationWaived(RuleIds.PROACTIVE_DISCLOSURE, Drafting.subject(record),
                    "公开属性为" + record.getAttribute() + "（" + record.getNondisclosureReason() + "）",
                    reviewer.username()));
        }
        return record;
    }

    /** A reviewer of the organ confirms that the personal data now found may be published (or is not personal). */
    public GovernmentRecord confirmPersonalData(StaffMember reviewer, long id) {
        GovernmentRecord record = access.require(reviewer, id, Role.DEPARTMENT_REVIEWER, Role.OFFICE_REVIEWER,
                Role.CONFIDENTIALITY_REVIEWER);
        if (record.getState() != RecordState.DRAFT && !record.getState().inReview()) {
            throw GongkaiException.refused("STATE_CONFLICT", "publishing.error.state", record.getState());
        }
        duties.enforce(reviewer, record, SeparationOfDuties.Duty.CONFIRM_PERSONAL_DATA);
        confirm(record, reviewer);
        return record;
    }

    private void confirm(GovernmentRecord record, StaffMember reviewer) {
        List<PersonalDataFinding> findings = gates.personalData(record);
        if (findings.isEmpty()) {
            return;
        }
        record.confirmPersonalData(SubmissionGates.fingerprint(findings), reviewer.username());
        access.step(record, reviewer.username(), "personal-data-confirmed", record.getState(),
                findings.size() + " finding(s)");
    }

    private RecordState next(GovernmentRecord record) {
        return switch (record.getState()) {
            case SUBMITTED -> RecordState.OFFICE_REVIEW;
            case OFFICE_REVIEW -> record.isConfidentialityReview()
                    && !organization.staffWith(Role.CONFIDENTIALITY_REVIEWER, record.getOrganId()).isEmpty()
                            ? RecordState.CONFIDENTIALITY_REVIEW : RecordState.APPROVED;
            default -> RecordState.APPROVED;
        };
    }
}

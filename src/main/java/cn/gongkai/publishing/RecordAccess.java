package cn.gongkai.publishing;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;

/**
 * Loads records for staff with the scope rule of SPEC 2 (a user of one organ never acts for
 * another: 403; an unknown id: 404) and writes each workflow step with its audit entry in the
 * caller's transaction.
 */
@Component
public class RecordAccess {

    private final Records records;
    private final RecordSteps steps;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;

    RecordAccess(Records records, RecordSteps steps, Organization organization, AuditLog audit, Clock clock) {
        this.records = records;
        this.steps = steps;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** The record if {@code staff} may see its organ; 404 when unknown, 403 for another organ's record. */
    public GovernmentRecord visible(StaffMember staff, long id) {
        GovernmentRecord record = records.findById(id)
                .orElseThrow(() -> GongkaiException.notFound("记录 (record)", id));
        if (!organization.maySee(staff, record.getOrganId())) {
            throw GongkaiException.forbidden();
        }
        return record;
    }

    /** The record if {@code staff} holds one of {@code roles} for its organ; 404 or 403 otherwise. */
    public GovernmentRecord require(StaffMember staff, long id, Role... roles) {
        GovernmentRecord record = visible(staff, id);
        if (!mayAct(staff, record, roles)) {
            throw GongkaiException.forbidden();
        }
        return record;
    }

    public boolean mayAct(StaffMember staff, GovernmentRecord record, Role... roles) {
        return Arrays.stream(roles).anyMatch(r -> organization.may(staff, r, record.getOrganId()));
    }

    void step(GovernmentRecord record, String actor, String action, RecordState from, String reason) {
        steps.save(new RecordStep(record.getId(), clock.instant(), actor, action, from, record.getState(), reason));
        audit.recordAs(actor, "record." + action, "record", record.getId(),
                (from == null ? "" : from + " → ") + record.getState() + (reason == null ? "" : ": " + reason));
    }
}

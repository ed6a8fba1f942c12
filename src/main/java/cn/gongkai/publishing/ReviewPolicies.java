package cn.gongkai.publishing;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;

/**
 * Each organ's separation-of-duties setting (table {@code review_policy}, in the database so that
 * every node agrees): whether each review stage — department, openness office, confidentiality —
 * and the publication must be done by a different person. Default on; the organ's administrator
 * may turn it off (a small organ with too few staff), audited.
 */
@Service
@Transactional
public class ReviewPolicies {

    private final JdbcClient jdbc;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;

    ReviewPolicies(JdbcClient jdbc, Organization organization, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the organ requires a different person for each stage (true unless its administrator turned it off). */
    @Transactional(readOnly = true)
    public boolean distinctStages(long organId) {
        return jdbc.sql("select distinct_stages from review_policy where organ_id = :organ").param("organ", organId)
                .query(Boolean.class).optional().orElse(true);
    }

    /** Whether {@code staff} may change the organ's setting: its administrator (or one above it). */
    @Transactional(readOnly = true)
    public boolean mayChange(StaffMember staff, long organId) {
        return organization.may(staff, Role.ADMINISTRATOR, organId);
    }

    /** Sets the organ's rule; 403 unless {@code admin} administers the organ. */
    public void set(StaffMember admin, String organCode, boolean distinctStages) {
        Organ organ = organization.requireOrgan("organ", organCode);
        if (!mayChange(admin, organ.getId())) {
            throw GongkaiException.forbidden();
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into review_policy (organ_id, distinct_stages, updated_by, updated_at)"
                + " values (:organ, :distinct, :by, :at) on conflict do nothing").param("organ", organ.getId())
                .param("distinct", distinctStages).param("by", admin.username()).param("at", now).update();
        jdbc.sql("update review_policy set distinct_stages = :distinct, updated_by = :by, updated_at = :at"
                + " where organ_id = :organ").param("distinct", distinctStages).param("by", admin.username())
                .param("at", now).param("organ", organ.getId()).update();
        audit.recordAs(admin.username(), "publishing.review-policy.changed", "organ", organ.getCode(),
                "distinct stages " + (distinctStages ? "on" : "off"));
    }
}

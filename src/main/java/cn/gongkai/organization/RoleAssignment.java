package cn.gongkai.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A role granted to a staff account for one organ (and optionally one department). */
@Entity
class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long staffId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long organId;
    private Long departmentId;

    protected RoleAssignment() {
    }

    RoleAssignment(Long staffId, Grant grant) {
        this.staffId = staffId;
        this.role = grant.role();
        this.organId = grant.organId();
        this.departmentId = grant.departmentId();
    }

    Grant grant() {
        return new Grant(role, organId, departmentId);
    }
}

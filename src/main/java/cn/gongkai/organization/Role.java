package cn.gongkai.organization;

/**
 * Staff roles (SPEC 2), each granted for one organ and optionally one department.
 * ADMINISTRATOR and SUPERVISOR reach the organ's whole subtree; every other role acts only in
 * its own organ.
 */
public enum Role {
    /** 起草人 */
    DRAFTER,
    /** 部门审核人 */
    DEPARTMENT_REVIEWER,
    /** 公开办审核人: checks disclosure attributes and returns documents (退文) */
    OFFICE_REVIEWER,
    /** 保密审查人 */
    CONFIDENTIALITY_REVIEWER,
    /** 发布人 */
    PUBLISHER,
    /** 依申请公开承办人 */
    REQUEST_HANDLER,
    /** 监督人: sees subordinate organs */
    SUPERVISOR,
    /** 管理员 */
    ADMINISTRATOR;

    boolean reachesSubtree() {
        return this == SUPERVISOR || this == ADMINISTRATOR;
    }
}

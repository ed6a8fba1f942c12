package cn.gongkai.publishing;

/**
 * Where a record stands in the workflow of SPEC M3: draft → submitted (department review) →
 * openness-office review → (confidentiality review) → approved → published → withdrawn. A revision
 * of a published record walks the same path again while the published edition stays public.
 */
public enum RecordState {
    /** 草稿 (also after a return, 退文) */
    DRAFT,
    /** 已提交，待部门审核 */
    SUBMITTED,
    /** 待公开办审核 */
    OFFICE_REVIEW,
    /** 待保密审查 */
    CONFIDENTIALITY_REVIEW,
    /** 已审定，待发布（或定时发布） */
    APPROVED,
    /** 已发布 */
    PUBLISHED,
    /** 已撤回（公开撤回原因） */
    WITHDRAWN;

    boolean inReview() {
        return this == SUBMITTED || this == OFFICE_REVIEW || this == CONFIDENTIALITY_REVIEW;
    }
}

package cn.gongkai.publishing;

/** Validity (时效性) of a record as shown on its public page (SPEC M3, M6). */
public enum Validity {
    /** 有效 */
    IN_FORCE,
    /** 尚未生效 */
    NOT_YET_EFFECTIVE,
    /** 部分失效 */
    PARTIALLY_INVALID,
    /** 已废止 */
    REPEALED,
    /** 不适用（非规范性内容） */
    NOT_APPLICABLE
}

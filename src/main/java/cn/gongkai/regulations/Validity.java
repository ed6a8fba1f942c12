package cn.gongkai.regulations;

/**
 * Validity (时效性) of a library document or provision on a day, always derived from the
 * document's dates and its confirmed effects (SPEC M6). A provision is only ever
 * NOT_YET_EFFECTIVE, IN_FORCE, SUSPENDED, EXPIRED or REPEALED; the partial values describe documents.
 */
public enum Validity {
    /** 尚未生效 */
    NOT_YET_EFFECTIVE,
    /** 全文有效 (a provision: 有效) */
    IN_FORCE,
    /** 部分条款失效 */
    PARTLY_EXPIRED,
    /** 部分条款废止 */
    PARTLY_REPEALED,
    /** 暂停执行 (a provision suspended for a period) */
    SUSPENDED,
    /** 全文失效 (a provision: 失效) */
    EXPIRED,
    /** 全文废止 (a provision: 废止) */
    REPEALED;

    /** Whether the text may be applied on that day. */
    public boolean applies() {
        return this == IN_FORCE || this == PARTLY_EXPIRED || this == PARTLY_REPEALED;
    }
}

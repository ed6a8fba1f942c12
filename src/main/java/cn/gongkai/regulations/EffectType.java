package cn.gongkai.regulations;

/** What an effect does to the affected document or provision (SPEC M6), from its effective day. */
public enum EffectType {
    /** 废止 */
    REPEAL,
    /** 修改: a new version of the provision's text */
    AMEND,
    /** 增加: a provision that did not exist before */
    INSERT,
    /** 替换: the provision's text replaced as a whole */
    SUBSTITUTE,
    /** 失效 (e.g. a normative document's own validity period ended) */
    EXPIRE,
    /** 暂停执行, until the effect's end day when one is given */
    SUSPEND,
    /** 施行: commencement on a day other than the document's effective day */
    COMMENCE
}

package cn.gongkai.requests;

/**
 * The kind of a legal person or other organization, the sub-columns of the annual-report
 * template's section 三 (国办公开办函〔2021〕30号).
 */
public enum LegalPersonKind {
    /** 商业企业 */
    COMMERCIAL,
    /** 科研机构 */
    RESEARCH,
    /** 社会公益组织 */
    PUBLIC_WELFARE,
    /** 法律服务机构 */
    LEGAL_SERVICE,
    /** 其他 */
    OTHER
}

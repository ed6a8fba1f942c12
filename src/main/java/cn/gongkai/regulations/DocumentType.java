package cn.gongkai.regulations;

/** Kind of a library document (SPEC M6); {@link #slug()} begins its id, e.g. {@code law-2015-1}. */
public enum DocumentType {
    /** 法律 */
    LAW("law"),
    /** 行政法规 */
    ADMINISTRATIVE_REGULATION("regulation"),
    /** 部门规章 */
    DEPARTMENTAL_RULE("rule"),
    /** 规范性文件 */
    NORMATIVE_DOCUMENT("normative"),
    /** 税收协定 */
    TAX_TREATY("treaty"),
    /** 税收个案批复 */
    CASE_RULING("ruling"),
    /** 司法解释 */
    JUDICIAL_INTERPRETATION("interpretation");

    private final String slug;

    DocumentType(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}

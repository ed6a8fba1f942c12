package cn.gongkai.publishing;

/** The type of a government-information record (SPEC M3). */
public enum RecordType {
    /** 法律 */
    LAW,
    /** 行政法规 */
    ADMINISTRATIVE_REGULATION,
    /** 规章 */
    RULE,
    /** 规范性文件: needs its interpretation (Implementation Measures 八(二)) */
    NORMATIVE_DOCUMENT,
    /** 政策解读 */
    INTERPRETATION,
    /** 其他文件 */
    OTHER;

    /** Policies that SAT's site syndicates to the provincial sites (Implementation Measures 十(一)). */
    public boolean isPolicy() {
        return this != OTHER;
    }
}

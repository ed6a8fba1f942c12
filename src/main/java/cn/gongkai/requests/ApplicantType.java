package cn.gongkai.requests;

/**
 * Who applies (Regulations art. 27): a natural person (自然人) or a legal person or other
 * organization (法人或其他组织), as in the columns of the annual-report template's section 三.
 */
public enum ApplicantType {
    /** 自然人 */
    NATURAL_PERSON,
    /** 法人或其他组织 */
    LEGAL_PERSON
}

package cn.gongkai.requests.dossier;

/**
 * How an application reached the organ, which decides its receipt date (Regulations art. 31):
 * in person → the day submitted; registered post → the day the organ signs for it; ordinary
 * letter → the day the office confirms it with the applicant; internet or fax → the day both
 * sides confirm receipt.
 */
public enum Channel {
    /** 网上申请 (art. 31(三)); confirmed automatically, see {@link ReceiptRule}. */
    ONLINE,
    /** 当面提交 (art. 31(一)) */
    IN_PERSON,
    /** 邮寄需签收 (art. 31(二)) */
    POST,
    /** 平常信函 (art. 31(二)) */
    LETTER,
    /** 传真 (art. 31(三)) */
    FAX
}

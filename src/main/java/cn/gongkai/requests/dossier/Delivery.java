package cn.gongkai.requests.dossier;

/** How the applicant wants to obtain the information (获取方式, Regulations art. 29(三)). */
public enum Delivery {
    /** 当面领取 */
    COLLECT,
    /** 邮寄 */
    POST,
    /** 电子邮件 */
    EMAIL,
    /** 网上获取（本网站查询页面） */
    ONLINE
}

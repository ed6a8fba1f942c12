package cn.gongkai.publishing;

/**
 * The fixed list of legal reasons for not disclosing proactively, each with its article of the
 * Regulations on Open Government Information (2019) — Implementation Measures 七(一): "拟不公开的,
 * 依法依规说明理由".
 */
public enum NondisclosureReason {
    /** 国家秘密 (art. 14) */
    STATE_SECRET("条例第十四条"),
    /** 法律、行政法规禁止公开 (art. 14) */
    PROHIBITED_BY_LAW("条例第十四条"),
    /** 危及国家安全、公共安全、经济安全、社会稳定 (art. 14) */
    ENDANGERS_SECURITY("条例第十四条"),
    /** 商业秘密 (art. 15) */
    TRADE_SECRET("条例第十五条"),
    /** 个人隐私 (art. 15) */
    PERSONAL_PRIVACY("条例第十五条"),
    /** 内部事务信息 (art. 16 para. 1) */
    INTERNAL_AFFAIRS("条例第十六条第一款"),
    /** 过程性信息 (art. 16 para. 2) */
    PROCESS_INFORMATION("条例第十六条第二款"),
    /** 行政执法案卷信息 (art. 16 para. 2) */
    ENFORCEMENT_FILE("条例第十六条第二款"),
    /** 仅涉及特定对象、不需社会公众广泛知晓，依申请公开 (art. 19, 27) */
    SPECIFIC_COUNTERPART("条例第十九条、第二十七条");

    private final String article;

    NondisclosureReason(String article) {
        this.article = article;
    }

    public String article() {
        return article;
    }
}

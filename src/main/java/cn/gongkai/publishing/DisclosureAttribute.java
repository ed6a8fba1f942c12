package cn.gongkai.publishing;

/**
 * The disclosure attribute every document must carry when it is drafted (公开属性,
 * Implementation Measures 七(一)): proactive (主动公开), on request (依申请公开) or not disclosed
 * (不予公开). The latter two need a legal reason.
 */
public enum DisclosureAttribute {
    PROACTIVE, ON_REQUEST, NOT_DISCLOSED
}

package cn.gongkai.requests;

/**
 * The result classes of section 三 of the national annual-report template (国办公开办函〔2021〕30号),
 * which map the response types of Regulations art. 36–39. {@link #row} is the template's row name.
 */
public enum ReplyClass {
    /** art. 36(一)(二) */
    DISCLOSED("（一）予以公开"),
    /** art. 37: only this row is counted when information is separated */
    PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    /** art. 36(三) */
    NOT_DISCLOSED("（三）不予公开"),
    /** art. 36(四)(五), art. 38 */
    UNABLE_TO_PROVIDE("（四）无法提供"),
    /** art. 36(六)(七), art. 35, art. 39 */
    NOT_PROCESSED("（五）不予处理"),
    /** art. 30 (no correction), fee rules (no payment), other */
    OTHER_PROCESSING("（六）其他处理");

    private final String row;

    ReplyClass(String row) {
        this.row = row;
    }

    /** The row name in the annual-report template. */
    public String row() {
        return row;
    }

    /** Whether a reply of this class must name one of its reasons. */
    public boolean needsReason() {
        return this != DISCLOSED && this != PARTIALLY_DISCLOSED;
    }
}

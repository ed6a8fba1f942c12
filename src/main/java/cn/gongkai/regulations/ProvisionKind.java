package cn.gongkai.regulations;

/**
 * Level of a provision, with the Akoma Ntoso element and eId prefix and the segment of its public
 * address ({@code /regulations/{id}/art/33/para/2/item/3}). Documents built of 条 use BOOK to
 * SUBITEM; normative documents numbered 一、（一）1. use PART and, below it, ITEM and SUBITEM.
 */
public enum ProvisionKind {
    /** 编 */
    BOOK("book", "book", "book"),
    /** 章 */
    CHAPTER("chapter", "chp", "chp"),
    /** 节 */
    SECTION("section", "sec", "sec"),
    /** 一、 (top-level numbered part of a normative document) */
    PART("part", "part", "part"),
    /** 条 */
    ARTICLE("article", "art", "art"),
    /** 款 (numbered by position inside its article) */
    PARAGRAPH("paragraph", "para", "para"),
    /** 项 （一） */
    ITEM("point", "point", "item"),
    /** 目 1. */
    SUBITEM("point", "point", "subitem");

    private final String aknElement;
    private final String eidPrefix;
    private final String pathSegment;

    ProvisionKind(String aknElement, String eidPrefix, String pathSegment) {
        this.aknElement = aknElement;
        this.eidPrefix = eidPrefix;
        this.pathSegment = pathSegment;
    }

    public String aknElement() {
        return aknElement;
    }

    public String eidPrefix() {
        return eidPrefix;
    }

    public String pathSegment() {
        return pathSegment;
    }
}

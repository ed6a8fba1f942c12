package cn.gongkai.regulations.library;

import java.util.List;

/**
 * Where else a library document is cited, for the "cited by" part of its page beyond the effects
 * other documents make on it: the 12366 knowledge base (regulations.answers) implements it for
 * the answers citing the document's provisions. Any number of beans; none is fine.
 */
public interface CitedBy {

    /** The citations of {@code documentId}, each with a label, an address and the eId cited (null = whole). */
    List<Citation> citing(String documentId);

    /** One citing item: its title, its public address, and the provision it cites. */
    record Citation(String title, String path, String eid) {
    }
}

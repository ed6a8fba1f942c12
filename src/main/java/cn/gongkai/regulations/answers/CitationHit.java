package cn.gongkai.regulations.answers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * When an effect on a provision touches a citation: the same provision, one of its ancestors
 * (repealing art_3 hits a citation of art_3__para_2) or one of its descendants (amending
 * art_3__para_2 hits a citation of art_3); an effect on the whole document hits every citation of it.
 */
final class CitationHit {

    private CitationHit() {
    }

    /**
     * @param affected the affected eIds; empty means the whole document
     * @param parentOf a provision's parent eId, or null when unknown or at the top
     */
    static boolean hits(String cited, Collection<String> affected, Function<String, String> parentOf) {
        if (affected.isEmpty()) {
            return true;
        }
        List<String> citedChain = chain(cited, parentOf);
        for (String a : affected) {
            if (citedChain.contains(a) || chain(a, parentOf).contains(cited)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The eId and its ancestors, nearest first: the stored parent where the library knows it, else
     * the eId's own naming ({@code art_3__para_2} lies in {@code art_3}). Articles are numbered
     * through the document, so a chapter is found only through the stored parent.
     */
    static List<String> chain(String eid, Function<String, String> parentOf) {
        List<String> out = new ArrayList<>();
        String current = eid;
        while (current != null && !current.isEmpty() && !out.contains(current)) {
            out.add(current);
            String parent = parentOf.apply(current);
            if (parent == null) {
                int cut = current.lastIndexOf("__");
                parent = cut > 0 ? current.substring(0, cut) : null;
            }
            current = parent;
        }
        return out;
    }
}

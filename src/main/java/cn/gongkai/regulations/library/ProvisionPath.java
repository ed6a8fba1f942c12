package cn.gongkai.regulations.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gongkai.regulations.ProvisionKind;

/**
 * The public address of a provision ({@code art/33/para/2/item/3}) and its Akoma Ntoso eId
 * ({@code art_33__para_2__point_3}), one to one. Segments come from
 * {@link ProvisionKind#pathSegment()}; a 项 and a 目 share the eId prefix {@code point}, so in an
 * eId the first {@code point} is an item and a {@code point} below it a subitem. 第三十三条之一 is
 * {@code art/33-1} ↔ {@code art_33-1}. Anything else is not an address: empty, never an exception.
 */
public final class ProvisionPath {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,4}(-[1-9][0-9]{0,2})?");

    private ProvisionPath() {
    }

    /** The eId of a public address such as {@code art/33/para/2}; empty if it is not one. */
    public static Optional<String> toEid(String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = path.split("/", -1);
        if (parts.length % 2 != 0) {
            return Optional.empty();
        }
        List<String> steps = new ArrayList<>();
        ProvisionKind previous = null;
        for (int i = 0; i < parts.length; i += 2) {
            Optional<ProvisionKind> kind = bySegment(parts[i]);
            if (kind.isEmpty() || !NUMBER.matcher(parts[i + 1]).matches() || !mayFollow(previous, kind.get())) {
                return Optional.empty();
            }
            previous = kind.get();
            steps.add(kind.get().eidPrefix() + "_" + parts[i + 1]);
        }
        return Optional.of(String.join("__", steps));
    }

    /** The public address of an eId such as {@code art_33__para_2}; empty if it is not one. */
    public static Optional<String> toPath(String eid) {
        if (eid == null || eid.isEmpty()) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        ProvisionKind previous = null;
        for (String step : eid.split("__", -1)) {
            int cut = step.indexOf('_');
            if (cut <= 0) {
                return Optional.empty();
            }
            String prefix = step.substring(0, cut);
            String number = step.substring(cut + 1);
            Optional<ProvisionKind> kind = byPrefix(prefix, previous);
            if (kind.isEmpty() || !NUMBER.matcher(number).matches() || !mayFollow(previous, kind.get())) {
                return Optional.empty();
            }
            previous = kind.get();
            segments.add(kind.get().pathSegment());
            segments.add(number);
        }
        return Optional.of(String.join("/", segments));
    }

    /**
     * How a person cites the provision, in Chinese, from its eId alone: {@code art_33__para_2__point_3}
     * → 第三十三条第二款第（三）项, {@code art_33-1} → 第三十三条之一, {@code chp_1__sec_2} → 第一章第二节,
     * {@code part_1__point_2} → 第一部分第（二）项; not an eId → the text as given.
     */
    public static String citation(String eid) {
        if (toPath(eid).isEmpty()) {
            return eid == null ? "" : eid;
        }
        StringBuilder out = new StringBuilder();
        boolean inItem = false;
        for (String step : eid.split("__")) {
            String prefix = step.substring(0, step.indexOf('_'));
            String[] number = step.substring(step.indexOf('_') + 1).split("-");
            String n = cn.gongkai.platform.ChineseNumerals.of(Integer.parseInt(number[0]));
            String insert = number.length > 1 ? "之" + cn.gongkai.platform.ChineseNumerals.of(Integer.parseInt(number[1])) : "";
            switch (prefix) {
                case "book" -> out.append('第').append(n).append('编');
                case "chp" -> out.append('第').append(n).append('章');
                case "sec" -> out.append('第').append(n).append('节');
                case "part" -> out.append('第').append(n).append("部分");
                case "art" -> out.append('第').append(n).append('条').append(insert);
                case "para" -> out.append('第').append(n).append('款');
                default -> {
                    out.append(inItem ? "第" + number[0] + "目" : "第（" + n + "）项");
                    inItem = true;
                }
            }
        }
        return out.toString();
    }

    private static Optional<ProvisionKind> bySegment(String segment) {
        for (ProvisionKind k : ProvisionKind.values()) {
            if (k.pathSegment().equals(segment)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<ProvisionKind> byPrefix(String prefix, ProvisionKind previous) {
        if (prefix.equals(ProvisionKind.ITEM.eidPrefix())) {
            return Optional.of(previous == ProvisionKind.ITEM ? ProvisionKind.SUBITEM : ProvisionKind.ITEM);
        }
        for (ProvisionKind k : ProvisionKind.values()) {
            if (k.eidPrefix().equals(prefix)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Containment order: 编 ⊃ 章 ⊃ 节 ⊃ 条 ⊃ 款 ⊃ 项 ⊃ 目; a part holds items; a subitem only sits in an item. */
    private static boolean mayFollow(ProvisionKind parent, ProvisionKind child) {
        if (parent == null) {
            // a document starts with books, chapters, articles or parts (a notice may start with items)
            return child != ProvisionKind.SUBITEM && child != ProvisionKind.PARAGRAPH && child != ProvisionKind.SECTION;
        }
        return switch (child) {
            case BOOK, PART -> false;
            case CHAPTER -> parent == ProvisionKind.BOOK;
            case SECTION -> parent == ProvisionKind.CHAPTER;
            case ARTICLE -> false; // articles are numbered through the document: never prefixed
            case PARAGRAPH -> parent == ProvisionKind.ARTICLE;
            case ITEM -> parent == ProvisionKind.ARTICLE || parent == ProvisionKind.PARAGRAPH
                    || parent == ProvisionKind.PART;
            case SUBITEM -> parent == ProvisionKind.ITEM;
        };
    }
}

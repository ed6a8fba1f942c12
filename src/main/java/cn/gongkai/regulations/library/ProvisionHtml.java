package cn.gongkai.regulations.library;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.library.LibraryDocument.Effect;
import cn.gongkai.regulations.library.LibraryDocument.Provision;

/**
 * The markup of a document's provisions, written in Java rather than by the template: the largest
 * document has some 600 provisions, and a template loop over them cost about 27 ms of CPU per
 * uncached page (the benchmark's point-in-time rendering); this costs about a millisecond. Every
 * value is HTML-escaped; labels come from the message bundle. Each provision's {@code id} is its
 * eId, so that links and the table of contents can point at it.
 */
final class ProvisionHtml {

    /**
     * Stands for the {@code ?on=} query in markup kept for a segment of days ({@link #withQuery});
     * escaped text can never contain it, since every {@code <} in it is escaped.
     */
    static final String ON_QUERY = "<!--on-->";

    private ProvisionHtml() {
    }

    /** Kept markup with its links' {@code ?on=} query put in ({@code onQuery}: empty or {@code ?on=YYYY-MM-DD}). */
    static String withQuery(String kept, String onQuery) {
        return kept.replace(ON_QUERY, onQuery);
    }

    /** {@code onQuery} is written as given: empty, {@code ?on=YYYY-MM-DD} or {@link #ON_QUERY}. */
    static String of(List<Provision> rows, Map<String, Effect> lapsedBy, String onQuery, MessageSource messages,
            Locale locale) {
        StringBuilder out = new StringBuilder(rows.size() * 200);
        for (Provision p : rows) {
            String label = p.number() + (p.heading() != null ? " " + p.heading() : "");
            if (p.division()) {
                String tag = p.kind() == ProvisionKind.SECTION ? "h3" : "h2";
                out.append('<').append(tag).append(" id=\"").append(esc(p.eid())).append("\" class=\"division\">")
                        .append(esc(label)).append("</").append(tag).append(">\n");
                continue;
            }
            out.append("<p id=\"").append(esc(p.eid())).append("\" class=\"provision provision-")
                    .append(p.kind().name().toLowerCase(Locale.ROOT)).append(p.applies() ? "" : " provision-lapsed")
                    .append("\"><a class=\"provision-number\" href=\"").append(esc(p.path())).append(onQuery).append("\">")
                    .append(esc(p.number())).append("</a>");
            if (p.heading() != null && p.kind() == ProvisionKind.PART) {
                out.append(" <span class=\"provision-heading\">").append(esc(p.heading())).append("</span>");
            }
            if (!p.applies()) {
                out.append(" <span class=\"provision-validity\"><span>")
                        .append(esc(messages.getMessage("regulations.library.provisionValidity." + p.validity().name(),
                                null, locale)))
                        .append("</span>");
                Effect e = lapsedBy.get(p.eid());
                if (e != null && e.affectingDocumentId() != null) {
                    out.append(" <span>").append(esc(messages.getMessage("regulations.library.by", null, locale)))
                            .append("</span> <a href=\"").append(esc(e.affectingPath())).append("\">")
                            .append(esc(e.affectingTitle())).append("</a> <span>")
                            .append(esc(messages.getMessage("regulations.library.onDay",
                                    new Object[] { e.effectiveOn().toString() }, locale)))
                            .append("</span>");
                }
                out.append("</span>");
            }
            if (p.text() != null && !p.text().isEmpty()) {
                String tag = p.applies() ? "span" : "del";
                out.append(" <").append(tag).append(" class=\"provision-text\">").append(esc(p.text())).append("</")
                        .append(tag).append('>');
            }
            out.append("</p>\n");
        }
        return out.toString();
    }

    /** The table of contents' items ({@code <li>}, each linking to its provision's eId), escaped. */
    static String contents(List<Provision> contents) {
        StringBuilder out = new StringBuilder(contents.size() * 80);
        for (Provision c : contents) {
            out.append("<li class=\"toc-").append(c.kind().name().toLowerCase(Locale.ROOT)).append("\">\n        <a href=\"#")
                    .append(esc(c.eid())).append("\">").append(esc(c.number() + (c.heading() != null ? " " + c.heading() : "")))
                    .append("</a></li>\n");
        }
        return out.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}

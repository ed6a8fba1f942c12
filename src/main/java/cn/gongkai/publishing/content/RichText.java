package cn.gongkai.publishing.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Sanitized rich text for record bodies (SPEC M12: sanitized rich text). Pasted HTML keeps its
 * structure (paragraphs, headings, lists, tables, emphasis, links, images) and loses everything
 * that could run or restyle the page: scripts, event handlers, style attributes, iframes, forms
 * and {@code javascript:}/{@code data:} URLs. Links get {@code rel="noopener noreferrer"}.
 */
public final class RichText {

    private static final String BASE = "https://gongkai.invalid/";
    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("hr", "figure", "figcaption")
            .addAttributes(":all", "lang")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer")
            .preserveRelativeLinks(true);

    /** A tag, comment or entity: what makes a text HTML rather than plain text. */
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("<[a-zA-Z!/?]|&[#a-zA-Z0-9]+;");

    private RichText() {
    }

    /**
     * Sanitizes pasted HTML (null gives an empty string); the result is safe to render unescaped.
     * Text without any markup is plain text: each line becomes a paragraph (HTML would run its
     * lines together into one).
     */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (!MARKUP.matcher(html).find()) {
            return fromPlainText(html);
        }
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element a : clean.select("a[href]")) {
            if (a.attr("href").isBlank()) {
                a.removeAttr("href");
            }
        }
        return clean.body().html().strip();
    }

    /** Plain text of sanitized HTML, one line per block, for scanning and search. */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        return doc.body().wholeText().strip().isEmpty() ? "" : doc.body().text();
    }

    /** Turns plain text (one paragraph per line) into safe HTML paragraphs. */
    public static String fromPlainText(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                html.append("<p>").append(org.jsoup.nodes.Entities.escape(l)).append("</p>\n");
            }
        }
        return html.toString().strip();
    }
}

package cn.gongkai.regulations.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The lines of word-processor HTML (Word's "save as web page", with mso styles), read by jsoup:
 * one line per block element or {@code <br>}. Text a reader does not see is kept in its line and
 * reported as hidden: {@code display:none}, {@code visibility:hidden}, {@code mso-hide:all},
 * {@code font-size:0}, the {@code hidden} attribute, white text (white on white: the usual
 * background of such pages).
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "br", "table", "section", "article", "blockquote", "pre", "dt", "dd", "title");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden|mso-hide\\s*:\\s*all|font-size\\s*:\\s*0(?:\\.0+)?(?:px|pt|em|rem|%)?\\s*(?:;|$)"
                    + "|(?<![-\\w])color\\s*:\\s*(?:#fff(?:fff)?|white|rgb\\(\\s*255\\s*,\\s*255\\s*,\\s*255\\s*\\))\\s*(?:;|$)");

    private HtmlText() {
    }

    static TextExtraction.Extracted extract(byte[] bytes) {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        }
        catch (IOException | RuntimeException e) {
            throw TextExtraction.unreadable("HTML");
        }
        List<String> lines = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        StringBuilder hiddenRun = new StringBuilder();
        doc.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.text();
                    if (isHidden(t)) {
                        hiddenRun.append(text);
                    }
                    else if (!text.isBlank()) {
                        endHidden();
                    }
                    line.append(text);
                }
                else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush();
                }
            }

            private void endHidden() {
                if (!hiddenRun.toString().isBlank()) {
                    hidden.add(hiddenRun.toString().strip());
                }
                hiddenRun.setLength(0);
            }

            private void flush() {
                endHidden();
                if (!line.toString().isBlank()) {
                    lines.add(line.toString().replace('\u00a0', ' ').strip());
                }
                line.setLength(0);
            }
        });
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        if (!hiddenRun.toString().isBlank()) {
            hidden.add(hiddenRun.toString().strip());
        }
        return new TextExtraction.Extracted(lines, hidden);
    }

    static boolean isHidden(Node node) {
        for (Node n = node.parent(); n instanceof Element e; n = n.parent()) {
            if (e.hasAttr("hidden") || HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}

package cn.gongkai.publishing.content;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Entities;

/**
 * Imports the body of a Word document (DOCX) as rich text: headings become h2–h4, paragraphs p,
 * bold and italic runs strong and em, tables table; everything else is dropped. The result goes
 * through {@link RichText#sanitize} like pasted HTML.
 */
public final class DocxImport {

    private DocxImport() {
    }

    /** @throws IOException when the stream is not a readable DOCX */
    public static String toHtml(InputStream docx) throws IOException {
        StringBuilder html = new StringBuilder();
        try (XWPFDocument doc = new XWPFDocument(docx)) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p, html);
                }
                else if (element instanceof XWPFTable t) {
                    table(t, html);
                }
            }
        }
        catch (RuntimeException e) {
            throw new IOException("not a readable DOCX document", e);
        }
        return RichText.sanitize(html.toString());
    }

    private static void paragraph(XWPFParagraph p, StringBuilder html) {
        String text = runs(p);
        if (text.isBlank()) {
            return;
        }
        String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase();
        String tag = style.startsWith("heading1") || style.equals("1") || style.equals("title") ? "h2"
                : style.startsWith("heading2") || style.equals("2") ? "h3"
                : style.startsWith("heading") || style.equals("3") ? "h4" : "p";
        html.append('<').append(tag).append('>').append(text).append("</").append(tag).append(">\n");
    }

    private static String runs(XWPFParagraph p) {
        StringBuilder s = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            String escaped = Entities.escape(t);
            if (run.isBold()) {
                escaped = "<strong>" + escaped + "</strong>";
            }
            if (run.isItalic()) {
                escaped = "<em>" + escaped + "</em>";
            }
            s.append(escaped);
        }
        return s.toString();
    }

    private static void table(XWPFTable t, StringBuilder html) {
        html.append("<table>");
        for (XWPFTableRow row : t.getRows()) {
            html.append("<tr>");
            for (XWPFTableCell cell : row.getTableCells()) {
                html.append("<td>").append(Entities.escape(cell.getText())).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>\n");
    }
}

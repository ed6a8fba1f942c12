package cn.gongkai.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes paragraphs top to bottom on A4 pages with CJK line breaking, starting new pages as
 * needed (reply letters, library documents). Each character is drawn with the first font of
 * {@link PdfFonts} that has a glyph for it; characters no font has become their full-width form
 * or "?", never a failure.
 */
public final class PdfTypesetter {

    public enum Align {
        LEFT, CENTER, RIGHT
    }

    private static final float MARGIN = 72;
    private static final float LEADING = 1.7f;

    private final PDDocument doc;
    private final List<PDType0Font> fonts;
    private final Map<Integer, PDType0Font> fontFor = new HashMap<>();
    private final float top;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;

    /** A typesetter whose pages start {@code firstLineSize} below the top margin. */
    public PdfTypesetter(PDDocument doc, List<PDType0Font> fonts, float firstLineSize) throws IOException {
        this.doc = doc;
        this.fonts = fonts;
        this.top = PDRectangle.A4.getHeight() - MARGIN - firstLineSize;
        newPage();
    }

    static boolean draws(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        }
        catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDType0Font font(int cp) {
        return fontFor.computeIfAbsent(cp, k -> fonts.stream().filter(f -> draws(f, k)).findFirst().orElse(null));
    }

    private float width(int cp, float size) throws IOException {
        PDType0Font f = font(cp);
        return f == null ? 0 : f.getStringWidth(new String(Character.toChars(cp))) / 1000 * size;
    }

    /** A paragraph; a left-aligned one starts with {@code indent} full-width spaces. */
    public void paragraph(String text, float size, Align align, int indent) throws IOException {
        for (String line : wrap(printable(text), size, indent)) {
            if (y < MARGIN + size) {
                newPage();
            }
            float w = 0;
            for (int cp : line.codePoints().toArray()) {
                w += width(cp, size);
            }
            float x = switch (align) {
                case CENTER -> MARGIN + (width - w) / 2;
                case RIGHT -> MARGIN + width - w;
                case LEFT -> MARGIN;
            };
            show(line, x, size);
            y -= size * LEADING;
        }
        y -= size * 0.4f;
    }

    /** Draws the line in runs of characters sharing a font. */
    private void show(String line, float x, float size) throws IOException {
        int[] cps = line.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            PDType0Font f = font(cps[i]);
            StringBuilder run = new StringBuilder();
            float runWidth = 0;
            while (i < cps.length && font(cps[i]) == f) {
                run.appendCodePoint(cps[i]);
                runWidth += width(cps[i], size);
                i++;
            }
            out.beginText();
            out.setFont(f, size);
            out.newLineAtOffset(x, y);
            out.showText(run.toString());
            out.endText();
            x += runWidth;
        }
    }

    public void skip(float size) {
        y -= size;
    }

    /** Lines of at most the width; the first indented by {@code indent} full-width spaces. */
    private List<String> wrap(String text, float size, int indent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("\u3000".repeat(indent));
        float used = indent * width('\u3000', size);
        for (int cp : text.codePoints().toArray()) {
            float w = width(cp, size);
            if (used + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            line.appendCodePoint(cp);
            used += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Characters no font can draw become their full-width form when that exists (ASCII with a
     * CJK-only font), else "?"; control characters are dropped.
     */
    private String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(cp -> !Character.isISOControl(cp)).forEach(cp -> {
            int wide = cp == ' ' ? 0x3000 : cp > 0x20 && cp < 0x7F ? cp + 0xFEE0 : -1;
            sb.appendCodePoint(font(cp) != null ? cp : wide > 0 && font(wide) != null ? wide
                    : font('?') != null ? '?' : 0xFF1F);
        });
        return sb.toString();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = top;
    }

    public void close() throws IOException {
        out.close();
    }
}

package cn.gongkai.requests.replies;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import cn.gongkai.requests.dossier.RequestsSettings;

/**
 * Typesets a reply letter (告知书) as an A4 PDF with PDFBox: the first paragraph is the centred
 * title, the last (organ and date) is right-aligned, the others are justified to the left with
 * CJK line breaking. Chinese text needs a font with real glyphs embedded: the first readable
 * TrueType file of {@code gongkai.requests.letter-fonts} (Debian package {@code fonts-droid-fallback}
 * by default), embedded as a subset so that the text can be searched and copied. The disclosed
 * files travel inside the PDF as embedded attachments.
 */
@Component
public class LetterPdf {

    private static final float MARGIN = 72;
    private static final float BODY = 12;
    private static final float TITLE = 18;
    private static final float LEADING = 1.7f;

    private final List<String> fontPaths;

    public LetterPdf(RequestsSettings settings) {
        this.fontPaths = settings.letterFonts();
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }

    byte[] render(String title, String text, List<Attachment> attachments) {
        try (PDDocument doc = new PDDocument()) {
            List<PDType0Font> fonts = loadFonts(doc);
            List<String> paragraphs = new ArrayList<>(List.of(text.strip().split("\\n\\s*\\n")));
            Writer w = new Writer(doc, fonts);
            w.paragraph(paragraphs.remove(0).strip(), TITLE, Align.CENTER);
            String signature = paragraphs.isEmpty() ? null : paragraphs.remove(paragraphs.size() - 1);
            for (String p : paragraphs) {
                for (String line : p.strip().split("\\n")) {
                    w.paragraph(line.strip(), BODY, Align.LEFT);
                }
            }
            if (signature != null) {
                w.skip(BODY);
                for (String line : signature.strip().split("\\n")) {
                    w.paragraph(line.strip(), BODY, Align.RIGHT);
                }
            }
            w.close();
            attach(doc, attachments);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Gongkai");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new IllegalStateException("could not write the letter PDF", e);
        }
    }

    /** Every readable font of the list, in order; at least one must draw Chinese. */
    private List<PDType0Font> loadFonts(PDDocument doc) throws IOException {
        List<PDType0Font> fonts = new ArrayList<>();
        for (String path : fontPaths) {
            Path p = Path.of(path);
            if (!Files.isReadable(p)) {
                continue;
            }
            if (path.toLowerCase().endsWith(".ttc")) {
                TrueTypeFont[] first = new TrueTypeFont[1];
                TrueTypeCollection ttc = new TrueTypeCollection(new File(path));
                ttc.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                if (first[0] != null) {
                    fonts.add(PDType0Font.load(doc, first[0], true));
                }
                continue;
            }
            fonts.add(PDType0Font.load(doc, p.toFile()));
        }
        if (fonts.stream().noneMatch(f -> Writer.draws(f, '中'))) {
            throw new IllegalStateException("No CJK font for the letters: install Debian package "
                    + "fonts-droid-fallback or set gongkai.requests.letter-fonts (tried " + fontPaths + ")");
        }
        return fonts;
    }

    private static void attach(PDDocument doc, List<Attachment> attachments) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> files = new HashMap<>();
        for (Attachment a : attachments) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(a.content()));
            embedded.setSubtype(a.contentType());
            embedded.setSize(a.content().length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.filename());
            spec.setFileUnicode(a.filename());
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            files.put(a.filename(), spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    public enum Align {
        LEFT, CENTER, RIGHT
    }

    /**
     * Writes lines top to bottom, starting new pages as needed. Each character is drawn with the
     * first font that has a glyph for it (CJK font for Chinese, a Latin font for ASCII when the CJK
     * font lacks it); characters no font has become "?".
     */
    private static final class Writer {

        private final PDDocument doc;
        private final List<PDType0Font> fonts;
        private final Map<Integer, PDType0Font> fontFor = new HashMap<>();
        private PDPageContentStream out;
        private float y;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

        Writer(PDDocument doc, List<PDType0Font> fonts) throws IOException {
            this.doc = doc;
            this.fonts = fonts;
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

        void paragraph(String text, float size, Align align) throws IOException {
            for (String line : wrap(printable(text), size, align == Align.LEFT ? 2 : 0)) {
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

        void skip(float size) {
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
         * CJK-only font), else "?", instead of failing the letter; control characters are dropped.
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
            y = PDRectangle.A4.getHeight() - MARGIN - TITLE;
        }

        void close() throws IOException {
            out.close();
        }
    }
}

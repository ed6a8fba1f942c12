package cn.gongkai.requests.replies;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import cn.gongkai.platform.PdfFonts;
import cn.gongkai.platform.PdfTypesetter;
import cn.gongkai.platform.PdfTypesetter.Align;
import cn.gongkai.requests.dossier.RequestsSettings;

/**
 * Typesets a reply letter (告知书) as an A4 PDF with PDFBox: the first paragraph is the centred
 * title, the last (organ and date) is right-aligned, the others are justified to the left with
 * CJK line breaking ({@link PdfTypesetter}). Chinese text needs a font with real glyphs embedded:
 * {@code gongkai.requests.letter-fonts} when set, else the platform's {@link PdfFonts}
 * ({@code gongkai.pdf.fonts}), embedded as subsets so that the text can be searched and copied. The disclosed
 * files travel inside the PDF as embedded attachments.
 */
@Component
public class LetterPdf {

    private static final float BODY = 12;
    private static final float TITLE = 18;

    private final List<String> fontPaths;
    private final PdfFonts fonts;

    public LetterPdf(RequestsSettings settings, PdfFonts fonts) {
        this.fontPaths = settings.letterFonts();
        this.fonts = fonts;
    }

    public record Attachment(String filename, String contentType, byte[] content) {
    }

    byte[] render(String title, String text, List<Attachment> attachments) {
        try (PDDocument doc = new PDDocument()) {
            List<PDType0Font> loaded = fonts.load(doc, fontPaths);
            List<String> paragraphs = new ArrayList<>(List.of(text.strip().split("\\n\\s*\\n")));
            PdfTypesetter w = new PdfTypesetter(doc, loaded, TITLE);
            w.paragraph(paragraphs.remove(0).strip(), TITLE, Align.CENTER, 0);
            String signature = paragraphs.isEmpty() ? null : paragraphs.remove(paragraphs.size() - 1);
            for (String p : paragraphs) {
                for (String line : p.strip().split("\\n")) {
                    w.paragraph(line.strip(), BODY, Align.LEFT, 2);
                }
            }
            if (signature != null) {
                w.skip(BODY);
                for (String line : signature.strip().split("\\n")) {
                    w.paragraph(line.strip(), BODY, Align.RIGHT, 0);
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
}

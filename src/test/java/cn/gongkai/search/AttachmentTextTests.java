package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments contribute their text: PDF through PDFBox, DOCX through POI; unreadable files contribute none. */
class AttachmentTextTests {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path dir;

    @Test
    void readsTheTextOfAPdf() throws IOException {
        Path file = dir.resolve("a.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Tax collection schedule 2024");
                s.endText();
            }
            doc.save(file.toFile());
        }
        assertThat(AttachmentText.extract(file, PDF, "a.pdf")).contains("Tax collection schedule 2024");
    }

    @Test
    void readsTheChineseTextOfADocx() throws IOException {
        Path file = dir.resolve("b.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("纳税人应当按照规定安装、使用税控装置。");
            doc.write(out);
        }
        assertThat(AttachmentText.extract(file, DOCX, "b.docx")).contains("税控装置");
    }

    @Test
    void aBrokenOrMissingFileGivesNoTextInsteadOfFailing() throws IOException {
        Path broken = Files.writeString(dir.resolve("c.pdf"), "%PDF-1.7 truncated");
        assertThat(AttachmentText.extract(broken, PDF, "c.pdf")).isEmpty();
        assertThat(AttachmentText.extract(dir.resolve("missing.docx"), DOCX, "missing.docx")).isEmpty();
        assertThat(AttachmentText.extract(broken, "image/png", "c.png")).isEmpty();
    }
}

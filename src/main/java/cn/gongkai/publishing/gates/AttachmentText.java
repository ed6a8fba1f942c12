package cn.gongkai.publishing.gates;

import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The text of an attachment for the personal-data scan: PDF through PDFBox, DOCX and XLSX through
 * POI (both already in the build: Apache Tika would add a large dependency tree to read the same
 * three formats with the same two libraries); images have none.
 */
public final class AttachmentText {

    /** The MIME types whose text is read (the sniffed types of the attachment store). */
    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int MAX_PAGES = 2000;

    private AttachmentText() {
    }

    /** Whether the type carries text worth scanning. */
    public static boolean hasText(String contentType) {
        return PDF.equals(contentType) || DOCX.equals(contentType) || XLSX.equals(contentType);
    }

    /** The plain text of a PDF, DOCX or XLSX file; empty for other types. */
    public static String extract(InputStream in, String contentType) throws IOException {
        String text = switch (contentType) {
            case PDF -> pdf(in);
            case DOCX -> docx(in);
            case XLSX -> xlsx(in);
            default -> "";
        };
        return text.replace('\u0000', ' ');
    }

    private static String pdf(InputStream in) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), MAX_PAGES));
            return stripper.getText(doc);
        }
    }

    private static String docx(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private static String xlsx(InputStream in) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(in); XSSFExcelExtractor x = new XSSFExcelExtractor(book)) {
            x.setFormulasNotResults(false);
            return x.getText();
        }
    }
}

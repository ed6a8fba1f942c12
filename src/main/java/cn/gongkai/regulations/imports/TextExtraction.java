package cn.gongkai.regulations.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.http.HttpStatus;

import cn.gongkai.platform.GongkaiException;

/**
 * The lines of an uploaded file, through the document libraries already in the build: DOCX by
 * POI (runs marked {@code w:vanish} are hidden text), word-processor HTML by jsoup
 * ({@link HtmlText}), PDF by PDFBox (it must have a text layer; lines wrapped by the layout are
 * joined back into paragraphs), plain text and Markdown as UTF-8, else GB18030. The type is the
 * file name's extension, checked against the file's first bytes.
 */
final class TextExtraction {

    private TextExtraction() {
    }

    /** The text's lines and the passages the file hid from its reader. */
    record Extracted(List<String> lines, List<String> hidden) {
    }

    static Extracted extract(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "docx" -> docx(bytes);
            case "htm", "html" -> HtmlText.extract(bytes);
            case "pdf" -> pdf(bytes);
            case "txt", "md", "text" -> new Extracted(lines(decode(bytes)), List.of());
            default -> throw new GongkaiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
                    "regulations.imports.error.unsupported", filename == null ? "" : filename);
        };
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    static String decode(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        }
        catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static Extracted docx(byte[] bytes) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw unreadable("DOCX");
        }
        List<String> lines = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(paragraph(p, hidden));
                }
                else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().strip());
                        }
                        lines.add(String.join(" ", cells));
                    }
                }
            }
        }
        catch (IOException | RuntimeException e) {
            throw unreadable("DOCX");
        }
        return new Extracted(lines, hidden);
    }

    private static String paragraph(XWPFParagraph p, List<String> hidden) {
        StringBuilder s = new StringBuilder();
        StringBuilder hiddenRun = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t == null || t.isEmpty()) {
                continue;
            }
            boolean vanish = run.isVanish();
            if (vanish) {
                hiddenRun.append(t);
            }
            else if (!hiddenRun.isEmpty()) {
                hidden.add(hiddenRun.toString());
                hiddenRun.setLength(0);
            }
            s.append(t);
        }
        if (!hiddenRun.isEmpty()) {
            hidden.add(hiddenRun.toString());
        }
        return s.toString();
    }

    private static Extracted pdf(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw unreadable("PDF");
        }
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc);
        }
        catch (IOException | RuntimeException e) {
            throw unreadable("PDF");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, "NO_TEXT_LAYER",
                    "regulations.imports.error.noTextLayer");
        }
        return new Extracted(PdfParagraphs.join(lines(text)), List.of());
    }

    static GongkaiException unreadable(String format) {
        return new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, "UNREADABLE_FILE",
                "regulations.imports.error.unreadable", format);
    }
}

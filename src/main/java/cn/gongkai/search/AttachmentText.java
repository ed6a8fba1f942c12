package cn.gongkai.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.publishing.PublicCorpus;

/**
 * The text of records' attachments: PDF through PDFBox, DOCX and XLSX through POI; images have
 * none. Extracted at indexing time from the bytes publishing hands out ({@link PublicCorpus#open})
 * and kept in search's own table {@code search_extracted_text} by the file's SHA-256, so a rebuild
 * reads each file at most once. A file that cannot be read or parsed contributes no text and is
 * logged, never failing the indexing of its record.
 */
@Component
class AttachmentText {

    static final int MAX_CHARS = 200_000;
    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicCorpus corpus;

    AttachmentText(JdbcClient jdbc, Clock clock, PublicCorpus corpus) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.corpus = corpus;
    }

    /** The attachments' text of {@code records}, by record id (records without text are absent). */
    Map<Long, String> textOf(List<PublicCorpus.Entry> records) {
        List<PublicCorpus.File> found = records.stream().flatMap(r -> r.files().stream()).toList();
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<String, String> kept = new HashMap<>();
        jdbc.sql("select sha256, text from search_extracted_text where sha256 in (:shas)")
                .param("shas", found.stream().map(PublicCorpus.File::sha256).distinct().toList())
                .query((rs, n) -> kept.put(rs.getString(1), rs.getString(2))).list();
        Map<Long, String> out = new HashMap<>();
        for (PublicCorpus.File f : found) {
            String text = kept.get(f.sha256());
            if (text == null) {
                text = extractAndKeep(f);
                kept.put(f.sha256(), text);
            }
            if (!text.isEmpty()) {
                out.merge(f.recordId(), f.fileName() + "\n" + text, (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    private String extractAndKeep(PublicCorpus.File f) {
        String text;
        try (InputStream in = corpus.open(f)) {
            text = extract(in, f.contentType(), f.fileName());
        }
        catch (IOException | RuntimeException e) {
            log.warn("No text from attachment {} ({}): {}", f.fileName(), f.id(), e.toString());
            text = "";
        }
        try {
            jdbc.sql("insert into search_extracted_text (sha256, text, extracted_at) values (:sha, :text, :at)")
                    .param("sha", f.sha256()).param("text", text).param("at", java.sql.Timestamp.from(clock.instant()))
                    .update();
        }
        catch (DuplicateKeyException e) {
            // the same file was extracted concurrently: the text is the same
        }
        return text;
    }

    /** The text of a file by its MIME type; empty for images and unreadable files. */
    static String extract(Path file, String contentType, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            return extract(in, contentType, name);
        }
        catch (IOException e) {
            log.warn("No text from attachment {} ({}): {}", name, file, e.toString());
            return "";
        }
    }

    /** The text of a file's bytes by its MIME type; empty for images and unparsable files. */
    static String extract(InputStream in, String contentType, String name) {
        try {
            String text = switch (contentType) {
                case "application/pdf" -> pdf(in);
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(in);
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> xlsx(in);
                default -> "";
            };
            text = text.replace('\u0000', ' ').strip();
            return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        }
        catch (IOException | RuntimeException e) {
            log.warn("No text from attachment {}: {}", name, e.toString());
            return "";
        }
    }

    private static String pdf(InputStream in) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), 500));
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
            return x.getText();
        }
    }
}

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of records' attachments: PDF through PDFBox, DOCX and XLSX through POI; images have
 * none. Extracted at indexing time and kept in {@code search_extracted_text} by the file's
 * SHA-256, so a rebuild reads each file at most once. Files are read from the attachment store's
 * folder ({@code <data>/files/<storage key>}); a file that cannot be read or parsed contributes no
 * text and is logged, never failing the indexing of its record.
 */
@Component
class AttachmentText {

    static final int MAX_CHARS = 200_000;
    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path files;

    AttachmentText(JdbcClient jdbc, Clock clock, @Value("${gongkai.data}") String data) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.files = Path.of(data, "files");
    }

    private record File(long recordId, String name, String type, String sha256, String key, String text) {
    }

    /** The attachments' text of the records with ids from {@code first} to {@code last}, by record id. */
    Map<Long, String> textOf(long first, long last) {
        List<File> found = jdbc.sql("""
                select a.record_id, a.file_name, a.content_type, a.sha256, a.storage_key, t.text
                from record_attachment a left join search_extracted_text t on t.sha256 = a.sha256
                where a.record_id between :first and :last order by a.record_id, a.id""")
                .param("first", first).param("last", last)
                .query((rs, n) -> new File(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
        Map<Long, String> out = new HashMap<>();
        for (File f : found) {
            String text = f.text() != null ? f.text() : extractAndKeep(f);
            if (!text.isEmpty()) {
                out.merge(f.recordId(), f.name() + "\n" + text, (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    private String extractAndKeep(File f) {
        String text = extract(files.resolve(f.key()), f.type(), f.name());
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

    /** The text of a stored file by its MIME type; empty for images and unreadable files. */
    static String extract(Path file, String contentType, String name) {
        try (InputStream in = Files.newInputStream(file)) {
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
            log.warn("No text from attachment {} ({}): {}", name, file, e.toString());
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

package cn.gongkai.requests.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.gongkai.platform.FileNames;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.requests.replies.LetterPdf;

/**
 * Checks the disclosed files attached to a reply: at most {@link #MAX_FILES}, each at most
 * {@link #MAX_BYTES}, of a type recognised from its content (PDF, Office Open XML, PNG, JPEG,
 * UTF-8 text) whatever its name claims; names are cleaned of paths and control characters.
 */
@Component
public class UploadCheck {

    static final int MAX_FILES = 10;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** An uploaded file as received. */
    public record Upload(String filename, byte[] content) {
    }

    public List<LetterPdf.Attachment> check(List<FieldProblem> problems, List<Upload> uploads, boolean allowed) {
        List<Upload> present = uploads == null ? List.of()
                : uploads.stream().filter(u -> u.content() != null && u.content().length > 0).toList();
        if (present.isEmpty()) {
            return List.of();
        }
        if (!allowed) {
            problems.add(new FieldProblem("attachments", "requests.reply.error.noFilesForClass"));
            return List.of();
        }
        if (present.size() > MAX_FILES) {
            problems.add(new FieldProblem("attachments", "requests.reply.error.tooManyFiles", String.valueOf(MAX_FILES)));
            return List.of();
        }
        List<LetterPdf.Attachment> out = new ArrayList<>();
        for (Upload u : present) {
            String name = clean(u.filename());
            String type = sniff(u.content(), name);
            if (u.content().length > MAX_BYTES) {
                problems.add(new FieldProblem("attachments", "requests.reply.error.fileTooLarge", name));
            }
            else if (type == null) {
                problems.add(new FieldProblem("attachments", "requests.reply.error.fileType", name));
            }
            else {
                out.add(new LetterPdf.Attachment(name, type, u.content()));
            }
        }
        return out;
    }

    static String clean(String filename) {
        String name = filename == null ? "" : FileNames.withoutControls(filename).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file" + name;
        }
        return name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    static String sniff(byte[] b, String name) {
        String lower = name.toLowerCase();
        if (starts(b, "%PDF-")) {
            return "application/pdf";
        }
        if (b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return lower.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : lower.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    : null;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if ((lower.endsWith(".txt") || lower.endsWith(".csv")) && isUtf8Text(b)) {
            return lower.endsWith(".csv") ? "text/csv; charset=UTF-8" : "text/plain; charset=UTF-8";
        }
        return null;
    }

    private static boolean starts(byte[] b, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (b.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8Text(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        }
        catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}

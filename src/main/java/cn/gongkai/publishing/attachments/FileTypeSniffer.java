package cn.gongkai.publishing.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides a file's type from its bytes, never from its name (SPEC M3: type sniffed): PDF, DOCX and
 * XLSX (ZIP packages holding {@code word/document.xml} or {@code xl/workbook.xml}), PNG and JPEG.
 * Executables (Windows PE "MZ", ELF, Mach-O, shell scripts) are recognized so the refusal can say so.
 */
public final class FileTypeSniffer {

    /** An accepted type: MIME type and the file-name extensions that may carry it. */
    public enum FileType {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg", "jpeg");

        private final String mimeType;
        private final String[] extensions;

        FileType(String mimeType, String... extensions) {
            this.mimeType = mimeType;
            this.extensions = extensions;
        }

        public String mimeType() {
            return mimeType;
        }

        public boolean matchesExtension(String ext) {
            for (String e : extensions) {
                if (e.equalsIgnoreCase(ext)) {
                    return true;
                }
            }
            return false;
        }

        public String extension() {
            return extensions[0];
        }
    }

    /** What the bytes are. */
    public sealed interface Sniffed permits Accepted, Executable, Unknown {
    }

    public record Accepted(FileType type) implements Sniffed {
    }

    public record Executable() implements Sniffed {
    }

    public record Unknown() implements Sniffed {
    }

    private FileTypeSniffer() {
    }

    public static Sniffed sniff(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes())) {
            return new Accepted(FileType.PDF);
        }
        if (startsWith(bytes, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })) {
            return new Accepted(FileType.PNG);
        }
        if (startsWith(bytes, new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff })) {
            return new Accepted(FileType.JPEG);
        }
        if (startsWith(bytes, new byte[] { 'M', 'Z' }) || startsWith(bytes, new byte[] { 0x7f, 'E', 'L', 'F' })
                || startsWith(bytes, new byte[] { (byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe })
                || startsWith(bytes, new byte[] { (byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe })
                || startsWith(bytes, "#!".getBytes())) {
            return new Executable();
        }
        if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
            return officePackage(bytes).<Sniffed>map(Accepted::new).orElseGet(Unknown::new);
        }
        return new Unknown();
    }

    private static Optional<FileType> officePackage(byte[] bytes) {
        boolean contentTypes = false;
        FileType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                }
                else if (name.equals("word/document.xml")) {
                    found = FileType.DOCX;
                }
                else if (name.equals("xl/workbook.xml")) {
                    found = FileType.XLSX;
                }
            }
        }
        catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

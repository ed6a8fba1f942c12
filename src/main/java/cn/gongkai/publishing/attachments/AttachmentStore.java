package cn.gongkai.publishing.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.FileNames;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.attachments.FileTypeSniffer.Accepted;
import cn.gongkai.publishing.attachments.FileTypeSniffer.Executable;

/**
 * Stores attachments under {@code <data>/files/yyyy/MM/<uuid>} after checking them (SPEC M3, M12:
 * validated uploads): not empty, within the size limit, of an accepted type judged from the bytes,
 * and with a file-name extension that matches that type — so a renamed executable is refused. The
 * file is written before the row and removed again if the transaction rolls back.
 */
@Service
public class AttachmentStore {

    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;
    private final Path root;
    private final long maxBytes;

    AttachmentStore(Attachments attachments, AuditLog audit, Clock clock, @Value("${gongkai.data}") String data,
            cn.gongkai.publishing.PublishingSettings settings) {
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
        this.root = Path.of(data, "files");
        this.maxBytes = settings.maxAttachmentSize().toBytes();
    }

    /**
     * Checks and stores a file for edition {@code edition} (the draft's) of {@code recordId} and the
     * editions after it; 400 naming {@code file} with the reason when refused.
     */
    @Transactional
    public Attachment store(long recordId, int edition, String originalName, byte[] bytes, String actor) {
        String name = cleanName(originalName);
        if (bytes.length == 0) {
            throw GongkaiException.invalid("file", "publishing.attachment.empty");
        }
        if (bytes.length > maxBytes) {
            throw GongkaiException.invalid("file", "publishing.attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        FileTypeSniffer.Sniffed sniffed = FileTypeSniffer.sniff(bytes);
        if (sniffed instanceof Executable) {
            throw GongkaiException.invalid("file", "publishing.attachment.executable", name);
        }
        if (!(sniffed instanceof Accepted accepted)) {
            throw GongkaiException.invalid("file", "publishing.attachment.unknownType", name);
        }
        FileTypeSniffer.FileType type = accepted.type();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!type.matchesExtension(ext)) {
            throw GongkaiException.invalid("file", "publishing.attachment.extensionMismatch", name, type.name(),
                    type.extension());
        }
        var now = clock.instant().atZone(ZoneId.of("Asia/Shanghai"));
        String key = String.format("%d/%02d/%s", now.getYear(), now.getMonthValue(), UUID.randomUUID());
        Path file = root.resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "upload", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot store attachment under " + root, e);
        }
        removeOnRollback(file);
        Attachment saved = attachments.save(new Attachment(recordId, name, type.mimeType(), bytes.length,
                sha256(bytes), key, actor, clock.instant(), edition));
        audit.recordAs(actor, "record.attachment.added", "record", recordId, name + " (" + type + ", " + bytes.length
                + " bytes)");
        return saved;
    }

    /** Opens the stored bytes of an attachment. */
    public InputStream open(Attachment attachment) throws IOException {
        return Files.newInputStream(root.resolve(attachment.getStorageKey()));
    }

    /**
     * Removes a file from the draft edition {@code edition}: a file added in this draft is deleted; one
     * that an earlier (published) edition holds is only left out of this edition and the later ones,
     * so the published edition keeps it until the draft is published.
     */
    @Transactional
    public void remove(Attachment attachment, int edition, String actor) {
        if (attachment.getFromEdition() >= edition) {
            attachments.delete(attachment);
        }
        else {
            attachment.retireFrom(edition);
            attachments.save(attachment);
        }
        audit.recordAs(actor, "record.attachment.removed", "record", attachment.getRecordId(), attachment.getFileName()
                + " (edition " + edition + ")");
    }

    /** The last path segment, without control, bidirectional-control characters or separators, at most 200 characters. */
    static String cleanName(String original) {
        String n = original == null ? "" : FileNames.withoutControls(original).replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            throw GongkaiException.invalid("file", "publishing.attachment.name");
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static void removeOnRollback(Path file) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(file);
                        }
                        catch (IOException ignored) {
                            // an orphan file is harmless: no row points to it
                        }
                    }
                }
            });
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

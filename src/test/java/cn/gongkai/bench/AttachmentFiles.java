package cn.gongkai.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real DOCX attachments for generated records: a few distinct files written once with POI (each
 * quoting articles of a law), attached to many records by hard links under the attachment store's
 * folder, so that a million records do not need a million different files.
 */
final class AttachmentFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A prepared file: where it is, its digest, size and the text it holds. */
    record Prepared(Path file, String sha256, long size, String name, String text) {
    }

    private final Path store;
    private final List<Prepared> files = new ArrayList<>();

    AttachmentFiles(Path store) {
        this.store = store;
    }

    List<Prepared> prepare(Corpus corpus, SplittableRandom random, int count) throws IOException {
        Path dir = Files.createDirectories(store.resolve("generated"));
        for (int i = 0; i < count; i++) {
            Corpus.Law law = RecordComposer.pick(random, corpus.laws());
            String topic = RecordComposer.pick(random, RecordComposer.TOPICS);
            StringBuilder text = new StringBuilder("附件\n").append(topic).append("政策要点\n依据：").append(law.title()).append('\n');
            int start = random.nextInt(Math.max(1, law.articles().size() - 8));
            for (int a = start; a < Math.min(law.articles().size(), start + 8); a++) {
                text.append(law.articles().get(a)).append('\n');
            }
            Path file = dir.resolve("source-" + i + ".docx");
            try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
                for (String line : text.toString().split("\n")) {
                    doc.createParagraph().createRun().setText(line);
                }
                doc.write(out);
            }
            byte[] bytes = Files.readAllBytes(file);
            files.add(new Prepared(file, sha256(bytes), bytes.length, topic + "政策要点.docx", text.toString().strip()));
        }
        return files;
    }

    /** Links prepared file {@code f} as the stored file {@code key} (a copy where links are impossible). */
    void link(Prepared f, String key) throws IOException {
        Path target = store.resolve(key);
        Files.createDirectories(target.getParent());
        try {
            Files.createLink(target, f.file());
        }
        catch (FileAlreadyExistsException e) {
            // generated before with the same key: same content
        }
        catch (UnsupportedOperationException | IOException e) {
            if (!Files.exists(target)) {
                Files.copy(f.file(), target);
            }
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

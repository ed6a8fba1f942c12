package cn.gongkai.registers.imports;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.rows.RowStore;
import cn.gongkai.registers.types.FieldChecks;
import cn.gongkai.registers.types.Redactor;
import jakarta.annotation.PreDestroy;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of a register's rows from CSV or XLSX (批量导入), all or nothing.
 * <p>The file is streamed once: each chunk of lines is checked and masked and its valid lines
 * written as STAGED rows with {@code batch_id} = the import's id, in their own transaction, with
 * the progress ({@code lines_read}) and a heartbeat. At the end, in one transaction, either every
 * staged row becomes DRAFT/PUBLISHED through {@link RowStore#commitBatch} or, when a line was
 * refused and the mode is all-or-nothing, the staged rows are deleted and the import is REJECTED.
 * STAGED rows are never public, so a killed import shows none of its rows; {@link ImportRecovery}
 * later marks it ABORTED and deletes them.
 * <p>Roles: a DRAFTER or PUBLISHER (or ADMINISTRATOR) of the organ imports; the rows are published
 * at once only for a PUBLISHER or ADMINISTRATOR ({@code publish} defaults to that), else they are
 * drafts waiting for the publisher.
 */
@Service
class RegisterImports {

    private static final Logger log = LoggerFactory.getLogger(RegisterImports.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RegisterCatalog catalog;
    private final FieldChecks checks;
    private final Redactor redactor;
    private final RowStore rows;
    private final RegisterImportStore store;
    private final Organization organization;
    private final AuditLog audit;
    private final ImportMessages messages;
    private final ImportSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    /** Console imports run here, one at a time per node: the two cores are shared with everything else. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "register-import");
        t.setDaemon(true);
        return t;
    });

    RegisterImports(RegisterCatalog catalog, FieldChecks checks, Redactor redactor, RowStore rows, RegisterImportStore store,
            Organization organization, AuditLog audit, ImportMessages messages, ImportSettings settings,
            TransactionTemplate tx, Clock clock) {
        this.catalog = catalog;
        this.checks = checks;
        this.redactor = redactor;
        this.rows = rows;
        this.store = store;
        this.organization = organization;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    /** A file checked for size, format, encoding and the importer's rights, ready to run. */
    record Prepared(RegisterType type, long organId, String filename, String format, TextEncoding.Decoded decoded, byte[] bytes,
            boolean validOnly, boolean publish, String actor, Locale locale) {
    }

    /** Imports synchronously (the API). */
    ImportResult importFile(StaffMember staff, ImportRequest request) {
        Prepared p = prepare(staff, request);
        return run(p, start(p));
    }

    /** Starts the import and runs it in the background (the console): the import's id, to follow its progress. */
    long startInBackground(StaffMember staff, ImportRequest request) {
        Prepared p = prepare(staff, request);
        long id = start(p);
        background.execute(() -> {
            try {
                run(p, id);
            }
            catch (RuntimeException e) {
                log.warn("background import {} ended with {}", id, e.toString());
            }
        });
        return id;
    }

    Prepared prepare(StaffMember staff, ImportRequest r) {
        RegisterType type = catalog.required(r.registerCode());
        long organId = r.organId() == null ? staff.organId() : r.organId();
        if (organization.organ(organId).isEmpty()) {
            throw GongkaiException.invalid("organId", "registers.imports.error.unknownOrgan", String.valueOf(organId));
        }
        boolean mayPublish = organization.may(staff, Role.PUBLISHER, organId)
                || organization.may(staff, Role.ADMINISTRATOR, organId);
        if (!mayPublish && !organization.may(staff, Role.DRAFTER, organId)) {
            throw GongkaiException.forbidden();
        }
        boolean publish = r.publish() == null ? mayPublish : r.publish();
        if (publish && !mayPublish) {
            throw GongkaiException.forbidden();
        }
        byte[] bytes = r.bytes();
        if (bytes == null || bytes.length == 0) {
            throw GongkaiException.invalid("file", "registers.imports.error.empty");
        }
        if (bytes.length > settings.maxBytes().toBytes()) {
            throw new GongkaiException(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE", "registers.imports.error.tooLarge",
                    String.valueOf(settings.maxBytes().toMegabytes()));
        }
        String filename = r.filename() == null || r.filename().isBlank() ? "import" : r.filename();
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        if (zip || filename.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return new Prepared(type, organId, filename, "XLSX", null, bytes, r.validOnly(), publish, staff.username(),
                    r.locale());
        }
        if (filename.toLowerCase(Locale.ROOT).matches(".*\\.(xls|docx?|pdf|ods)$")) {
            throw new GongkaiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_FILE_TYPE",
                    "registers.imports.error.fileType");
        }
        return new Prepared(type, organId, filename, "CSV", decode(bytes, r.encoding()), null, r.validOnly(), publish,
                staff.username(), r.locale());
    }

    private static TextEncoding.Decoded decode(byte[] bytes, String encoding) {
        if (encoding != null && !encoding.isBlank()) {
            Charset charset = TextEncoding.named(encoding)
                    .orElseThrow(() -> GongkaiException.invalid("encoding", "registers.imports.error.unknownEncoding",
                            encoding));
            return TextEncoding.decode(bytes, charset)
                    .orElseThrow(() -> GongkaiException.refused("UNDECODABLE_FILE",
                            "registers.imports.error.notInEncoding", charset.name()));
        }
        return TextEncoding.detect(bytes)
                .orElseThrow(() -> GongkaiException.refused("UNDECODABLE_FILE", "registers.imports.error.undecodable"));
    }

    private long start(Prepared p) {
        return tx.execute(s -> store.start(p.type().code(), p.organId(), p.filename(), p.format(),
                p.decoded() == null ? null : p.decoded().encoding(), p.validOnly() ? "VALID_ONLY" : "ALL", p.publish(),
                p.actor(), clock.instant()));
    }

    /** Reads, checks and stages the file, then commits or rejects it: never half of it. */
    ImportResult run(Prepared p, long id) {
        String encoding = p.decoded() == null ? null : p.decoded().encoding();
        boolean[] staging = { true };
        ImportLines lines = new ImportLines(p.type(), checks, redactor, JSON, messages, p.locale(), "XLSX".equals(p.format()),
                settings.chunk(), settings.maxLines(), chunk -> {
                    // all or nothing: after the first refused line nothing more is staged, the rest only checked
                    staging[0] &= p.validOnly() || chunk.rejected() == 0;
                    Boolean running = tx.execute(s -> {
                        if (staging[0] && !chunk.rows().isEmpty()) {
                            store.stage(p.type().code(), p.organId(), id, chunk.rows(), p.actor(), clock.instant());
                        }
                        return store.progress(id, chunk.linesRead(), chunk.rejected(), clock.instant());
                    });
                    if (!Boolean.TRUE.equals(running)) {
                        throw new ImportAborted();
                    }
                });
        try {
            if ("XLSX".equals(p.format())) {
                XlsxSource.read(new ByteArrayInputStream(p.bytes()), lines);
            }
            else {
                CsvSource.read(new StringReader(p.decoded().text()), lines);
            }
            if (!lines.headerSeen()) {
                throw new ImportLines.FileRefused(List.of(new RejectedLine(1, "", "NO_HEADER",
                        messages.text(p.locale(), "registers.imports.rule.NO_HEADER", ""))));
            }
            lines.flushChunk();
        }
        catch (ImportLines.FileRefused e) {
            return reject(p, id, lines, e.problems, encoding);
        }
        catch (MalformedFileException e) {
            return reject(p, id, lines, List.of(new RejectedLine(lines.linesRead() + 1, "", "MALFORMED_" + e.format(),
                    messages.text(p.locale(), "registers.imports.rule.MALFORMED_" + e.format(), lines.linesRead() + 1))),
                    encoding);
        }
        catch (ImportLines.TooManyLines e) {
            reject(p, id, lines, List.of(new RejectedLine(settings.maxLines() + 2, "", "TOO_MANY_LINES",
                    messages.text(p.locale(), "registers.imports.rule.TOO_MANY_LINES", settings.maxLines()))), encoding);
            throw new GongkaiException(HttpStatus.CONTENT_TOO_LARGE, "TOO_MANY_LINES", "registers.imports.error.tooManyLines",
                    String.valueOf(settings.maxLines()));
        }
        catch (ImportAborted e) {
            throw GongkaiException.refused("IMPORT_ABORTED", "registers.imports.error.aborted");
        }
        catch (RuntimeException e) {
            tx.executeWithoutResult(s -> {
                store.deleteStaged(id);
                store.finish(id, "FAILED", lines.linesRead(), 0, lines.rejected(), null, clock.instant());
            });
            throw e;
        }
        if (lines.rejected() > 0 && !p.validOnly()) {
            return reject(p, id, lines, lines.report(), encoding);
        }
        return commit(p, id, lines, encoding);
    }

    private ImportResult commit(Prepared p, long id, ImportLines lines, String encoding) {
        String report = JSON.writeValueAsString(lines.report());
        long read = System.nanoTime();
        Integer imported = tx.execute(s -> {
            if (!store.lockRunning(id)) {
                return null;
            }
            int n = lines.valid() == 0 ? 0 : rows.commitBatch(p.type().code(), p.organId(), id, p.publish(), p.actor());
            store.finish(id, "COMMITTED", lines.linesRead(), n, lines.rejected(), report, clock.instant());
            audit.recordAs(p.actor(), "registers.import", "register-import", id, p.type().code() + ": " + n
                    + " rows from " + RegisterImportStore.limit(p.filename(), 200) + ", " + lines.rejected() + " lines refused");
            return n;
        });
        if (imported == null) {
            throw GongkaiException.refused("IMPORT_ABORTED", "registers.imports.error.aborted");
        }
        log.info("register import {} ({}): {} lines read, checked and staged in {} ms; {} rows committed in {} ms", id,
                p.type().code(), lines.linesRead(), (read - lines.startedNanos()) / 1_000_000, imported,
                (System.nanoTime() - read) / 1_000_000);
        return new ImportResult(id, "COMMITTED", imported, lines.report(), lines.rejected(), lines.linesRead(), encoding);
    }

    private ImportResult reject(Prepared p, long id, ImportLines lines, List<RejectedLine> problems, String encoding) {
        String report = JSON.writeValueAsString(problems);
        int refused = Math.max(lines.rejected(), 1);
        tx.executeWithoutResult(s -> {
            store.deleteStaged(id);
            store.finish(id, "REJECTED", lines.linesRead(), 0, refused, report, clock.instant());
        });
        return new ImportResult(id, "REJECTED", 0, problems, refused, lines.linesRead(), encoding);
    }

    /** An import of register {@code code}; another register's import id is a 404 like an unknown one. */
    ImportResult get(StaffMember staff, String code, long id) {
        RegisterImportStore.Stored s = stored(staff, id);
        if (!s.registerCode().equals(code)) {
            throw GongkaiException.notFound("批量导入 (register import)", id);
        }
        return new ImportResult(s.id(), s.state(), s.imported(), report(s), s.rejectedCount(), s.linesRead(), s.encoding());
    }

    RegisterImportStore.Stored stored(StaffMember staff, long id) {
        RegisterImportStore.Stored s = store.find(id).orElseThrow(() -> GongkaiException.notFound("批量导入 (register import)", id));
        if (!organization.maySee(staff, s.organId())) {
            throw GongkaiException.notFound("批量导入 (register import)", id);
        }
        return s;
    }

    static List<RejectedLine> report(RegisterImportStore.Stored s) {
        return Optional.ofNullable(s.reportJson()).map(j -> JSON.readValue(j, new TypeReference<List<RejectedLine>>() {
        })).orElse(List.of());
    }

    /** The imports of a register by the organs the staff member may see, newest first. */
    List<RegisterImportStore.Stored> recent(StaffMember staff, String code) {
        catalog.required(code);
        List<Long> organs = organization.all().stream().filter(o -> organization.maySee(staff, o.getId()))
                .map(o -> o.getId()).toList();
        return store.recent(code, organs, 20);
    }

    int maxMegabytes() {
        return (int) settings.maxBytes().toMegabytes();
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** The recovery sweep ended this import while it ran (its heartbeat had stopped for too long). */
    private static final class ImportAborted extends RuntimeException {

        ImportAborted() {
            super("import aborted");
        }
    }
}

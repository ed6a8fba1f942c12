package cn.gongkai.registers.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff API of the bulk import (issue 12). The call is synchronous: it answers when the file is
 * committed or refused (100,000 lines take seconds); the console runs large files in the
 * background and shows their progress. Roles: see {@link RegisterImports}.
 */
@RestController
@Tag(name = "registers-imports", description = "Bulk import of register rows from CSV or XLSX (SPEC M7)")
class RegisterImportApi {

    static final String CONTRACT = "multipart file (CSV: UTF-8 or GBK/GB18030 detected, or encoding=; XLSX), header = the "
            + "fields' Chinese labels or codes. 201 {id, imported, rejected:[{line,column,rule,message}]}; 422 with the same "
            + "rejected list and imported 0 when a line is refused and mode is not valid-only (nothing is written); "
            + "mode=valid-only imports the valid lines and reports the others; 413 FILE_TOO_LARGE / TOO_MANY_LINES; "
            + "422 UNDECODABLE_FILE. publish defaults to true for a publisher (drafts for a drafter).";

    private final RegisterImports imports;
    private final CurrentStaff current;
    private final ImportMessages messages;

    RegisterImportApi(RegisterImports imports, CurrentStaff current, ImportMessages messages) {
        this.imports = imports;
        this.current = current;
        this.messages = messages;
    }

    @Operation(summary = "Import a register's rows from a CSV or XLSX file, all or nothing", description = CONTRACT)
    @PostMapping(path = "/api/v1/registers/{code}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> importFile(@PathVariable String code,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) Boolean publish,
            @RequestParam(required = false) String encoding, @RequestParam(required = false) Long organId) {
        return run(() -> new ImportRequest(code, organId, file == null ? null : file.getOriginalFilename(), bytes(file),
                validOnly(mode), publish, encoding, LocaleContextHolder.getLocale()));
    }

    /** The CSV as text in a JSON body (integrators without multipart): UTF-8 by definition of JSON. */
    record TextImport(String filename, String text, String mode, Boolean publish, Long organId) {
    }

    @Operation(summary = "Import a register's rows from CSV text in a JSON body {filename?, text, mode?, publish?, organId?}",
            description = "The same checks and answers as the file upload; the text is CSV (UTF-8), header = the fields' labels or codes.")
    @PostMapping(path = "/api/v1/registers/{code}/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> importText(@PathVariable String code, @RequestBody TextImport body) {
        return run(() -> {
            if (body == null || body.text() == null || body.text().isBlank()) {
                throw GongkaiException.invalid("text", "registers.imports.error.emptyText");
            }
            String name = body.filename() == null || body.filename().isBlank() ? "import.csv" : body.filename().strip();
            return new ImportRequest(code, body.organId(), name, body.text().getBytes(StandardCharsets.UTF_8),
                    validOnly(body.mode()), body.publish(), "UTF-8", LocaleContextHolder.getLocale());
        });
    }

    private ResponseEntity<Map<String, Object>> run(java.util.function.Supplier<ImportRequest> request) {
        ImportResult result;
        try {
            result = imports.importFile(current.get(), request.get());
        }
        catch (GongkaiException e) {
            if (e.status().value() != 422) {
                throw e;
            }
            // a file refused as a whole (its encoding) answers the contract's body as well: line 0 = the file
            Map<String, Object> refused = body(new ImportResult(null, "REJECTED", 0, List.of(new RejectedLine(0, "",
                    e.code(), messages.text(LocaleContextHolder.getLocale(), e.messageKey(), e.args()))), 1, 0, null));
            refused.put("code", e.code());
            return ResponseEntity.status(422).body(refused);
        }
        return ResponseEntity.status("COMMITTED".equals(result.state()) ? 201 : 422).body(body(result));
    }

    @Operation(summary = "An import's progress and report (state RUNNING, COMMITTED, REJECTED, FAILED, ABORTED)")
    @GetMapping("/api/v1/registers/{code}/imports/{id}")
    Map<String, Object> get(@PathVariable String code, @PathVariable long id) {
        return body(imports.get(current.get(), code, id));
    }

    @Operation(summary = "The register's latest 20 imports of the organs the caller may see, newest first (without reports)")
    @GetMapping("/api/v1/registers/{code}/imports")
    Map<String, Object> list(@PathVariable String code) {
        return Map.of("items", imports.recent(current.get(), code).stream().map(s -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", s.id());
            out.put("filename", s.filename());
            out.put("state", s.state());
            out.put("imported", s.imported());
            out.put("rejectedCount", s.rejectedCount());
            out.put("linesRead", s.linesRead());
            out.put("startedAt", s.startedAt());
            return out;
        }).toList());
    }

    static Map<String, Object> body(ImportResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("state", r.state());
        out.put("imported", r.imported());
        out.put("rejected", r.rejected());
        out.put("rejectedCount", r.rejectedCount());
        out.put("linesRead", r.linesRead());
        out.put("encoding", r.encoding());
        return out;
    }

    static boolean validOnly(String mode) {
        if (mode == null || mode.isBlank() || mode.equalsIgnoreCase("all")) {
            return false;
        }
        if (mode.equalsIgnoreCase("valid-only")) {
            return true;
        }
        throw GongkaiException.invalid("mode", "registers.imports.error.mode", mode);
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw GongkaiException.invalid("file", "registers.imports.error.empty");
        }
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw GongkaiException.invalid("file", "registers.imports.error.unreadableUpload");
        }
    }
}

package cn.gongkai.regulations.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff API of the importer (issue 11). {@code articles} in every answer is the number of 条, or
 * for a document without 条 the number of its top-level parts (一、二、…). Findings: INJECTED_TEXT
 * (resolved CONFIRMED or STRIPPED, optionally with a replacement) and UNPARSED_LINE (CONFIRMED or
 * NOTED), each with the line of the source text. Roles: see {@link Imports}.
 */
@RestController
@RequestMapping("/api/v1/regulations/imports")
@Tag(name = "regulations-imports", description = "Import of legal texts into the regulations library (SPEC M6)")
class ImportApi {

    private final Imports imports;
    private final CurrentStaff current;

    ImportApi(Imports imports, CurrentStaff current) {
        this.imports = imports;
        this.current = current;
    }

    /** The text given as JSON; overrides are optional. */
    record TextImportRequest(String filename, String text, DocumentType type, String title, String documentNumber,
            String organ, LocalDate adoptedOn, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn,
            String source) {
    }

    record Resolution(String resolution, String replacement) {
    }

    @Operation(summary = "Import a legal text given as JSON {filename, text}")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportView> importText(@RequestBody TextImportRequest r) {
        if (r.text() == null || r.text().isBlank()) {
            throw GongkaiException.invalid("text", "regulations.imports.error.empty");
        }
        String name = r.filename() == null || r.filename().isBlank() ? "text.txt"
                : r.filename().matches("(?i).*\\.(md|txt|text)$") ? r.filename() : r.filename() + ".txt";
        ImportView view = imports.importFile(current.get(), name, r.text().getBytes(StandardCharsets.UTF_8),
                new ImportOverrides(r.type(), r.title(), r.documentNumber(), r.organ(), r.adoptedOn(), r.issuedOn(),
                        r.effectiveOn(), r.expiresOn(), r.source()));
        return ResponseEntity.status(201).body(view);
    }

    @Operation(summary = "Import a DOCX, word-processor HTML, PDF (with a text layer) or plain-text file (field file)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) DocumentType type, @RequestParam(required = false) String title,
            @RequestParam(required = false) String documentNumber, @RequestParam(required = false) String organ,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            @RequestParam(required = false) String source) {
        ImportView view = imports.importFile(current.get(), file.getOriginalFilename(), bytes(file),
                new ImportOverrides(type, title, documentNumber, organ, adoptedOn, issuedOn, effectiveOn, expiresOn, source));
        return ResponseEntity.status(201).body(view);
    }

    @Operation(summary = "An imported document with its findings")
    @GetMapping("/{id}")
    ImportView get(@PathVariable String id) {
        return imports.get(current.get(), id);
    }

    @Operation(summary = "Resolve a finding: CONFIRMED (the text belongs) or STRIPPED (removed, optionally replaced)")
    @PostMapping("/{id}/findings/{findingId}")
    ImportView resolve(@PathVariable String id, @PathVariable long findingId, @RequestBody Resolution r) {
        return imports.resolve(current.get(), id, findingId, r.resolution(), r.replacement());
    }

    @Operation(summary = "Correct the metadata of a draft (fields left out keep their value)")
    @PatchMapping("/{id}")
    ImportView patch(@PathVariable String id, @RequestBody TextImportRequest r) {
        return imports.edit(current.get(), id, new ImportOverrides(r.type(), r.title(), r.documentNumber(), r.organ(),
                r.adoptedOn(), r.issuedOn(), r.effectiveOn(), r.expiresOn(), r.source()));
    }

    @Operation(summary = "Correct the metadata of a draft (same as PATCH)")
    @PutMapping("/{id}")
    ImportView put(@PathVariable String id, @RequestBody TextImportRequest r) {
        return patch(id, r);
    }

    @Operation(summary = "Publish a draft (refused while an INJECTED_TEXT finding is open, and to its importer)")
    @PostMapping("/{id}/publication")
    ImportView publish(@PathVariable String id) {
        return imports.publish(current.get(), id);
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw GongkaiException.invalid("file", "regulations.imports.error.empty");
        }
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw GongkaiException.invalid("file", "regulations.imports.error.unreadableUpload");
        }
    }
}

package cn.gongkai.publishing.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.attachments.Attachment;
import io.swagger.v3.oas.annotations.Operation;

/** Attachments of a draft and DOCX import of its body (multipart uploads, field {@code file}). */
@RestController
class RecordFilesApi {

    private final Drafting drafting;
    private final RecordViews views;
    private final CurrentStaff current;

    RecordFilesApi(Drafting drafting, RecordViews views, CurrentStaff current) {
        this.drafting = drafting;
        this.views = views;
        this.current = current;
    }

    @Operation(summary = "Attach a file to a record draft")
    @PostMapping("/api/v1/records/{id}/attachments")
    ResponseEntity<RecordView.AttachmentView> attach(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        Attachment a = drafting.attach(current.get(), id, file.getOriginalFilename(), bytes(file));
        return ResponseEntity.status(201).body(new RecordView.AttachmentView(a.getId(), a.getFileName(),
                a.getContentType(), a.getSizeBytes(), a.getSha256()));
    }

    @Operation(summary = "Remove an attachment from a record draft")
    @DeleteMapping("/api/v1/records/{id}/attachments/{attachmentId}")
    ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long attachmentId) {
        drafting.detach(current.get(), id, attachmentId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Replace the body of a draft with the text of a DOCX file")
    @PostMapping("/api/v1/records/{id}/body/docx")
    RecordView importDocx(@PathVariable long id, @RequestParam("file") MultipartFile file) {
        return views.view(drafting.importDocx(current.get(), id, new java.io.ByteArrayInputStream(bytes(file))),
                List.of());
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw GongkaiException.invalid("file", "publishing.attachment.empty");
        }
        try {
            return file.getBytes();
        }
        catch (IOException e) {
            throw GongkaiException.invalid("file", "publishing.attachment.unreadable");
        }
    }
}

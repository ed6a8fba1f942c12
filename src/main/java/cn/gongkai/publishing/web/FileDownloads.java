package cn.gongkai.publishing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.RecordAccess;
import cn.gongkai.publishing.RecordState;
import cn.gongkai.publishing.Records;
import cn.gongkai.publishing.attachments.Attachment;
import cn.gongkai.publishing.attachments.AttachmentStore;
import cn.gongkai.publishing.attachments.Attachments;

/**
 * Downloads of attachments: the public gets those of public records at {@code /files/{id}/{name}}
 * (those of a withdrawn record answer 410 Gone with the withdrawal's date and reason);
 * staff get those of any record they may see. Always as a download with the sniffed type and
 * {@code nosniff}, so a browser never renders an upload as a page.
 */
@Controller
class FileDownloads {

    private final Attachments attachments;
    private final AttachmentStore store;
    private final Records records;
    private final RecordAccess access;
    private final CurrentStaff current;

    FileDownloads(Attachments attachments, AttachmentStore store, Records records, RecordAccess access,
            CurrentStaff current) {
        this.attachments = attachments;
        this.store = store;
        this.records = records;
        this.access = access;
        this.current = current;
    }

    @GetMapping("/files/{id}/{name}")
    ResponseEntity<InputStreamResource> publicFile(@PathVariable long id, @PathVariable String name)
            throws IOException {
        Attachment a = attachments.findById(id).orElseThrow(() -> GongkaiException.notFound("附件 (file)", id));
        GovernmentRecord record = records.findById(a.getRecordId()).orElseThrow();
        if (record.getState() == RecordState.WITHDRAWN) {
            throw withdrawn(record);
        }
        // only the published edition's files: not a revision draft's new file, not one the revision removed
        if (!record.isPublic() || !a.belongsTo(record.getPublishedEdition())) {
            throw GongkaiException.notFound("附件 (file)", id);
        }
        return send(a);
    }

    /** 410 Gone: the address existed and will not come back; the error page names the date and reason. */
    private static GongkaiException withdrawn(GovernmentRecord record) {
        return new GongkaiException(HttpStatus.GONE, "WITHDRAWN", "publishing.attachment.withdrawn",
                record.getWithdrawnAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString(),
                record.getWithdrawalReason());
    }

    @GetMapping("/console/records/{recordId}/attachments/{id}")
    ResponseEntity<InputStreamResource> staffFile(@PathVariable long recordId, @PathVariable long id)
            throws IOException {
        access.visible(current.get(), recordId);
        Attachment a = attachments.findById(id).filter(x -> x.getRecordId() == recordId)
                .orElseThrow(() -> GongkaiException.notFound("附件 (file)", id));
        return send(a);
    }

    private ResponseEntity<InputStreamResource> send(Attachment a) throws IOException {
        InputStream in = store.open(a);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .contentLength(a.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }
}

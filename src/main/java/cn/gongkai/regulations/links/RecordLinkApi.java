package cn.gongkai.regulations.links;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;

import io.swagger.v3.oas.annotations.Operation;

/** Links a library document to its publishing record over JSON (staff; see {@link RecordLinks} for who and which records). */
@RestController
class RecordLinkApi {

    private final RecordLinks links;
    private final CurrentStaff current;

    RecordLinkApi(RecordLinks links, CurrentStaff current) {
        this.links = links;
        this.current = current;
    }

    record LinkRequest(Long recordId) {
    }

    @Operation(summary = "Link a library document to its publishing record",
            description = "Body {\"recordId\":…}. The record's validity is derived from the library from then on "
                    + "(IN_FORCE→IN_FORCE, NOT_YET_EFFECTIVE→NOT_YET_EFFECTIVE, PARTLY_EXPIRED/PARTLY_REPEALED/SUSPENDED→"
                    + "PARTIALLY_INVALID, EXPIRED/REPEALED→REPEALED). 422 RECORD_TYPE for a record that is not a law, "
                    + "regulation, rule or normative document (nor the notice issuing the document), RECORD_LINKED / "
                    + "DOCUMENT_LINKED when either is already linked elsewhere, DOCUMENT_NOT_PUBLISHED for a draft; "
                    + "403 unless OFFICE_REVIEWER, PUBLISHER or ADMINISTRATOR of the record's organ. Linking again is a no-op.")
    @PutMapping("/api/v1/regulations/documents/{id}/record")
    RecordLinks.Link link(@PathVariable String id, @RequestBody(required = false) LinkRequest body) {
        if (body == null) {
            throw GongkaiException.invalid("recordId", "platform.error.required");
        }
        return links.link(current.get(), id, body.recordId());
    }
}

package cn.gongkai.platform;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published audit chain heads, for anyone: a page and JSON (issue 10 A.4). */
class AuditHeadsController {

    /** The JSON form: the algorithm, the key id and every head, newest first. */
    record PublishedHeads(String algorithm, String keyId, List<AuditHeads.Head> heads) {
    }

    @RestController
    static class Api {

        private final AuditHeads heads;
        private final AuditKey key;

        Api(AuditHeads heads, AuditKey key) {
            this.heads = heads;
            this.key = key;
        }

        @Operation(summary = "The published daily heads of the audit chain",
                description = "One signed head per day (HMAC-SHA256 under the audit key kept outside the database): "
                        + "a later rewrite of the history no longer matches a head published before it.")
        @GetMapping("/api/v1/public/audit/heads")
        PublishedHeads heads() {
            return new PublishedHeads("HMAC-SHA256", key.keyId(), heads.published());
        }
    }

    @Controller
    static class Page {

        private final AuditHeads heads;
        private final AuditKey key;

        Page(AuditHeads heads, AuditKey key) {
            this.heads = heads;
            this.key = key;
        }

        @GetMapping("/audit-heads")
        String page(Model model) {
            model.addAttribute("heads", heads.published());
            model.addAttribute("keyId", key.keyId());
            return "platform/audit-heads";
        }
    }
}

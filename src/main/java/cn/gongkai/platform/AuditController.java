package cn.gongkai.platform;


import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;

/** Administrators verify the audit chain (API) and search the log (console page). */
class AuditController {

    @RestController
    static class Api {

        private final AuditVerifier verifier;
        private final AuditSearch search;

        Api(AuditVerifier verifier, AuditSearch search) {
            this.verifier = verifier;
            this.search = search;
        }

        @Operation(summary = "Verify the audit chain")
        @GetMapping("/api/v1/audit/verify")
        AuditVerifier.Verification verify() {
            return verifier.verify();
        }

        @Operation(summary = "Search the audit log")
        @GetMapping("/api/v1/audit/entries")
        AuditSearch.Page entries(AuditSearch.Query query) {
            return search.find(query);
        }
    }

    @Controller
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    static class Console {

        private final AuditSearch search;
        private final AuditVerifier verifier;

        Console(AuditSearch search, AuditVerifier verifier) {
            this.search = search;
            this.verifier = verifier;
        }

        @GetMapping("/console/audit")
        String list(AuditSearch.Query query, @RequestParam(defaultValue = "false") boolean verify, Model model) {
            model.addAttribute("query", query);
            model.addAttribute("page", search.find(query));
            if (verify) {
                model.addAttribute("verification", verifier.verify());
            }
            return "platform/audit-list";
        }
    }
}

package cn.gongkai.search;

import java.net.URI;
import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.Organization;
import cn.gongkai.platform.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The public search API and the administrators' index maintenance API. */
@RestController
@Tag(name = "Search", description = "Full-text search of published government information (SPEC M4)")
class SearchApi {

    private final Search search;
    private final IndexMaintenance maintenance;
    private final Organization organization;
    private final AuditLog audit;
    private final MessageSource messages;

    SearchApi(Search search, IndexMaintenance maintenance, Organization organization, AuditLog audit,
            MessageSource messages) {
        this.messages = messages;
        this.search = search;
        this.maintenance = maintenance;
        this.organization = organization;
        this.audit = audit;
    }

    @GetMapping("/api/v1/public/search")
    @Operation(summary = "Search published records",
            description = "Chinese full-text search (smartcn word segmentation) in title, body and attachments, and "
                    + "fragments of the document number (文号, e.g. 〔2017〕44 or 2018年第31号). Every word must match; "
                    + "quoted text is a phrase. Hits carry titleHtml and snippetHtml: HTML-escaped text whose matched "
                    + "words are wrapped in <mark>. A bad parameter is a 400 problem naming it; no query syntax exists, "
                    + "so no text in q is an error.")
    SearchResults search(
            @Parameter(description = "words, at most 100 characters; blank lists the newest records") @RequestParam(required = false) String q,
            @Parameter(description = "organ code: what that organ's site shows (its records and, for a provincial organ, SAT's policies)") @RequestParam(required = false) String organ,
            @Parameter(description = "catalogue entry code such as 02.02 (includes sub-entries)") @RequestParam(required = false) String catalog,
            @Parameter(description = "LAW, ADMINISTRATIVE_REGULATION, RULE, NORMATIVE_DOCUMENT, INTERPRETATION, OTHER") @RequestParam(required = false) String type,
            @Parameter(description = "year written (else published)") @RequestParam(required = false) String year,
            @Parameter(description = "IN_FORCE, NOT_YET_EFFECTIVE, PARTIALLY_INVALID, REPEALED, NOT_APPLICABLE or ALL; IN_FORCE by default for laws, regulations, rules and normative documents") @RequestParam(required = false) String validity,
            @Parameter(description = "relevance (default) or date") @RequestParam(required = false) String sort,
            @Parameter(description = "1-based page, at most 10000/size") @RequestParam(required = false) String page,
            @Parameter(description = "page size 10–50, default 10") @RequestParam(required = false) String size) {
        return search.search(SearchQueries.strict(
                new SearchQueries.Params(q, organ, catalog, type, year, validity, sort, page, size), organization));
    }

    /** Malformed percent-encoding in the query string (Tomcat refuses to decode a parameter). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("search.error.encoding", null, LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:gongkai:problem:invalid-input"));
        problem.setProperty("code", "INVALID_INPUT");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/api/v1/search/status")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "State of the search index and of the current or last rebuild")
    IndexStatus status() {
        return maintenance.status();
    }

    @PostMapping("/api/v1/search/rebuild")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Rebuild the search index from the database in the background",
            description = "202 with the rebuild's status; started is false when a rebuild was already running. "
                    + "Searches go on against the current index until the new one is swapped in.")
    ResponseEntity<Map<String, Object>> rebuild() {
        boolean started = maintenance.startRebuild("administrator");
        if (started) {
            audit.record("search.index.rebuild", "search-index", "index", "rebuild requested");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("started", started, "status", maintenance.status()));
    }
}

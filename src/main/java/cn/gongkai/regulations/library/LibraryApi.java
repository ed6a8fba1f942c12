package cn.gongkai.regulations.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.library.LibraryDocument.Effect;
import cn.gongkai.regulations.library.LibraryDocument.Provision;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The public JSON API of the regulations library (no login): the list of published documents,
 * one document as it stood on a day, and one provision with every version of its words. Each
 * takes {@code on=YYYY-MM-DD} (default: today in China); a malformed day, an unknown type or
 * validity is a 400 naming the parameter, an unknown document or provision a 404.
 */
@RestController
class LibraryApi {

    static final int PAGE_SIZE = 20;

    private final LibraryDocuments documents;
    private final LibraryList list;
    private final Clock clock;

    LibraryApi(LibraryDocuments documents, LibraryList list, Clock clock) {
        this.documents = documents;
        this.list = list;
        this.clock = clock;
    }

    record ListView(List<LibraryList.Summary> items, int total, int page, int size, int pages, LocalDate on) {
    }

    /** {@code heading} is left out when the provision has none; the other fields are always present. */
    record ProvisionView(String eId, String kind, String number, String heading,
            @JsonInclude(JsonInclude.Include.ALWAYS) String text, @JsonInclude(JsonInclude.Include.ALWAYS) Validity validity,
            String path, LocalDate versionFrom, LocalDate versionUntil, List<ProvisionView> children) {

        static ProvisionView of(Provision p) {
            return new ProvisionView(p.eid(), p.kind().name(), p.number(), p.heading(), p.text(), p.validity(),
                    p.path(), p.versionFrom(), p.versionUntil(), p.children().stream().map(ProvisionView::of).toList());
        }
    }

    record EffectView(long id, String type, LocalDate effectiveOn, LocalDate endsOn, String affectedDocumentId,
            String affectedTitle, String affectedEId, String affectedPath, String affectingDocumentId,
            String affectingTitle, String affectingEId, String affectingPath, String note) {

        static EffectView of(Effect e) {
            return new EffectView(e.id(), e.type().name(), e.effectiveOn(), e.endsOn(), e.affectedDocumentId(),
                    e.affectedTitle(), e.affectedEid(), e.affectedPath(), e.affectingDocumentId(), e.affectingTitle(),
                    e.affectingEid(), e.affectingPath(), e.note());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DocumentView(String id, String title, String documentNumber, DocumentType type, String organ,
            LocalDate adoptedOn, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, Validity validity,
            LocalDate on, LocalDate changesRecordedOn, String path, List<ProvisionView> provisions,
            List<EffectView> affectedBy, List<EffectView> affects) {

        /** {@code provisions}: the document's provision views, made once per segment of days. */
        static DocumentView of(LibraryDocument d, List<ProvisionView> provisions) {
            return new DocumentView(d.id(), d.title(), d.documentNumber(), d.type(), d.organs(), d.adoptedOn(),
                    d.issuedOn(), d.effectiveOn(), d.expiresOn(), d.validity(), d.day(), d.changesRecordedOn(),
                    d.path(), provisions,
                    d.affectedBy().stream().map(EffectView::of).toList(),
                    d.affects().stream().map(EffectView::of).toList());
        }
    }

    record VersionView(LocalDate from, LocalDate until, String text) {
    }

    record ProvisionDetail(String documentId, String documentTitle, LocalDate on, ProvisionView provision,
            List<VersionView> versions) {
    }

    @Operation(summary = "Published library documents, newest first",
            description = "Filters: q (words of the title, the document number or any provision's text), type, "
                    + "organ (part of an issuing organ's name), year of issue, validity on the day `on` (default "
                    + "today; no validity filter lists every validity, repealed documents included). 20 per page.")
    @ApiResponse(responseCode = "200", description = "One page of documents")
    @GetMapping("/api/v1/public/regulations")
    ListView list(@Parameter(description = "text in the title, document number or provisions") @RequestParam(required = false) String q,
            @Parameter(description = "LAW, ADMINISTRATIVE_REGULATION, DEPARTMENTAL_RULE, NORMATIVE_DOCUMENT, TAX_TREATY, CASE_RULING, JUDICIAL_INTERPRETATION")
            @RequestParam(required = false) String type,
            @Parameter(description = "part of an issuing organ's name") @RequestParam(required = false) String organ,
            @Parameter(description = "year of issue") @RequestParam(required = false) String year,
            @Parameter(description = "NOT_YET_EFFECTIVE, IN_FORCE, PARTLY_EXPIRED, PARTLY_REPEALED, SUSPENDED, EXPIRED, REPEALED")
            @RequestParam(required = false) String validity,
            @Parameter(description = "day YYYY-MM-DD the validity is taken on (default today)") @RequestParam(required = false) String on,
            @Parameter(description = "1-based page; beyond the last gives the last") @RequestParam(required = false) String page,
            @Parameter(description = "items per page, 1 to 100 (default 20)") @RequestParam(required = false) String size) {
        LibraryFilter filter = LibraryFilter.parse(q, type, organ, year, validity, on, today());
        LibraryList.Page p = list.find(filter, LibraryFilter.page(page), LibraryFilter.size(size, PAGE_SIZE));
        return new ListView(p.items(), p.total(), p.page(), p.size(), p.pages(), filter.on());
    }

    @Operation(summary = "One document as it stood on a day",
            description = "Metadata, validity on the day, the provisions as a tree (编/章/节/条/款/项/目; `number` as "
                    + "written, e.g. 第三十三条; each provision's text in the version in force that day and its "
                    + "validity), the confirmed effects on it and those it makes on other documents.")
    @ApiResponse(responseCode = "200", description = "The document")
    @GetMapping("/api/v1/public/regulations/{id}")
    DocumentView document(@PathVariable String id,
            @Parameter(description = "day YYYY-MM-DD (default today)") @RequestParam(required = false) String on) {
        LibraryDocuments.Read r = documents.read(id, LibraryFilter.day(on, today())).orElseThrow(
                () -> GongkaiException.notFound("法规 (regulation)", LibraryFilter.shorten(id)));
        return DocumentView.of(r.document(), r.segment().derived("json", () -> r.document().provisions().stream()
                .map(ProvisionView::of).toList()));
    }

    @Operation(summary = "One provision on a day, with every version of its words",
            description = "The provision by its eId (art_33, art_33__para_2, chp_1__sec_2, part_1__point_2): its "
                    + "text and validity on the day `on`, its sub-provisions, and each version with its period "
                    + "(`from` null = since the start, `until` exclusive).")
    @ApiResponse(responseCode = "200", description = "The provision")
    @GetMapping("/api/v1/public/regulations/{id}/provisions/{eId}")
    ProvisionDetail provision(@PathVariable String id, @PathVariable("eId") String eid,
            @Parameter(description = "day YYYY-MM-DD (default today)") @RequestParam(required = false) String on) {
        LocalDate day = LibraryFilter.day(on, today());
        LibraryDocuments.Read r = documents.read(id, day).filter(d -> d.segment().provision(eid) != null)
                .orElseThrow(() -> GongkaiException.notFound("条款 (provision)", LibraryFilter.shorten(eid)));
        ProvisionView view = r.segment().derived("json:" + eid, () -> ProvisionView.of(r.segment().provision(eid)));
        List<VersionView> versions = r.versions(eid).stream()
                .map(v -> new VersionView(v.from(), v.until(), v.body())).toList();
        return new ProvisionDetail(id, r.document().title(), day, view, versions);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

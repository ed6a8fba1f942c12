package cn.gongkai.publishing.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.Editions;
import cn.gongkai.publishing.Gates;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.Publication;
import cn.gongkai.publishing.RecordAccess;
import cn.gongkai.publishing.RecordInput;
import cn.gongkai.publishing.RecordSteps;
import cn.gongkai.publishing.Reviewing;
import cn.gongkai.publishing.gates.SubmissionGates.Stage;

/**
 * The JSON API for records (SPEC M3): create, update, submit, review (approve|return with a
 * reason), publish (optionally at a time), revise, withdraw. A refused step answers 422 with the
 * gate's code; invalid input 400 naming the fields; another organ's record 403; unknown id 404.
 */
@RestController
@RequestMapping("/api/v1/records")
@Tag(name = "records", description = "Government-information records: drafting, review (退文), publication (SPEC M3)")
class RecordApi {

    private final Drafting drafting;
    private final Reviewing reviewing;
    private final Publication publication;
    private final RecordAccess access;
    private final Gates gates;
    private final Editions editions;
    private final RecordSteps steps;
    private final RecordViews views;
    private final RecordSearch search;
    private final CurrentStaff current;

    RecordApi(Drafting drafting, Reviewing reviewing, Publication publication, RecordAccess access, Gates gates,
            Editions editions, RecordSteps steps, RecordViews views, RecordSearch search, CurrentStaff current) {
        this.drafting = drafting;
        this.reviewing = reviewing;
        this.publication = publication;
        this.access = access;
        this.gates = gates;
        this.editions = editions;
        this.steps = steps;
        this.views = views;
        this.search = search;
        this.current = current;
    }

    record Review(String decision, String reason, Boolean confirmPersonalData) {
    }

    record Publish(Instant at) {
    }

    record Reason(String reason) {
    }

    record Revise(String changeNote) {
    }

    @Operation(summary = "Create a draft (201 with its id); the document number is normalized with warnings")
    @PostMapping
    ResponseEntity<RecordView> create(@RequestBody RecordInput input) {
        Drafting.Saved saved = drafting.create(current.get(), input);
        return ResponseEntity.created(URI.create("/api/v1/records/" + saved.record().getId()))
                .body(views.view(saved.record(), saved.warnings()));
    }

    @Operation(summary = "Records of the organs the caller may see, filtered by state, type and text")
    @GetMapping
    List<RecordView> list(RecordSearch.Filter filter, @RequestParam(defaultValue = "1") int page) {
        return search.find(current.get(), filter, PageRequest.of(Math.max(page, 1) - 1, 50)).stream()
                .map(r -> views.view(r, List.of())).toList();
    }

    @Operation(summary = "A record as staff see it")
    @GetMapping("/{id}")
    RecordView get(@PathVariable long id) {
        return views.view(access.visible(current.get(), id), List.of());
    }

    @Operation(summary = "Replace the content of a draft")
    @PutMapping("/{id}")
    RecordView update(@PathVariable long id, @RequestBody RecordInput input) {
        Drafting.Saved saved = drafting.update(current.get(), id, input);
        return views.view(saved.record(), saved.warnings());
    }

    @Operation(summary = "Submit for review; a refused gate answers 422 with its code (ATTRIBUTE_MISSING, NONDISCLOSURE_REASON_MISSING, INTERPRETATION_MISSING, PERSONAL_DATA_FOUND)")
    @PostMapping("/{id}/submit")
    RecordView submit(@PathVariable long id) {
        return views.view(drafting.submit(current.get(), id), List.of());
    }

    @Operation(summary = "Review step: {\"decision\":\"approve|return\",\"reason\":...}; a return needs a reason; the gates run again at the last approval")
    @PostMapping("/{id}/review")
    RecordView review(@PathVariable long id, @RequestBody Review review) {
        Reviewing.Decision decision = switch (review.decision() == null ? "" : review.decision().toLowerCase()) {
            case "approve" -> Reviewing.Decision.APPROVE;
            case "return" -> Reviewing.Decision.RETURN;
            default -> throw GongkaiException.invalid("decision", "publishing.error.decision");
        };
        return views.view(reviewing.review(current.get(), id, decision, review.reason(),
                Boolean.TRUE.equals(review.confirmPersonalData())), List.of());
    }

    @Operation(summary = "A reviewer confirms the personal data currently found")
    @PostMapping("/{id}/confirm-personal-data")
    RecordView confirmPersonalData(@PathVariable long id) {
        return views.view(reviewing.confirmPersonalData(current.get(), id), List.of());
    }

    @Operation(summary = "Publish now, or at {\"at\": instant}; assigns the index number at first publication")
    @PostMapping("/{id}/publish")
    RecordView publish(@PathVariable long id, @RequestBody(required = false) Publish publish) {
        return views.view(publication.publish(current.get(), id, publish == null ? null : publish.at()), List.of());
    }

    @Operation(summary = "Open a new edition of a published record with a public change note")
    @PostMapping("/{id}/revise")
    RecordView revise(@PathVariable long id, @RequestBody(required = false) Revise revise) {
        return views.view(publication.revise(current.get(), id, revise == null ? null : revise.changeNote()),
                List.of());
    }

    @Operation(summary = "Withdraw a published record everywhere with a public reason")
    @PostMapping("/{id}/withdraw")
    RecordView withdraw(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        return views.view(publication.withdraw(current.get(), id, reason == null ? null : reason.reason()),
                List.of());
    }

    /** The gates' current verdict, all violations at once (the 422 of a step names only the first). */
    @Operation(summary = "Gate findings of a record for a step")
    @GetMapping("/{id}/gates")
    List<Map<String, String>> gates(@PathVariable long id, @RequestParam(defaultValue = "SUBMISSION") Stage stage) {
        GovernmentRecord record = access.visible(current.get(), id);
        return gates.violations(record, stage).stream()
                .map(v -> Map.of("code", v.code(), "detail", views.text(v.messageKey(), v.args()))).toList();
    }

    record EditionView(int number, String title, String documentNumber, Instant publishedAt, String publishedBy,
            String changeNote) {
    }

    @Operation(summary = "Published editions of a record")
    @GetMapping("/{id}/editions")
    List<EditionView> editions(@PathVariable long id) {
        access.visible(current.get(), id);
        return editions.findByRecordIdOrderByNumberAsc(id).stream().map(e -> new EditionView(e.getNumber(),
                e.getTitle(), e.getDocumentNumber(), e.getPublishedAt(), e.getPublishedBy(), e.getChangeNote()))
                .toList();
    }

    record StepView(Instant at, String actor, String action, String from, String to, String reason) {
    }

    @Operation(summary = "Workflow steps of a record")
    @GetMapping("/{id}/steps")
    List<StepView> steps(@PathVariable long id) {
        access.visible(current.get(), id);
        return steps.findByRecordIdOrderByAtAscIdAsc(id).stream().map(s -> new StepView(s.getAt(), s.getActor(),
                s.getAction(), s.getFromState() == null ? null : s.getFromState().name(), s.getToState().name(),
                s.getReason())).toList();
    }

    StaffMember staff() {
        return current.get();
    }
}

package cn.gongkai.regulations.cleanup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.cleanup.Cleanup.DecisionInput;
import cn.gongkai.regulations.validity.EffectAnnouncements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cleanup campaigns over JSON. Staff: create with a scope, list the documents in scope with the
 * decisions, decide, approve (another person), publish the result, apply it as effects. Public:
 * the published result, grouped as the SAT's announcements are.
 */
@RestController
@Tag(name = "regulation cleanups", description = "Cleanup campaigns (文件清理): decisions per document and provision, applied as effects")
class CleanupApi {

    private final Cleanups cleanups;
    private final CleanupStore store;
    private final Organization organization;
    private final CurrentStaff current;
    private final EffectAnnouncements announcements;

    CleanupApi(Cleanups cleanups, CleanupStore store, Organization organization, CurrentStaff current,
            EffectAnnouncements announcements) {
        this.announcements = announcements;
        this.cleanups = cleanups;
        this.store = store;
        this.organization = organization;
        this.current = current;
    }

    /** A campaign with its stage (DRAFT, APPROVED, PUBLISHED, APPLIED), documents in scope and decisions. */
    record CampaignJson(long id, String organ, String title, List<String> types, String ownerOrgan,
            LocalDate issuedAfter, LocalDate issuedBefore, LocalDate effectiveOn, String announcementDocumentId,
            String stage, String createdBy, String approvedBy, Instant approvedAt, Instant publishedAt,
            Instant appliedAt, List<Cleanup.InScope> documents, List<Cleanup.Decided> decisions) {
    }

    record Decisions(List<DecisionInput> decisions) {
    }

    @Operation(summary = "Create a cleanup campaign (DRAFTER, OFFICE_REVIEWER or ADMINISTRATOR of its organ)",
            description = "title and effectiveOn (the day the decisions take effect) required; scope.types are "
                    + "DocumentType names (LAW, NORMATIVE_DOCUMENT …), scope.ownerOrgan an organ code, "
                    + "scope.issuedAfter/issuedBefore exclusive days; announcementDocumentId the library document "
                    + "of the result announcement, used as the affecting document of the effects.")
    @PostMapping("/api/v1/regulations/cleanups")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignJson create(@RequestBody(required = false) Cleanup.Input in) {
        return json(cleanups.create(current.get(), in));
    }

    @Operation(summary = "The campaigns of the caller's organ")
    @GetMapping("/api/v1/regulations/cleanups")
    List<CampaignJson> list() {
        return store.ofOrgan(current.get().organId()).stream().map(this::json).toList();
    }

    @Operation(summary = "A campaign with the documents in scope and the decisions so far")
    @GetMapping("/api/v1/regulations/cleanups/{id}")
    CampaignJson get(@PathVariable long id) {
        return json(visible(id));
    }

    @Operation(summary = "Record decisions: [{documentId, eId?, decision KEEP|AMEND|REPEAL|EXPIRE, newText?, basis}]",
            description = "eId omitted = the whole document; AMEND needs eId and newText; basis (依据/理由) required. "
                    + "A later decision for the same document and provision replaces the earlier. 422 once approved.")
    @PutMapping("/api/v1/regulations/cleanups/{id}/decisions")
    CampaignJson decide(@PathVariable long id, @RequestBody(required = false) Decisions body) {
        return json(cleanups.decide(current.get(), id, body == null ? null : body.decisions()));
    }

    @Operation(summary = "Approve the decisions (OFFICE_REVIEWER or ADMINISTRATOR who neither created nor decided)",
            description = "422 SEPARATION_OF_DUTIES for the creator or a decider; 422 UNDECIDED_DOCUMENTS while a "
                    + "document in scope has no decision.")
    @PostMapping("/api/v1/regulations/cleanups/{id}/approve")
    CampaignJson approve(@PathVariable long id) {
        return json(cleanups.approve(current.get(), id));
    }

    @Operation(summary = "Publish the result list (after approval)")
    @PostMapping("/api/v1/regulations/cleanups/{id}/publish")
    CampaignJson publish(@PathVariable long id) {
        return json(cleanups.publish(current.get(), id));
    }

    @Operation(summary = "Apply the decisions as CONFIRMED effects of origin CLEANUP (once; after approval)",
            description = "Each REPEAL, EXPIRE and AMEND becomes an effect from the campaign's effectiveOn with the "
                    + "basis as its note; 422 CLEANUP_NOT_APPROVED before approval, CLEANUP_APPLIED the second time.")
    @PostMapping("/api/v1/regulations/cleanups/{id}/apply")
    CampaignJson apply(@PathVariable long id) {
        Cleanup applied = cleanups.apply(current.get(), id);
        // the effects are confirmed with a day that may have come: announced now (each in its own transaction)
        announcements.announceDue();
        return json(applied);
    }

    @Operation(summary = "A published cleanup result: repealedOrExpired, partlyChanged, kept")
    @GetMapping("/api/v1/public/regulations/cleanups/{id}")
    CleanupResult result(@PathVariable long id) {
        Cleanup c = cleanups.require(id);
        if (!c.published()) {
            throw GongkaiException.notFound("cleanup", id);
        }
        return cleanups.result(c);
    }

    private Cleanup visible(long id) {
        StaffMember staff = current.get();
        Cleanup c = cleanups.require(id);
        if (!organization.maySee(staff, c.organId())) {
            throw GongkaiException.forbidden();
        }
        return c;
    }

    private CampaignJson json(Cleanup c) {
        return new CampaignJson(c.id(), organization.organ(c.organId()).map(o -> o.getCode()).orElse(null), c.title(),
                c.scopeTypes(), c.scopeOwnerOrganId() == null ? null
                        : organization.organ(c.scopeOwnerOrganId()).map(o -> o.getCode()).orElse(null),
                c.scopeIssuedAfter(), c.scopeIssuedBefore(), c.effectiveOn(), c.announcementDocumentId(), c.stage(),
                c.createdBy(), c.approvedBy(), c.approvedAt(), c.publishedAt(), c.appliedAt(), store.inScope(c),
                store.decisions(c.id()));
    }
}

package cn.gongkai.regulations.cleanup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.TextLength;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryChanged;
import cn.gongkai.regulations.cleanup.Cleanup.Decided;
import cn.gongkai.regulations.cleanup.Cleanup.Decision;
import cn.gongkai.regulations.cleanup.Cleanup.DecisionInput;
import cn.gongkai.regulations.cleanup.Cleanup.InScope;

/** The acts of a cleanup campaign; the roles are those of the package documentation. Every act is audited. */
@Service
class Cleanups {

    static final int TITLE_MAX = 300;
    static final int BASIS_MAX = 1000;

    private final CleanupStore store;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    /** Public pages show these acts: forgotten once each commits. */
    private final PublicPageCache pages;

    Cleanups(CleanupStore store, Organization organization, ApplicationEventPublisher events, AuditLog audit, PublicPageCache pages) {
        this.pages = pages;
        this.store = store;
        this.organization = organization;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    Cleanup create(StaffMember staff, Cleanup.Input in) {
        if (in == null) {
            throw GongkaiException.invalid("title", "platform.error.required");
        }
        Organ organ = in.organ() == null || in.organ().isBlank() ? organization.organ(staff.organId()).orElseThrow()
                : organization.requireOrgan("organ", in.organ().strip());
        requireAny(staff, organ.getId(), Role.DRAFTER, Role.OFFICE_REVIEWER, Role.ADMINISTRATOR);
        List<FieldProblem> problems = new ArrayList<>();
        if (in.title() == null || in.title().isBlank()) {
            problems.add(new FieldProblem("title", "platform.error.required"));
        }
        else {
            TextLength.check(problems, "title", in.title().strip(), TITLE_MAX);
        }
        if (in.effectiveOn() == null) {
            problems.add(new FieldProblem("effectiveOn", "platform.error.required"));
        }
        Cleanup.Scope scope = in.scope() == null ? new Cleanup.Scope(List.of(), null, null, null) : in.scope();
        List<String> types = new ArrayList<>();
        List<String> given = scope.types() == null ? List.of() : scope.types();
        for (int i = 0; i < given.size(); i++) {
            try {
                types.add(DocumentType.valueOf(String.valueOf(given.get(i)).strip()).name());
            }
            catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("scope.types[" + i + "]", "regulations.cleanup.error.type"));
            }
        }
        if (scope.issuedAfter() != null && scope.issuedBefore() != null
                && !scope.issuedAfter().isBefore(scope.issuedBefore())) {
            problems.add(new FieldProblem("scope.issuedBefore", "regulations.cleanup.error.range"));
        }
        String announcement = in.announcementDocumentId() == null || in.announcementDocumentId().isBlank() ? null
                : in.announcementDocumentId().strip();
        if (announcement != null && !store.documentExists(announcement)) {
            problems.add(new FieldProblem("announcementDocumentId", "regulations.cleanup.error.unknownDocument",
                    announcement.length() > 60 ? announcement.substring(0, 60) : announcement));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        Long owner = scope.ownerOrgan() == null || scope.ownerOrgan().isBlank() ? null
                : organization.requireOrgan("scope.ownerOrgan", scope.ownerOrgan().strip()).getId();
        long id = store.insert(organ.getId(), in.title().strip(), types, owner, scope.issuedAfter(),
                scope.issuedBefore(), in.effectiveOn(), announcement, staff.username());
        audit.record("regulations.cleanup.created", "cleanup", id, in.title().strip());
        return store.find(id).orElseThrow();
    }

    Cleanup require(long id) {
        return store.find(id).orElseThrow(() -> GongkaiException.notFound("cleanup", id));
    }

    /**
     * Records decisions (a later one for the same document and provision replaces the earlier).
     * Refused once approved. The document must be in scope, a provision must exist, AMEND names a
     * provision and its new text, the basis is required; a document repealed or expired as a whole
     * takes no decisions on its provisions.
     */
    @Transactional
    Cleanup decide(StaffMember staff, long id, List<DecisionInput> decisions) {
        Cleanup c = store.lock(id).orElseThrow(() -> GongkaiException.notFound("cleanup", id));
        requireAny(staff, c.organId(), Role.DRAFTER, Role.OFFICE_REVIEWER, Role.ADMINISTRATOR);
        if (c.approved()) {
            throw GongkaiException.refused("CLEANUP_APPROVED", "regulations.cleanup.error.approved");
        }
        List<DecisionInput> given = decisions == null ? List.of() : decisions;
        if (given.isEmpty()) {
            throw GongkaiException.invalid("decisions", "platform.error.required");
        }
        Set<String> scope = store.inScope(c).stream().map(InScope::id).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            validate(problems, "decisions[" + i + "].", given.get(i), scope);
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        for (DecisionInput d : given) {
            store.decide(id, d.documentId().strip(), eid(d), d.decision(), d.decision() == Decision.AMEND
                    ? d.newText().strip() : null, d.basis().strip(), staff.username());
            audit.record("regulations.cleanup.decided", "cleanup", id, d.documentId().strip()
                    + (eid(d).isEmpty() ? "" : " " + eid(d)) + " " + d.decision());
        }
        conflicts(store.decisions(id));
        return c;
    }

    private void validate(List<FieldProblem> problems, String at, DecisionInput d, Set<String> scope) {
        if (d == null) {
            problems.add(new FieldProblem(at.substring(0, at.length() - 1), "platform.error.required"));
            return;
        }
        if (d.documentId() == null || d.documentId().isBlank()) {
            problems.add(new FieldProblem(at + "documentId", "platform.error.required"));
        }
        else if (!scope.contains(d.documentId().strip())) {
            problems.add(new FieldProblem(at + "documentId", "regulations.cleanup.error.notInScope",
                    d.documentId().strip().length() > 60 ? d.documentId().strip().substring(0, 60) : d.documentId().strip()));
        }
        else if (!eid(d).isEmpty() && !store.provisionExists(d.documentId().strip(), eid(d))) {
            problems.add(new FieldProblem(at + "eId", "regulations.cleanup.error.unknownProvision"));
        }
        if (d.decision() == null) {
            problems.add(new FieldProblem(at + "decision", "platform.error.required"));
        }
        else if (d.decision() == Decision.AMEND) {
            if (eid(d).isEmpty()) {
                problems.add(new FieldProblem(at + "eId", "regulations.cleanup.error.amendNeedsProvision"));
            }
            if (d.newText() == null || d.newText().isBlank()) {
                problems.add(new FieldProblem(at + "newText", "platform.error.required"));
            }
        }
        if (d.basis() == null || d.basis().isBlank()) {
            problems.add(new FieldProblem(at + "basis", "platform.error.required"));
        }
        else {
            TextLength.check(problems, at + "basis", d.basis().strip(), BASIS_MAX);
        }
        TextLength.check(problems, at + "eId", eid(d), 200);
    }

    /** A document repealed or expired as a whole cannot also have decisions on its provisions. */
    private static void conflicts(List<Decided> all) {
        Set<String> whole = all.stream().filter(d -> d.wholeDocument() && d.decision() != Decision.KEEP)
                .map(Decided::documentId).collect(Collectors.toSet());
        for (Decided d : all) {
            if (!d.wholeDocument() && whole.contains(d.documentId())) {
                throw GongkaiException.refused("CONFLICTING_DECISIONS", "regulations.cleanup.error.conflict",
                        d.documentId(), d.eId());
            }
        }
    }

    /**
     * Approves the decisions: by an office reviewer or administrator of the organ who neither
     * created the campaign nor entered any of its decisions; every document in scope needs a decision.
     */
    @Transactional
    Cleanup approve(StaffMember staff, long id) {
        Cleanup c = store.lock(id).orElseThrow(() -> GongkaiException.notFound("cleanup", id));
        requireAny(staff, c.organId(), Role.OFFICE_REVIEWER, Role.ADMINISTRATOR);
        if (c.approved()) {
            throw GongkaiException.refused("CLEANUP_APPROVED", "regulations.cleanup.error.approved");
        }
        List<Decided> decided = store.decisions(id);
        if (staff.username().equals(c.createdBy())
                || decided.stream().anyMatch(d -> d.decidedBy().equals(staff.username()))) {
            throw GongkaiException.refused("SEPARATION_OF_DUTIES", "regulations.cleanup.error.ownDecisions");
        }
        Set<String> wholeDecided = decided.stream().filter(Decided::wholeDocument).map(Decided::documentId)
                .collect(Collectors.toSet());
        List<String> undecided = store.inScope(c).stream().map(InScope::id).filter(d -> !wholeDecided.contains(d))
                .toList();
        if (!undecided.isEmpty()) {
            throw GongkaiException.refused("UNDECIDED_DOCUMENTS", "regulations.cleanup.error.undecided",
                    undecided.size(), undecided.get(0));
        }
        store.approve(id, staff.username());
        audit.record("regulations.cleanup.approved", "cleanup", id, decided.size() + " decisions");
        return store.find(id).orElseThrow();
    }

    /** Publishes the result list (after approval; once). */
    @Transactional
    Cleanup publish(StaffMember staff, long id) {
        pages.invalidateAllAfterCommit();
        Cleanup c = store.lock(id).orElseThrow(() -> GongkaiException.notFound("cleanup", id));
        requireAny(staff, c.organId(), Role.PUBLISHER, Role.OFFICE_REVIEWER, Role.ADMINISTRATOR);
        if (!c.approved()) {
            throw GongkaiException.refused("CLEANUP_NOT_APPROVED", "regulations.cleanup.error.notApproved");
        }
        if (c.published()) {
            throw GongkaiException.refused("CLEANUP_PUBLISHED", "regulations.cleanup.error.published");
        }
        store.publish(id, staff.username());
        audit.record("regulations.cleanup.published", "cleanup", id, c.title());
        return store.find(id).orElseThrow();
    }

    /**
     * Writes the approved decisions as CONFIRMED effects of origin CLEANUP from the campaign's day
     * (KEEP writes nothing), then announces each changed document in the same transaction so its
     * validity is derived again. Refused before approval and a second time. The caller then has
     * the effects whose day has come announced ({@code validity.EffectAnnouncements#announceDue}),
     * which flags the 12366 answers citing them.
     */
    @Transactional
    Cleanup apply(StaffMember staff, long id) {
        pages.invalidateAllAfterCommit();
        Cleanup c = store.lock(id).orElseThrow(() -> GongkaiException.notFound("cleanup", id));
        requireAny(staff, c.organId(), Role.PUBLISHER, Role.OFFICE_REVIEWER, Role.ADMINISTRATOR);
        if (!c.approved()) {
            throw GongkaiException.refused("CLEANUP_NOT_APPROVED", "regulations.cleanup.error.notApproved");
        }
        if (c.applied()) {
            throw GongkaiException.refused("CLEANUP_APPLIED", "regulations.cleanup.error.applied");
        }
        Set<String> changed = new LinkedHashSet<>();
        int effects = 0;
        for (Decided d : store.decisions(id)) {
            EffectType type = switch (d.decision()) {
                case KEEP -> null;
                case AMEND -> EffectType.AMEND;
                case REPEAL -> EffectType.REPEAL;
                case EXPIRE -> EffectType.EXPIRE;
            };
            if (type != null) {
                store.writeEffect(c, d, type.name(), d.decidedBy());
                changed.add(d.documentId());
                effects++;
            }
        }
        store.applied(id, staff.username());
        audit.record("regulations.cleanup.applied", "cleanup", id, effects + " effects on " + changed.size()
                + " documents from " + c.effectiveOn());
        changed.forEach(doc -> events.publishEvent(new LibraryChanged(doc)));
        return store.find(id).orElseThrow();
    }

    /** The published result, grouped as the SAT's announcements are. */
    CleanupResult result(Cleanup c) {
        Map<String, List<Decided>> byDocument = store.decisions(c.id()).stream()
                .collect(Collectors.groupingBy(Decided::documentId, java.util.LinkedHashMap::new, Collectors.toList()));
        List<CleanupResult.Entry> whole = new ArrayList<>();
        List<CleanupResult.Entry> partly = new ArrayList<>();
        List<CleanupResult.Entry> kept = new ArrayList<>();
        for (InScope doc : store.inScope(c)) {
            List<Decided> ds = byDocument.getOrDefault(doc.id(), List.of());
            Decided onWhole = ds.stream().filter(Decided::wholeDocument).findFirst().orElse(null);
            List<CleanupResult.Provision> provisions = ds.stream()
                    .filter(d -> !d.wholeDocument() && d.decision() != Decision.KEEP)
                    .map(d -> new CleanupResult.Provision(d.eId(), store.number(doc.id(), d.eId()), d.decision().name(),
                            d.newText(), d.basis()))
                    .toList();
            CleanupResult.Entry entry = new CleanupResult.Entry(doc.id(), doc.title(), doc.documentNumber(),
                    onWhole == null ? null : onWhole.decision().name(), onWhole == null ? null : onWhole.basis(),
                    provisions);
            if (onWhole != null && onWhole.decision() != Decision.KEEP) {
                whole.add(entry);
            }
            else if (!provisions.isEmpty()) {
                partly.add(entry);
            }
            else if (onWhole != null) {
                kept.add(entry);
            }
        }
        return new CleanupResult(c.id(), c.title(), organization.organ(c.organId()).map(Organ::getName).orElse(null),
                c.effectiveOn(), c.announcementDocumentId(), c.publishedAt(), c.applied(), whole, partly, kept);
    }

    boolean mayAny(StaffMember staff, long organId, Role... roles) {
        for (Role r : roles) {
            if (organization.may(staff, r, organId)) {
                return true;
            }
        }
        return false;
    }

    private void requireAny(StaffMember staff, long organId, Role... roles) {
        if (!mayAny(staff, organId, roles)) {
            throw GongkaiException.forbidden();
        }
    }

    private static String eid(DecisionInput d) {
        return d.eId() == null ? "" : d.eId().strip();
    }
}

package cn.gongkai.regulations.imports;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.LibraryChanged;

/**
 * Imports legal texts into the library as drafts and takes them to publication.
 * <p>Roles: a DRAFTER, PUBLISHER or ADMINISTRATOR imports for their own organ (which owns the
 * draft), and the same roles of the owning organ resolve findings and correct metadata. Only a
 * PUBLISHER or ADMINISTRATOR of the owning organ publishes, never the person who imported it
 * (separation of duties, as for records), and never while an INJECTED_TEXT finding is open.
 * Every step is audited and publishes {@link LibraryChanged} in its transaction.
 */
@Service
class Imports {

    private final ImportStore store;
    private final Organization organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImportSettings settings;

    Imports(ImportStore store, Organization organization, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            ImportSettings settings) {
        this.store = store;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.settings = settings;
    }

    /** Imports a file (or text, as {@code name.txt}) as a DRAFT of the staff member's organ. */
    @Transactional
    public ImportView importFile(StaffMember staff, String filename, byte[] bytes, ImportOverrides overrides) {
        if (!mayEdit(staff, staff.organId())) {
            throw GongkaiException.forbidden();
        }
        return view(importAs(staff.username(), staff.organId(), filename, bytes, overrides, "DRAFT"));
    }

    /** The import itself, for staff and for the demo loader ({@code by} = "system"). */
    @Transactional
    String importAs(String by, long ownerOrganId, String filename, byte[] bytes, ImportOverrides overrides, String state) {
        if (bytes == null || bytes.length == 0) {
            throw GongkaiException.invalid("file", "regulations.imports.error.empty");
        }
        if (bytes.length > settings.maxBytes().toBytes()) {
            throw new GongkaiException(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE",
                    "regulations.imports.error.tooLarge", settings.maxBytes().toMegabytes());
        }
        TextImport.Result result = TextImport.read(filename, bytes);
        ParsedText parsed = result.parsed();
        if (parsed.provisions().isEmpty() && parsed.preamble().isEmpty()) {
            throw new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, "NO_TEXT", "regulations.imports.error.noText");
        }
        MetadataRecovery.Metadata m = result.metadata();
        ImportOverrides o = overrides == null ? ImportOverrides.NONE : overrides;
        String title = first(o.title(), m.title());
        if (title == null || title.isBlank()) {
            throw GongkaiException.invalid("title", "regulations.imports.error.noTitle");
        }
        Organ owner = organization.organ(ownerOrganId).orElseThrow();
        DocumentType type = o.type() != null ? o.type() : m.type();
        String organs = first(o.organ(), m.organs().isEmpty() ? owner.getName() : String.join("、", m.organs()));
        LocalDate issued = first(o.issuedOn(), m.issuedOn());
        LocalDate effective = first(o.effectiveOn(), m.effectiveOn() != null ? m.effectiveOn() : issued);
        LocalDate adopted = first(o.adoptedOn(), m.adoptedOn());
        LocalDate year = issued != null ? issued : effective != null ? effective : adopted;
        String id = store.nextId(type.slug(), year != null ? year.getYear() : LocalDate.now(clock).getYear());
        Instant now = clock.instant();
        store.insert(new ImportStore.Draft(id, type.name(), limit(title, 500), limit(first(o.documentNumber(), m.documentNumber()), 200),
                limit(organs, 500), ownerOrganId, adopted, issued, effective, first(o.expiresOn(), m.expiresOn()),
                limit(o.source(), 1000), parsed.structure(), state, blankToNull(parsed.preambleText()), limit(filename, 300), now,
                by, blankToNull(parsed.annex()), parsed.provisions(), result.findings()));
        audit.recordAs(by, "regulations.import", "reg_document", id, limit(filename, 200) + ": " + parsed.articles()
                + " articles, " + result.findings().size() + " findings");
        events.publishEvent(new LibraryChanged(id));
        return id;
    }

    @Transactional(readOnly = true)
    public ImportView get(StaffMember staff, String id) {
        ImportStore.DocumentRow doc = document(id);
        if (doc.ownerOrganId() == null || !organization.maySee(staff, doc.ownerOrganId())) {
            throw GongkaiException.forbidden();
        }
        return view(id);
    }

    @Transactional(readOnly = true)
    public List<ImportView> ofOrgan(StaffMember staff) {
        return store.ofOrgan(staff.organId(), 50).stream().map(d -> view(d.id())).toList();
    }

    /** Confirms (the text belongs) or strips (removed, optionally replaced) an open finding of a draft. */
    @Transactional
    public ImportView resolve(StaffMember staff, String id, long findingId, String resolution, String replacement) {
        ImportStore.DocumentRow doc = editable(staff, id);
        return view(resolveAs(staff.username(), doc, findingId, resolution, replacement));
    }

    @Transactional
    String resolveAs(String by, ImportStore.DocumentRow doc, long findingId, String resolution, String replacement) {
        ImportStore.FindingRow f = store.findings(doc.id()).stream().filter(x -> x.id() == findingId).findFirst()
                .orElseThrow(() -> GongkaiException.notFound("导入问题 (finding)", findingId));
        if (!"OPEN".equals(f.resolution())) {
            throw GongkaiException.refused("FINDING_RESOLVED", "regulations.imports.error.resolved");
        }
        boolean injected = "INJECTED_TEXT".equals(f.code());
        List<String> allowed = injected ? List.of("CONFIRMED", "STRIPPED") : List.of("CONFIRMED", "NOTED");
        if (resolution == null || !allowed.contains(resolution)) {
            throw GongkaiException.invalid("resolution", "regulations.imports.error.resolution", String.join(", ", allowed));
        }
        String with = "STRIPPED".equals(resolution) && replacement != null && !replacement.isBlank()
                ? limit(replacement.strip(), 500) : null;
        if ("STRIPPED".equals(resolution)) {
            store.strip(doc.id(), f.eid(), f.injected(), with);
        }
        store.resolve(findingId, resolution, with, by, clock.instant());
        audit.recordAs(by, "regulations.import.finding." + resolution.toLowerCase(java.util.Locale.ROOT),
                "reg_document", doc.id(), "finding " + findingId + " " + f.code() + " line " + f.line() + ": "
                        + limit(f.injected() != null ? f.injected() : f.excerpt(), 200)
                        + (with != null ? " -> " + with : ""));
        events.publishEvent(new LibraryChanged(doc.id()));
        return doc.id();
    }

    /** Corrects the metadata of a draft; null fields keep their value. */
    @Transactional
    public ImportView edit(StaffMember staff, String id, ImportOverrides o) {
        ImportStore.DocumentRow d = editable(staff, id);
        if (o.title() != null && o.title().isBlank()) {
            throw GongkaiException.invalid("title", "regulations.imports.error.noTitle");
        }
        store.updateMetadata(id, new ImportStore.DocumentRow(id, o.type() != null ? o.type().name() : d.type(),
                limit(first(o.title(), d.title()), 500), limit(first(o.documentNumber(), d.documentNumber()), 200),
                limit(first(o.organ(), d.organs()), 500), d.ownerOrganId(), first(o.adoptedOn(), d.adoptedOn()),
                first(o.issuedOn(), d.issuedOn()), first(o.effectiveOn(), d.effectiveOn()),
                first(o.expiresOn(), d.expiresOn()), limit(first(o.source(), d.source()), 1000), d.state(), d.importedBy(),
                d.sourceFile()));
        audit.recordAs(staff.username(), "regulations.import.edit", "reg_document", id, "metadata corrected");
        events.publishEvent(new LibraryChanged(id));
        return view(id);
    }

    /** DRAFT → PUBLISHED: refused while an INJECTED_TEXT finding is open, or to the importer. */
    @Transactional
    public ImportView publish(StaffMember staff, String id) {
        ImportStore.DocumentRow d = document(id);
        if (d.ownerOrganId() == null || !(organization.may(staff, Role.PUBLISHER, d.ownerOrganId())
                || organization.may(staff, Role.ADMINISTRATOR, d.ownerOrganId()))) {
            throw GongkaiException.forbidden();
        }
        if (!"DRAFT".equals(d.state())) {
            throw GongkaiException.refused("NOT_A_DRAFT", "regulations.imports.error.notDraft");
        }
        if (staff.username().equals(d.importedBy())) {
            throw GongkaiException.refused("SEPARATION_OF_DUTIES", "regulations.imports.error.samePerson");
        }
        publishAs(staff.username(), id);
        return view(id);
    }

    @Transactional
    void publishAs(String by, String id) {
        if (view(id).hasOpenInjection()) {
            throw new GongkaiException(HttpStatus.CONFLICT, "OPEN_FINDINGS", "regulations.imports.error.openFindings");
        }
        store.publish(id);
        audit.recordAs(by, "regulations.import.publish", "reg_document", id, "published");
        events.publishEvent(new LibraryChanged(id));
    }

    ImportView view(String id) {
        ImportStore.DocumentRow d = document(id);
        int articles = store.count(id, "ARTICLE");
        int parts = store.count(id, "PART");
        List<ImportView.FindingView> findings = store.findings(id).stream()
                .map(f -> new ImportView.FindingView(f.id(), f.code(), f.line(), f.excerpt(), f.injected(), f.eid(),
                        f.resolution(), f.replacement(), f.resolvedBy(), f.resolvedAt()))
                .toList();
        return new ImportView(d.id(), d.title(), d.documentNumber(), d.organs(), d.type(), d.state(), d.adoptedOn(),
                d.issuedOn(), d.effectiveOn(), d.expiresOn(), articles > 0 ? articles : parts, parts, d.sourceFile(),
                findings);
    }

    boolean mayEdit(StaffMember staff, long organId) {
        return organization.may(staff, Role.DRAFTER, organId) || organization.may(staff, Role.PUBLISHER, organId)
                || organization.may(staff, Role.ADMINISTRATOR, organId);
    }

    private ImportStore.DocumentRow editable(StaffMember staff, String id) {
        ImportStore.DocumentRow d = document(id);
        if (d.ownerOrganId() == null || !mayEdit(staff, d.ownerOrganId())) {
            throw GongkaiException.forbidden();
        }
        if (!"DRAFT".equals(d.state())) {
            throw GongkaiException.refused("NOT_A_DRAFT", "regulations.imports.error.notDraft");
        }
        return d;
    }

    ImportStore.DocumentRow document(String id) {
        return store.document(id).orElseThrow(() -> GongkaiException.notFound("法规文件 (regulation)", id));
    }

    private static <T> T first(T a, T b) {
        return a != null && !(a instanceof String s && s.isBlank()) ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

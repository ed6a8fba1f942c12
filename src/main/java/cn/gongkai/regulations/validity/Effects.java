package cn.gongkai.regulations.validity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryChanged;
import cn.gongkai.regulations.ProvisionKind;

/**
 * Effects entered and reviewed by staff. Who may do what (separation of duties, as publishing):
 * <ul>
 * <li>enter an effect or ask for suggestions from a notice's text: DRAFTER or ADMINISTRATOR;</li>
 * <li>confirm or reject a suggested effect, withdraw a confirmed one: OFFICE_REVIEWER, PUBLISHER or
 * ADMINISTRATOR, and never the person who entered it (403 {@code SEPARATION_OF_DUTIES});</li>
 * <li>for a document with an owning organ the role must be held for that organ (an
 * ADMINISTRATOR's reaches its subtree); the national library's documents without one are open to
 * holders of the role in any organ.</li>
 * </ul>
 * Every act is audited and publishes {@link LibraryChanged} for the affected document in the same
 * transaction, so the timeline and the versions are derived again before it commits. A refused
 * act writes nothing.
 */
@Service
public class Effects {

    static final Set<Role> ENTER = Set.of(Role.DRAFTER, Role.ADMINISTRATOR);
    static final Set<Role> REVIEW = Set.of(Role.OFFICE_REVIEWER, Role.PUBLISHER, Role.ADMINISTRATOR);
    private static final int NOTE_MAX = 1000;

    /** A reviewer's decision. */
    public enum Decision { CONFIRM, REJECT }

    private final EffectStore store;
    private final JdbcClient jdbc;
    private final Organization organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EffectAnnouncements announcements;
    private final Clock clock;

    Effects(EffectStore store, JdbcClient jdbc, Organization organization, AuditLog audit,
            ApplicationEventPublisher events, EffectAnnouncements announcements, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** What staff enter; {@code affectedEid} null = the whole document; for INSERT the new provision's eId. */
    public record Input(String affectedEid, String affectingDocumentId, String affectingEid, EffectType type,
            LocalDate effectiveOn, LocalDate endsOn, String newText, String number, String parentEid,
            String afterEid, String note) {
    }

    public List<Effect> of(StaffMember staff, String documentId) {
        owner(documentId);
        return store.affecting(documentId);
    }

    public Effect get(long effectId) {
        return store.find(effectId).orElseThrow(() -> GongkaiException.notFound("effect", effectId));
    }

    /** Suggested effects waiting for review, across the library. */
    public List<Effect> waiting() {
        return store.suggested();
    }

    @Transactional
    public Effect enter(StaffMember staff, String documentId, Input in) {
        return enter(staff, documentId, in, "STAFF");
    }

    @Transactional
    Effect enter(StaffMember staff, String documentId, Input in, String origin) {
        Long owner = owner(documentId);
        requireRole(staff, ENTER, owner);
        EffectStore.Draft draft = validate(documentId, in, origin);
        long id = store.insert(draft, staff.username(), clock.instant());
        audit.recordAs(staff.username(), "regulations.effect.entered", "reg_effect", id,
                documentId + " " + (in.affectedEid() == null ? "" : in.affectedEid()) + " " + in.type() + " "
                        + in.effectiveOn() + " (" + origin + ")");
        events.publishEvent(new LibraryChanged(documentId));
        return get(id);
    }

    /** Refuses (403) unless {@code staff} may enter effects on the document; 404 for an unknown one. */
    void mayEnter(StaffMember staff, String documentId) {
        requireRole(staff, ENTER, owner(documentId));
    }

    /** Whether the same effect is already on file (not rejected): suggestions skip it. */
    boolean known(String documentId, Input in) {
        return store.exists(new EffectStore.Draft(documentId, blank(in.affectedEid()), blank(in.affectingDocumentId()),
                null, in.type(), in.effectiveOn(), null, null, null, null, null, null, null, null));
    }

    @Transactional
    public Effect review(StaffMember staff, long effectId, Decision decision, String note) {
        Effect effect = get(effectId);
        requireRole(staff, REVIEW, owner(effect.affectedDocumentId()));
        if (staff.username().equals(effect.enteredBy())) {
            throw new GongkaiException(HttpStatus.FORBIDDEN, "SEPARATION_OF_DUTIES",
                    "regulations.validity.error.ownEntry");
        }
        if (note != null && note.length() > NOTE_MAX) {
            throw GongkaiException.invalid("note", "regulations.validity.error.tooLong", NOTE_MAX);
        }
        if (decision == null) {
            throw GongkaiException.invalid("decision", "regulations.validity.error.decision");
        }
        String state = decision == Decision.CONFIRM ? Effect.CONFIRMED : Effect.REJECTED;
        if (!store.review(effectId, state, staff.username(), blank(note), clock.instant())) {
            throw new GongkaiException(HttpStatus.CONFLICT, "EFFECT_ALREADY_REVIEWED",
                    "regulations.validity.error.reviewed", effect.state());
        }
        audit.recordAs(staff.username(), "regulations.effect." + (decision == Decision.CONFIRM ? "confirmed" : "rejected"),
                "reg_effect", effectId, effect.affectedDocumentId() + (note == null ? "" : " " + note));
        if (decision == Decision.CONFIRM) {
            jdbc.sql("""
                    update reg_document set changes_recorded_on = ?
                    where id = ? and (changes_recorded_on is null or changes_recorded_on < ?)""")
                    .params(today(), effect.affectedDocumentId(), today()).update();
        }
        events.publishEvent(new LibraryChanged(effect.affectedDocumentId()));
        if (decision == Decision.CONFIRM && !effect.effectiveOn().isAfter(today())) {
            announcements.announce(effectId);
        }
        return get(effectId);
    }

    /** Withdraws a confirmed effect with a reason: it stops counting, the text and timeline are derived again. */
    @Transactional
    public Effect withdraw(StaffMember staff, long effectId, String reason) {
        Effect effect = get(effectId);
        requireRole(staff, REVIEW, owner(effect.affectedDocumentId()));
        if (blank(reason) == null) {
            throw GongkaiException.invalid("note", "platform.error.required");
        }
        if (reason.length() > NOTE_MAX) {
            throw GongkaiException.invalid("note", "regulations.validity.error.tooLong", NOTE_MAX);
        }
        if (!store.withdraw(effectId, staff.username(), reason.strip(), clock.instant())) {
            throw new GongkaiException(HttpStatus.CONFLICT, "EFFECT_NOT_CONFIRMED",
                    "regulations.validity.error.notConfirmed", effect.state());
        }
        audit.recordAs(staff.username(), "regulations.effect.withdrawn", "reg_effect", effectId,
                effect.affectedDocumentId() + " " + reason.strip());
        events.publishEvent(new LibraryChanged(effect.affectedDocumentId()));
        return get(effectId);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(EffectAnnouncements.CHINA));
    }

    private EffectStore.Draft validate(String documentId, Input in, String origin) {
        List<FieldProblem> missing = new ArrayList<>();
        if (in.type() == null) {
            missing.add(new FieldProblem("type", "platform.error.required"));
        }
        if (in.effectiveOn() == null) {
            missing.add(new FieldProblem("effectiveOn", "platform.error.required"));
        }
        if (in.note() != null && in.note().length() > NOTE_MAX) {
            missing.add(new FieldProblem("note", "regulations.validity.error.tooLong", NOTE_MAX));
        }
        if (!missing.isEmpty()) {
            throw GongkaiException.invalid(missing);
        }
        List<FieldProblem> wrong = new ArrayList<>();
        String affected = blank(in.affectedEid());
        EffectType type = in.type();
        boolean insert = type == EffectType.INSERT;
        boolean textual = insert || type == EffectType.AMEND || type == EffectType.SUBSTITUTE;
        if (affected == null && textual) {
            wrong.add(new FieldProblem("affectedEid", "regulations.validity.error.provisionNeeded"));
        }
        else if (affected != null && insert && exists(documentId, affected)) {
            wrong.add(new FieldProblem("affectedEid", "regulations.validity.error.insertExists", affected));
        }
        else if (affected != null && !insert && !exists(documentId, affected)) {
            wrong.add(new FieldProblem("affectedEid", "regulations.validity.error.unknownProvision", affected));
        }
        if (textual && blank(in.newText()) == null) {
            wrong.add(new FieldProblem("newText", "regulations.validity.error.newTextNeeded"));
        }
        if (insert && blank(in.number()) == null) {
            wrong.add(new FieldProblem("number", "regulations.validity.error.numberNeeded"));
        }
        for (String[] place : new String[][] { { "parentEid", in.parentEid() }, { "afterEid", in.afterEid() } }) {
            if (insert && blank(place[1]) != null && !exists(documentId, place[1])) {
                wrong.add(new FieldProblem(place[0], "regulations.validity.error.unknownProvision", place[1]));
            }
        }
        if (in.endsOn() != null && in.effectiveOn() != null && !in.endsOn().isAfter(in.effectiveOn())) {
            wrong.add(new FieldProblem("endsOn", "regulations.validity.error.endsBefore"));
        }
        String affecting = blank(in.affectingDocumentId());
        if (affecting != null && !documentExists(affecting)) {
            wrong.add(new FieldProblem("affectingDocumentId", "regulations.validity.error.unknownDocument", affecting));
        }
        else if (affecting == null && blank(in.affectingEid()) != null) {
            wrong.add(new FieldProblem("affectingDocumentId", "regulations.validity.error.affectingNeeded"));
        }
        else if (affecting != null && blank(in.affectingEid()) != null && !exists(affecting, in.affectingEid())) {
            wrong.add(new FieldProblem("affectingEid", "regulations.validity.error.unknownProvision", in.affectingEid()));
        }
        if (!wrong.isEmpty()) {
            throw new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_EFFECT",
                    "regulations.validity.error.invalid", wrong);
        }
        ProvisionKind kind = insert ? Derivations.kindOfEid(affected) : null;
        return new EffectStore.Draft(documentId, affected, affecting, blank(in.affectingEid()), type, in.effectiveOn(),
                in.endsOn(), textual ? in.newText().strip() : null, insert ? in.number().strip() : null, kind,
                insert ? blank(in.parentEid()) : null, insert ? blank(in.afterEid()) : null, blank(in.note()), origin);
    }

    /** The document's owning organ (null = none); 404 when there is no such document. */
    private Long owner(String documentId) {
        List<Long> owner = new ArrayList<>();
        boolean found = !jdbc.sql("select owner_organ_id from reg_document where id = ?").param(documentId)
                .query((rs, n) -> owner.add(rs.getObject(1, Long.class))).list().isEmpty();
        if (!found) {
            throw GongkaiException.notFound("document", documentId);
        }
        return owner.get(0);
    }

    private void requireRole(StaffMember staff, Set<Role> roles, Long organ) {
        boolean allowed = roles.stream().anyMatch(r -> organ == null ? staff.hasRole(r) : organization.may(staff, r, organ));
        if (!allowed) {
            throw GongkaiException.forbidden();
        }
    }

    private boolean exists(String documentId, String eid) {
        return jdbc.sql("select count(*) from reg_provision where document_id = ? and eid = ?")
                .params(documentId, eid).query(Long.class).single() > 0;
    }

    private boolean documentExists(String documentId) {
        return jdbc.sql("select count(*) from reg_document where id = ?").param(documentId).query(Long.class)
                .single() > 0;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Optional<Effect> find(long id) {
        return store.find(id);
    }
}

package cn.gongkai.registers.rows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterChanged;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.RowState;
import cn.gongkai.registers.types.CheckedRow;
import cn.gongkai.registers.types.FieldChecks;
import cn.gongkai.registers.types.RedactedRow;
import cn.gongkai.registers.types.Redactor;

/**
 * The row use cases every entry path shares (console, API, import, demo). Every act writes a
 * version and its redactions, audits, raises or meets the row's duty in the same transaction and
 * publishes {@link cn.gongkai.registers.RegisterChanged}. Refusals are GongkaiExceptions (422
 * naming field and rule, 403, 404, 409); nothing is written on a refusal.
 * <p>
 * Roles (of the row's organ; SUPERVISOR/ADMINISTRATOR reach their subtree as everywhere): enter
 * DRAFTER or PUBLISHER, publish PUBLISHER, correct and retract PUBLISHER or OFFICE_REVIEWER.
 */
@Service
public class RowStore {

    static final int REASON_MAX = 1000;

    private final RegisterCatalog catalog;
    private final FieldChecks checks;
    private final Redactor redactor;
    private final Rows rows;
    private final RowDays days;
    private final RowDuties duties;
    private final Organization organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PublicPageCache pages;
    private final Clock clock;

    RowStore(RegisterCatalog catalog, FieldChecks checks, Redactor redactor, Rows rows, RowDays days,
            RowDuties duties, Organization organization, AuditLog audit, ApplicationEventPublisher events,
            PublicPageCache pages, Clock clock) {
        this.catalog = catalog;
        this.checks = checks;
        this.redactor = redactor;
        this.rows = rows;
        this.days = days;
        this.duties = duties;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.pages = pages;
        this.clock = clock;
    }

    /** Checks, masks and stores a row; PUBLISHED at once when {@code publish} (PUBLISHER role), else DRAFT. */
    @Transactional
    public long create(String registerCode, long organId, Map<String, String> raw, boolean publish, StaffMember actor) {
        RegisterType type = catalog.required(registerCode);
        organization.organ(organId).orElseThrow(() -> GongkaiException.invalid("organId", "registers.rows.error.organ",
                String.valueOf(organId)));
        if (!(may(actor, Role.DRAFTER, organId) || may(actor, Role.PUBLISHER, organId))
                || publish && !may(actor, Role.PUBLISHER, organId)) {
            throw GongkaiException.forbidden();
        }
        Map<String, String> values = checked(type, raw);
        RedactedRow red = redactor.redact(type, values);
        LocalDate trigger = days.triggerOn(type, values);
        LocalDate until = days.visibleUntil(type, values);
        Instant now = clock.instant();
        RowState state = publish ? RowState.PUBLISHED : RowState.DRAFT;
        String json = RowJsonText.write(values);
        long id = rows.insert(type.code(), organId, state, json, red, trigger, until, RowDays.sortKey(type, values),
                actor.username(), now);
        rows.version(id, 1, RowVersion.Kind.CREATED, json, RowJsonText.write(red.publicValues()), null,
                actor.username(), now);
        rows.redactions(id, 1, red.masks(), actor.username(), now);
        duties.entered(type, id, organId, trigger);
        audit.record("registers.row.created", "register-row", id, type.code() + " " + state);
        if (publish) {
            duties.published(type, id, trigger, now);
            changed(type.code(), organId);
        }
        return id;
    }

    /** A new version with a public reason (never a silent edit). */
    @Transactional
    public void correct(long rowId, Map<String, String> raw, String reason, StaffMember actor) {
        RegisterRow row = locked(rowId);
        requireCorrector(actor, row.organId());
        String why = reason(reason);
        if (row.state() == RowState.RETRACTED) {
            throw conflict("RETRACTED", "registers.rows.error.retracted");
        }
        RegisterType type = catalog.required(row.registerCode());
        Map<String, String> values = checked(type, raw);
        RedactedRow red = redactor.redact(type, values);
        LocalDate trigger = days.triggerOn(type, values);
        LocalDate until = days.visibleUntil(type, values);
        Instant now = clock.instant();
        int version = row.version() + 1;
        String json = RowJsonText.write(values);
        rows.correct(rowId, version, json, red, trigger, until, RowDays.sortKey(type, values), now);
        rows.version(rowId, version, RowVersion.Kind.CORRECTED, json, RowJsonText.write(red.publicValues()), why,
                actor.username(), now);
        rows.redactions(rowId, version, red.masks(), actor.username(), now);
        if (row.state() == RowState.DRAFT) {
            duties.triggerCorrected(type, rowId, row.organId(), row.triggerOn(), trigger);
        }
        audit.record("registers.row.corrected", "register-row", rowId, type.code() + " v" + version + ": " + why);
        if (row.state() == RowState.PUBLISHED) {
            changed(type.code(), row.organId());
        }
    }

    /** Withdrawn from the list with a public reason. */
    @Transactional
    public void retract(long rowId, String reason, StaffMember actor) {
        RegisterRow row = locked(rowId);
        requireCorrector(actor, row.organId());
        String why = reason(reason);
        if (row.state() == RowState.RETRACTED) {
            throw conflict("RETRACTED", "registers.rows.error.retracted");
        }
        RegisterType type = catalog.required(row.registerCode());
        Instant now = clock.instant();
        int version = row.version() + 1;
        rows.state(rowId, version, RowState.RETRACTED, now);
        rows.version(rowId, version, RowVersion.Kind.RETRACTED, RowJsonText.write(row.values()),
                RowJsonText.write(row.publicValues()), why, actor.username(), now);
        if (row.state() == RowState.DRAFT) {
            duties.retractedDraft(type, rowId, row.triggerOn(), why, actor.username());
        }
        audit.record("registers.row.retracted", "register-row", rowId, type.code() + ": " + why);
        if (row.state() == RowState.PUBLISHED) {
            changed(type.code(), row.organId());
        }
    }

    /** DRAFT → PUBLISHED: meets the row's duty (on time or late). */
    @Transactional
    public void publish(long rowId, StaffMember actor) {
        RegisterRow row = locked(rowId);
        if (!may(actor, Role.PUBLISHER, row.organId())) {
            throw GongkaiException.forbidden();
        }
        if (row.state() != RowState.DRAFT) {
            throw conflict("NOT_DRAFT", "registers.rows.error.notDraft");
        }
        RegisterType type = catalog.required(row.registerCode());
        Instant now = clock.instant();
        int version = row.version() + 1;
        rows.published(rowId, version, actor.username(), now);
        rows.version(rowId, version, RowVersion.Kind.PUBLISHED, RowJsonText.write(row.values()),
                RowJsonText.write(row.publicValues()), null, actor.username(), now);
        duties.published(type, rowId, row.triggerOn(), now);
        audit.record("registers.row.published", "register-row", rowId, type.code());
        changed(type.code(), row.organId());
    }

    /**
     * The final step of an import, in the caller's transaction: every STAGED row of {@code batchId}
     * becomes PUBLISHED (or DRAFT), their duties are raised (and met when published), one
     * RegisterChanged. Returns the number of rows.
     * <p>
     * The import wrote each STAGED row's values_json and public_json (FieldChecks, then Redactor);
     * here each row gets its version 1, its redaction records (the masks the Redactor applies to
     * its values), its trigger and visibility days, and its duty.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int commitBatch(String registerCode, long organId, long batchId, boolean publish, String actor) {
        RegisterType type = catalog.required(registerCode);
        Instant now = clock.instant();
        BatchCommit.Result result = new BatchCommit(rows.template(), redactor, days, type, batchId, actor, now).run(publish);
        for (BatchCommit.Entered e : result.entered()) {
            duties.entered(type, e.rowId(), organId, e.triggerOn());
            if (publish) {
                duties.published(type, e.rowId(), e.triggerOn(), now);
            }
        }
        audit.recordAs(actor, "registers.rows.imported", "register-import", batchId,
                type.code() + " " + result.count() + (publish ? " PUBLISHED" : " DRAFT"));
        if (publish && result.count() > 0) {
            changed(type.code(), organId);
        }
        return result.count();
    }

    private void changed(String code, long organId) {
        pages.invalidateAllAfterCommit();
        events.publishEvent(new RegisterChanged(code, organId));
    }

    private Map<String, String> checked(RegisterType type, Map<String, String> raw) {
        CheckedRow checked = checks.check(type, raw == null ? Map.of() : raw, LocaleContextHolder.getLocale());
        if (!checked.ok()) {
            List<FieldProblem> problems = checked.problems().stream()
                    .map(p -> new FieldProblem("values." + p.field(), "platform.error.field", p.message())).toList();
            throw new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_ROW", "registers.rows.error.invalid",
                    problems);
        }
        return checked.values();
    }

    private RegisterRow locked(long rowId) {
        return rows.lock(rowId).filter(r -> r.state() != RowState.STAGED)
                .orElseThrow(() -> GongkaiException.notFound(thing(), rowId));
    }

    private static String thing() {
        return "公开事项条目 (register row)";
    }

    private void requireCorrector(StaffMember actor, long organId) {
        if (!may(actor, Role.PUBLISHER, organId) && !may(actor, Role.OFFICE_REVIEWER, organId)) {
            throw GongkaiException.forbidden();
        }
    }

    private boolean may(StaffMember actor, Role role, long organId) {
        return actor != null && organization.may(actor, role, organId);
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw GongkaiException.invalid("reason", "registers.rows.error.reason");
        }
        String r = reason.strip();
        if (r.length() > REASON_MAX) {
            throw GongkaiException.invalid("reason", "platform.error.tooLong", REASON_MAX, r.length());
        }
        return r;
    }

    private static GongkaiException conflict(String code, String key) {
        return new GongkaiException(HttpStatus.CONFLICT, code, key);
    }
}

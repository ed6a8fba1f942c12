package cn.gongkai.registers.types;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterChanged;
import cn.gongkai.registers.RegisterType;

/**
 * The operators' mask settings as a use case (脱敏设置): who may change them (ADMINISTRATOR or
 * OFFICE_REVIEWER of the top organ, since a register's masks apply to every organ's rows), the
 * check of every requested mask before anything is written, the audit record, and the re-masking
 * of the register's existing rows in the same transaction.
 */
@Service
public class Masking {

    private final RegisterCatalog catalog;
    private final MaskSettings settings;
    private final Remasking remasking;
    private final OrganDirectory organs;
    private final Organization organization;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Masking(RegisterCatalog catalog, MaskSettings settings, Remasking remasking, OrganDirectory organs,
            Organization organization, AuditLog audit, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.settings = settings;
        this.remasking = remasking;
        this.organs = organs;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
    }

    public boolean mayChange(StaffMember staff) {
        long top = organization.sat().getId();
        return staff.hasRoleIn(Role.ADMINISTRATOR, top) || staff.hasRoleIn(Role.OFFICE_REVIEWER, top);
    }

    /** Every field with its default and current mask. */
    @Transactional(readOnly = true)
    public View view(String registerCode) {
        RegisterType type = catalog.required(registerCode);
        Map<String, MaskSettings.Change> changes = settings.changes(type.code());
        List<FieldMask> fields = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            MaskSettings.Change c = changes.get(f.code());
            fields.add(new FieldMask(f.code(), f.label(), f.labelEn(), f.type().name(), f.isPublic(), f.mask().name(),
                    c == null ? f.mask().name() : c.rule().name(), f.maskWhen(),
                    MaskSettings.allowed(f.type()).stream().map(Enum::name).toList(), c == null ? null : c.changedBy(),
                    c == null ? null : c.changedAt()));
        }
        return new View(type.code(), type.title(), type.titleEn(), fields, null);
    }

    /**
     * Sets the masks given by field code ({@code {"idNumber":"HIDDEN"}}; a field's default removes
     * its setting) and masks the existing rows again. 403 unless {@link #mayChange}; 400 naming
     * {@code masks.<field>} for an unknown or non-public field or a mask it cannot take; nothing is
     * written then.
     */
    @Transactional
    public View change(String registerCode, Map<String, String> masks, StaffMember actor) {
        RegisterType type = catalog.required(registerCode);
        if (!mayChange(actor)) {
            throw GongkaiException.forbidden();
        }
        Map<FieldDef, MaskRule> wanted = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        (masks == null ? Map.<String, String>of() : masks).forEach((code, rule) -> {
            FieldDef f = type.field(code).orElse(null);
            MaskRule r = parse(rule);
            if (f == null) {
                problems.add(new FieldProblem("masks." + code, "registers.types.masking.unknownField", code));
            }
            else if (!f.isPublic()) {
                problems.add(new FieldProblem("masks." + code, "registers.types.masking.notPublic", f.label()));
            }
            else if (r == null || !MaskSettings.allowed(f.type()).contains(r)) {
                problems.add(new FieldProblem("masks." + code, "registers.types.masking.notAllowed", f.label(),
                        String.join(", ", MaskSettings.allowed(f.type()).stream().map(Enum::name).toList())));
            }
            else {
                wanted.put(f, r);
            }
        });
        if (masks == null || masks.isEmpty()) {
            problems.add(new FieldProblem("masks", "platform.error.required"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        Redactor.Plan before = new Redactor.Plan(type, settings.overrides(type.code()), organs);
        List<String> changed = new ArrayList<>();
        wanted.forEach((f, rule) -> {
            MaskRule old = before.mask(f);
            if (old != rule) {
                settings.set(type.code(), f, rule, actor.username());
                changed.add(f.code() + ": " + old + " → " + rule);
            }
        });
        Integer remasked = 0;
        if (!changed.isEmpty()) {
            Redactor.Plan after = new Redactor.Plan(type, settings.overrides(type.code()), organs);
            var result = remasking.remask(type, after, wanted.keySet().stream().map(FieldDef::code)
                    .collect(java.util.stream.Collectors.toSet()), actor.username());
            remasked = result.rows();
            audit.recordAs(actor.username(), "registers.masking.changed", "register", type.code(),
                    String.join("; ", changed) + "; rows masked again: " + result.rows());
            result.organs().forEach(o -> events.publishEvent(new RegisterChanged(type.code(), o)));
        }
        View view = view(registerCode);
        return new View(view.register(), view.title(), view.titleEn(), view.fields(), remasked);
    }

    private static MaskRule parse(String rule) {
        try {
            return rule == null ? null : MaskRule.valueOf(rule.trim());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A register's masks; {@code remasked} the rows masked again by a change (null when viewing). */
    public record View(String register, String title, String titleEn, List<FieldMask> fields, Integer remasked) {
    }

    /** One field: its default and current mask, the condition, the masks it may take, the last change. */
    public record FieldMask(String field, String label, String labelEn, String type, boolean isPublic,
            String defaultMask, String mask, String condition, List<String> allowed, String changedBy,
            Instant changedAt) {
    }
}

package cn.gongkai.organization;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.TextLength;

/**
 * Adding, renaming and moving organs. Only an ADMINISTRATOR whose grant reaches both the organ
 * and its (new) parent may do it; an organ can never be moved below itself.
 */
@Service
@Transactional
public class OrganAdministration {

    private final Organs organs;
    private final Departments departments;
    private final Organization organization;
    private final CurrentStaff current;
    private final AuditLog audit;

    OrganAdministration(Organs organs, Departments departments, Organization organization, CurrentStaff current,
            AuditLog audit) {
        this.organs = organs;
        this.departments = departments;
        this.organization = organization;
        this.current = current;
        this.audit = audit;
    }

    /** What an administrator gives to add an organ. */
    public record NewOrgan(String code, String name, String shortName, String parent, String divisionCode,
            String organizationCode, String creditCode, List<String> departments) {
    }

    public Organ add(NewOrgan n) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganRules.code(n.code(), problems);
        OrganRules.name("name", n.name(), problems);
        OrganRules.name("shortName", n.shortName(), problems);
        OrganRules.division(n.divisionCode(), problems);
        OrganRules.organizationCode(n.organizationCode(), problems);
        OrganRules.creditCode(n.creditCode(), problems);
        Organ parent = n.parent() == null || n.parent().isBlank() ? null : organs.findByCode(n.parent()).orElse(null);
        if (parent == null) {
            problems.add(new FieldProblem("parent", n.parent() == null || n.parent().isBlank()
                    ? "platform.error.required" : "organization.error.unknownOrgan", n.parent()));
        }
        if (n.code() != null && organs.existsByCode(n.code().trim())) {
            problems.add(new FieldProblem("code", "organization.error.codeTaken", n.code()));
        }
        if (n.name() != null && organs.existsByName(n.name().trim())) {
            problems.add(new FieldProblem("name", "organization.error.nameTaken", n.name()));
        }
        if (n.departments() != null) {
            for (int i = 0; i < n.departments().size(); i++) {
                String d = n.departments().get(i);
                TextLength.check(problems, "departments[" + i + "]", d == null ? null : d.trim(), 100);
            }
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        requireAdministrator(parent.getId());
        Organ organ = organs.saveAndFlush(new Organ(n.code().trim(), n.name().trim(), n.shortName().trim(),
                parent.getLevel().below(), parent, n.divisionCode(), n.organizationCode().toUpperCase(),
                n.creditCode().toUpperCase()));
        organ.placed();
        List<String> names = n.departments() == null ? List.of() : n.departments();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null && !names.get(i).isBlank()) {
                departments.save(new Department(organ.getId(), names.get(i).trim(), i));
            }
        }
        audit.record("organ.added", "organ", organ.getCode(), organ.getName() + " under " + parent.getCode());
        return organ;
    }

    public Organ rename(String code, String name, String shortName) {
        Organ organ = find(code);
        List<FieldProblem> problems = new ArrayList<>();
        OrganRules.name("name", name, problems);
        OrganRules.name("shortName", shortName, problems);
        if (name != null && !name.trim().equals(organ.getName()) && organs.existsByName(name.trim())) {
            problems.add(new FieldProblem("name", "organization.error.nameTaken", name));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        requireAdministrator(organ.getId());
        String old = organ.getName();
        organ.rename(name.trim(), shortName.trim());
        audit.record("organ.renamed", "organ", code, old + " → " + organ.getName());
        return organ;
    }

    public Organ move(String code, String parentCode) {
        Organ organ = find(code);
        Organ parent = organization.requireOrgan("parent", parentCode);
        if (organ.getParentId() == null) {
            throw GongkaiException.invalid("code", "organization.error.moveRoot");
        }
        if (parent.isWithin(organ)) {
            throw GongkaiException.invalid("parent", "organization.error.moveBelowItself");
        }
        requireAdministrator(organ.getId());
        requireAdministrator(parent.getId());
        String oldPrefix = organ.moveUnder(parent);
        organs.findByPathStartingWithOrderByPathAsc(oldPrefix).stream().filter(o -> !o.getId().equals(organ.getId()))
                .forEach(o -> o.rebase(oldPrefix, organ.getPath()));
        audit.record("organ.moved", "organ", code, "now under " + parent.getCode());
        return organ;
    }

    private Organ find(String code) {
        return organs.findByCode(code == null ? "" : code.trim())
                .orElseThrow(() -> GongkaiException.notFound("organ", code));
    }

    private void requireAdministrator(long organId) {
        if (!organization.may(current.get(), Role.ADMINISTRATOR, organId)) {
            throw GongkaiException.forbidden();
        }
    }
}

package cn.gongkai.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;

/**
 * The disclosure catalogue of an organ: SAT's base catalogue, which every organ inherits, plus
 * the organ's own entries (Implementation Measures 七(三): each organ completes its catalogue
 * "按照税务总局发布的目录体系"). An organ's own entry cannot take the code of a base entry.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{2}){1,2}");

    private final CatalogEntries entries;
    private final AuditLog audit;

    Catalog(CatalogEntries entries, AuditLog audit) {
        this.entries = entries;
        this.audit = audit;
    }

    /** Base entries and the organ's own, ordered by code. */
    public List<CatalogEntry> entriesFor(long organId) {
        return entries.visibleTo(organId);
    }

    public Optional<CatalogEntry> entry(long id) {
        return entries.findById(id);
    }

    /** Whether the entry is part of the organ's catalogue (a base entry or one of its own). */
    public boolean belongsTo(CatalogEntry entry, long organId) {
        return entry.isBase() || entry.getOrganId() == organId;
    }

    /**
     * The organ's entry with this code (its own first, then the base catalogue), or a 400 naming
     * {@code field} when the organ's catalogue has none.
     */
    public CatalogEntry requireEntry(String field, long organId, String code) {
        return entries.byCode(organId, code == null ? "" : code.trim()).stream().findFirst()
                .orElseThrow(() -> GongkaiException.invalid(field, "catalog.error.unknownEntry", code));
    }

    /** What an organ states for an entry of its own. */
    public record NewEntry(String code, String category, String name, String content, String responsibleDepartment,
            String timeLimit, String method, Integer maxAgeDays) {
    }

    /** Adds an entry of the organ's own; refuses a malformed or taken code and missing fields (400). */
    @Transactional
    public CatalogEntry add(long organId, NewEntry e) {
        List<FieldProblem> problems = new ArrayList<>();
        if (e.code() == null || !CODE.matcher(e.code().trim()).matches()) {
            problems.add(new FieldProblem("code", "catalog.error.code"));
        }
        else if (!entries.byCode(organId, e.code().trim()).isEmpty()) {
            problems.add(new FieldProblem("code", "catalog.error.codeTaken", e.code().trim()));
        }
        required(problems, "category", e.category(), 100);
        required(problems, "name", e.name(), 200);
        required(problems, "content", e.content(), 1000);
        required(problems, "responsibleDepartment", e.responsibleDepartment(), 200);
        required(problems, "timeLimit", e.timeLimit(), 200);
        required(problems, "method", e.method(), 200);
        if (e.maxAgeDays() != null && (e.maxAgeDays() < 1 || e.maxAgeDays() > 3660)) {
            problems.add(new FieldProblem("maxAgeDays", "catalog.error.maxAge"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        CatalogEntry saved = entries.save(new CatalogEntry(organId, e.code().trim(), e.category().trim(),
                e.name().trim(), e.content().trim(), e.responsibleDepartment().trim(), e.timeLimit().trim(),
                e.method().trim(), e.maxAgeDays(), 10_000));
        audit.record("catalog.entry.added", "catalog-entry", saved.getId(), "organ " + organId + " " + saved.label());
        return saved;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "platform.error.required"));
        }
        else if (value.length() > max) {
            problems.add(new FieldProblem(field, "catalog.error.tooLong", max));
        }
    }
}

package cn.gongkai.registers.rows;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.RowState;

/**
 * Reading rows for the pages and APIs of this package: a row as staff may see it (any state, the
 * organs they may see), as the public may see it (visible rows, public values only), the organs a
 * public organ filter covers (an organ and everything under it: the provincial site lists its
 * subordinates' penalty decisions), and a row's duty in the ledger.
 */
@Service
class RegisterRows {

    private final Rows rows;
    private final Organization organization;
    private final Obligations obligations;
    private final Clock clock;

    RegisterRows(Rows rows, Organization organization, Obligations obligations, Clock clock) {
        this.rows = rows;
        this.organization = organization;
        this.obligations = obligations;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(RowDuties.CHINA));
    }

    /** A row of {@code code} staff may see, else 404 (also for another register's id: no probing). */
    RegisterRow staffRow(String code, long id, StaffMember staff) {
        return rows.find(id).filter(r -> r.registerCode().equals(code) && r.state() != RowState.STAGED)
                .filter(r -> organization.maySee(staff, r.organId()))
                .orElseThrow(() -> GongkaiException.notFound("公开事项条目 (register row)", id));
    }

    /**
     * A row the public may read: published and visible, or retracted after publication (its page
     * says so with the reason); else 404. Callers use only its public values.
     */
    RegisterRow publicRow(String code, long id) {
        LocalDate today = today();
        return rows.findPublic(id).filter(r -> r.registerCode().equals(code))
                .filter(r -> r.visibleOn(today) || r.state() == RowState.RETRACTED && r.publishedAt() != null)
                .orElseThrow(() -> GongkaiException.notFound("公开事项条目 (register row)", id));
    }

    /** The public history: publication, then the corrections and the retraction made after it (no entered values). */
    List<RowVersion> publicHistory(RegisterRow row) {
        return rows.publicVersions(row.id()).stream()
                .filter(v -> row.publishedAt() != null && !v.at().isBefore(row.publishedAt()))
                .filter(v -> v.kind() != RowVersion.Kind.CREATED || v.at().equals(row.publishedAt()))
                .toList();
    }

    List<RowVersion> history(long rowId) {
        return rows.versions(rowId);
    }

    List<String[]> redactions(long rowId) {
        return rows.redactionsOf(rowId);
    }

    /** The organs a staff member may see (their lists); never empty for a list query. */
    List<Long> visibleOrgans(StaffMember staff) {
        List<Long> ids = organization.all().stream().filter(o -> organization.maySee(staff, o.getId()))
                .map(Organ::getId).toList();
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** The organ with code {@code code} and its subtree, or null for no filter; an unknown code → 400. */
    List<Long> organScope(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Organ organ = organization.organByCode(code.strip())
                .orElseThrow(() -> GongkaiException.invalid("organ", "registers.rows.error.organ"));
        return organization.subtree(organ.getId()).stream().map(Organ::getId).toList();
    }

    Optional<Organ> organ(long id) {
        return organization.organ(id);
    }

    List<Organ> organs() {
        return organization.all();
    }

    Optional<ObligationView> duty(RegisterType type, RegisterRow row) {
        if (type.duty() == null) {
            return Optional.empty();
        }
        return obligations.find(type.duty().rule(), RowDuties.subject(type.code(), row.id()));
    }
}

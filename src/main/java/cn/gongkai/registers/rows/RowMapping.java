package cn.gongkai.registers.rows;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.registers.RegisterType;

/** From rows to their JSON shapes; the public shape is built from public values only. */
final class RowMapping {

    private RowMapping() {
    }

    static String url(String code, long id) {
        return "/registers/" + code + "/rows/" + id;
    }

    static RowJson.StaffRow staff(RegisterType type, RegisterRow r, RegisterRows reads, boolean withHistory) {
        String organ = reads.organ(r.organId()).map(o -> o.getName()).orElse(null);
        RowJson.Duty duty = reads.duty(type, r).map(RowJson.Duty::of).orElse(null);
        List<RowJson.Version> history = withHistory ? reads.history(r.id()).stream()
                .map(v -> new RowJson.Version(v.version(), v.kind().name(), v.reason(), v.actor(), v.at(), v.values()))
                .toList() : null;
        return new RowJson.StaffRow(r.id(), r.registerCode(), r.organId(), organ, r.state().name(), r.version(),
                r.values(), r.publicValues(), r.triggerOn(), r.visibleUntil(), r.createdAt(), r.createdBy(),
                r.publishedAt(), r.publishedBy(), duty, history, url(r.registerCode(), r.id()));
    }

    static RowJson.PublicRow publicRow(String code, RowQueries.PublicRow r, RegisterRows reads) {
        return new RowJson.PublicRow(r.id(), r.values(), organName(reads, r.organId()), day(r.publishedAt()),
                r.version(), null, url(code, r.id()), null);
    }

    static RowJson.PublicRow publicRow(RegisterRow r, RegisterRows reads) {
        List<RowJson.PublicVersion> history = reads.publicHistory(r).stream()
                .map(v -> new RowJson.PublicVersion(v.version(), v.kind().name(), v.reason(), day(v.at()))).toList();
        return new RowJson.PublicRow(r.id(), r.publicValues(), organName(reads, r.organId()), day(r.publishedAt()),
                r.version(), r.state().name(), url(r.registerCode(), r.id()), history);
    }

    private static String organName(RegisterRows reads, long organId) {
        return reads.organ(organId).map(o -> o.getName()).orElse(null);
    }

    static LocalDate day(java.time.Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, RowDuties.CHINA);
    }
}

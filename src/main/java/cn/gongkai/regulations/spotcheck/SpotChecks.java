package cn.gongkai.regulations.spotcheck;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.platform.Rfc3797;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.publishing.RecordValidity;
import cn.gongkai.regulations.Regulations;
import cn.gongkai.regulations.validity.Validities;

/**
 * The SAT's spot-check (抽查) of the validity markings lower organs published (SPEC M6 item 6):
 * the pool (every public law, regulation, rule and normative document record of the organs below
 * the SAT, with its marking and its linked library document) is frozen and published as a
 * numbered list when the check is created; staff then enter the sources of randomness announced
 * beforehand (e.g. the numbers of a lottery drawn on a stated later day); the draw computes the
 * RFC 3797 sample ({@link Rfc3797}) and fixes the sources for good. A sampled record linked to the
 * library is judged automatically (its marking against the library's derived validity on the day
 * of the draw); the others by the checker, each with a note.
 * <p>
 * Who: staff holding SUPERVISOR or ADMINISTRATOR for the SAT itself (a lower organ's supervisor
 * cannot check its peers or itself). Every act is audited.
 */
@Service
class SpotChecks {

    static final int MAX_SOURCES = 16;
    static final int MAX_NUMBERS = 16;

    record SourceInput(String description, List<Long> numbers) {
    }

    private final JdbcClient jdbc;
    private final Organization organization;
    private final RecordValidity records;
    private final Validities validities;
    private final AuditLog audit;
    private final Clock clock;
    /** Public pages show these acts: forgotten once each commits. */
    private final PublicPageCache pages;

    SpotChecks(JdbcClient jdbc, Organization organization, RecordValidity records, Validities validities,
            AuditLog audit, Clock clock, PublicPageCache pages) {
        this.pages = pages;
        this.jdbc = jdbc;
        this.organization = organization;
        this.records = records;
        this.validities = validities;
        this.audit = audit;
        this.clock = clock;
    }

    boolean mayRun(StaffMember staff) {
        long sat = organization.sat().getId();
        return staff.grants().stream().anyMatch(g -> g.organId() == sat
                && (g.role() == Role.SUPERVISOR || g.role() == Role.ADMINISTRATOR));
    }

    private void authorize(StaffMember staff) {
        if (!mayRun(staff)) {
            throw GongkaiException.forbidden();
        }
    }

    @Transactional
    long create(StaffMember staff, String title, Integer sampleSize) {
        pages.invalidateAllAfterCommit();
        authorize(staff);
        List<FieldProblem> problems = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 300) {
            problems.add(new FieldProblem("title", "regulations.spotcheck.error.title", 300));
        }
        if (sampleSize == null || sampleSize < 1) {
            problems.add(new FieldProblem("sampleSize", "regulations.spotcheck.error.sampleSize"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        long sat = organization.sat().getId();
        List<Organ> lower = organization.subtree(sat).stream().filter(o -> o.getId() != sat).toList();
        Map<Long, Integer> order = new HashMap<>();
        lower.forEach(o -> order.put(o.getId(), order.size()));
        List<RecordValidity.Marking> pool = new ArrayList<>(records.publicMarkings(order.keySet()));
        pool.sort((a, b) -> a.organId() != b.organId() ? Integer.compare(order.get(a.organId()), order.get(b.organId()))
                : Long.compare(a.recordId(), b.recordId()));
        if (pool.isEmpty()) {
            throw GongkaiException.refused("EMPTY_POOL", "regulations.spotcheck.error.emptyPool");
        }
        if (sampleSize > pool.size() || pool.size() > Rfc3797.MAX_POOL) {
            throw GongkaiException.invalid("sampleSize", "regulations.spotcheck.error.sampleTooLarge", pool.size());
        }
        Map<Long, String> linked = linkedDocuments();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into reg_spot_check (title, sample_size, state, created_by, created_at)
                values (?, ?, 'POOL_PUBLISHED', ?, ?)""").params(t, sampleSize, staff.username(),
                Timestamp.from(clock.instant())).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int n = 0;
        for (RecordValidity.Marking m : pool) {
            jdbc.sql("""
                    insert into reg_spot_check_entry (spot_check_id, num, record_id, organ_id, record_type, title,
                      document_number, marked_validity, library_document_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, ++n, m.recordId(), m.organId(), m.type().name(), m.title(), m.documentNumber(),
                            m.validity().name(), linked.get(m.recordId())).update();
        }
        audit.recordAs(staff.username(), "regulations.spot-check-created", "reg_spot_check", id,
                "pool " + pool.size() + ", sample " + sampleSize);
        return id;
    }

    private Map<Long, String> linkedDocuments() {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("select record_id, id from reg_document where record_id is not null")
                .query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    /** Replaces the sources; refused once drawn (the published sources are final). */
    @Transactional
    void setSources(StaffMember staff, long id, String note, List<SourceInput> sources) {
        pages.invalidateAllAfterCommit();
        authorize(staff);
        String state = state(id);
        if (!"POOL_PUBLISHED".equals(state)) {
            throw GongkaiException.refused("STATE_CONFLICT", "regulations.spotcheck.error.drawn", id);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (sources == null || sources.isEmpty() || sources.size() > MAX_SOURCES) {
            problems.add(new FieldProblem("sources", "regulations.spotcheck.error.sources", MAX_SOURCES));
        }
        else {
            for (int i = 0; i < sources.size(); i++) {
                SourceInput s = sources.get(i);
                String d = s == null || s.description() == null ? "" : s.description().strip();
                if (d.isEmpty() || d.length() > 300) {
                    problems.add(new FieldProblem("sources[" + i + "].description", "regulations.spotcheck.error.description", 300));
                }
                List<Long> nums = s == null ? null : s.numbers();
                if (nums == null || nums.isEmpty() || nums.size() > MAX_NUMBERS
                        || nums.stream().anyMatch(x -> x == null || x < 0 || x > 999_999_999_999L)) {
                    problems.add(new FieldProblem("sources[" + i + "].numbers", "regulations.spotcheck.error.numbers", MAX_NUMBERS));
                }
            }
        }
        if (note != null && note.length() > 1000) {
            problems.add(new FieldProblem("note", "regulations.spotcheck.error.note", 1000));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        jdbc.sql("delete from reg_spot_check_source where spot_check_id = ?").param(id).update();
        int seq = 0;
        for (SourceInput s : sources) {
            jdbc.sql("insert into reg_spot_check_source (spot_check_id, seq, description, numbers) values (?, ?, ?, ?)")
                    .params(id, ++seq, s.description().strip(),
                            s.numbers().stream().map(String::valueOf).collect(Collectors.joining(" "))).update();
        }
        jdbc.sql("update reg_spot_check set sources_note = ? where id = ?").params(blankToNull(note), id).update();
        audit.recordAs(staff.username(), "regulations.spot-check-sources", "reg_spot_check", id,
                Rfc3797.key(sources.stream().map(SourceInput::numbers).toList()));
    }

    /** Draws the sample from the sources entered; linked records are judged at once against the library. */
    @Transactional
    void draw(StaffMember staff, long id) {
        pages.invalidateAllAfterCommit();
        authorize(staff);
        if (!"POOL_PUBLISHED".equals(state(id))) {
            throw GongkaiException.refused("STATE_CONFLICT", "regulations.spotcheck.error.drawn", id);
        }
        List<List<Long>> sources = sources(id).stream().map(SpotCheckView.Source::numbers).toList();
        if (sources.isEmpty()) {
            throw GongkaiException.refused("NO_SOURCES", "regulations.spotcheck.error.noSources", id);
        }
        int sampleSize = jdbc.sql("select sample_size from reg_spot_check where id = ?").param(id).query(Integer.class).single();
        List<SpotCheckView.Entry> pool = pool(id);
        String key = Rfc3797.key(sources);
        LocalDate day = LocalDate.now(clock);
        for (Rfc3797.Pick p : Rfc3797.select(pool.size(), sampleSize, key)) {
            SpotCheckView.Entry e = pool.get(p.selected() - 1);
            String derived = e.libraryDocumentId() == null ? null
                    : validities.documentOn(e.libraryDocumentId(), day).map(Regulations::asRecordValidity)
                            .map(Enum::name).orElse(null);
            String verdict = derived == null ? null : derived.equals(e.markedValidity()) ? "CORRECT" : "INCORRECT";
            jdbc.sql("""
                    insert into reg_spot_check_pick (spot_check_id, pick_order, num, md5, remaining, derived_validity,
                      verdict, automatic, checked_by, checked_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, p.order(), p.selected(), p.md5(), p.remaining(), derived, verdict, derived != null,
                            derived == null ? null : "regulations-library",
                            derived == null ? null : Timestamp.from(clock.instant())).update();
        }
        jdbc.sql("update reg_spot_check set state = 'DRAWN', key_string = ?, drawn_by = ?, drawn_at = ? where id = ?")
                .params(key, staff.username(), Timestamp.from(clock.instant()), id).update();
        audit.recordAs(staff.username(), "regulations.spot-check-drawn", "reg_spot_check", id, "key " + key);
    }

    /** The checker's verdict on a sampled record; an automatic verdict takes a note but cannot be contradicted. */
    @Transactional
    void judge(StaffMember staff, long id, int order, Boolean correct, String note) {
        pages.invalidateAllAfterCommit();
        authorize(staff);
        if (!"DRAWN".equals(state(id))) {
            throw GongkaiException.refused("STATE_CONFLICT", "regulations.spotcheck.error.notDrawn", id);
        }
        Boolean automatic = jdbc.sql("select automatic from reg_spot_check_pick where spot_check_id = ? and pick_order = ?")
                .params(id, order).query(Boolean.class).optional()
                .orElseThrow(() -> GongkaiException.notFound("抽查样本 (sampled record)", order));
        if (note != null && note.length() > 1000) {
            throw GongkaiException.invalid("note", "regulations.spotcheck.error.note", 1000);
        }
        if (automatic) {
            String verdict = jdbc.sql("select verdict from reg_spot_check_pick where spot_check_id = ? and pick_order = ?")
                    .params(id, order).query(String.class).single();
            if (correct != null && correct != "CORRECT".equals(verdict)) {
                throw GongkaiException.refused("AUTOMATIC_VERDICT", "regulations.spotcheck.error.automatic", order);
            }
            jdbc.sql("update reg_spot_check_pick set note = ? where spot_check_id = ? and pick_order = ?")
                    .params(blankToNull(note), id, order).update();
        }
        else {
            if (correct == null) {
                throw GongkaiException.invalid("correct", "platform.error.required");
            }
            jdbc.sql("""
                    update reg_spot_check_pick set verdict = ?, note = ?, checked_by = ?, checked_at = ?
                    where spot_check_id = ? and pick_order = ?""")
                    .params(correct ? "CORRECT" : "INCORRECT", blankToNull(note), staff.username(),
                            Timestamp.from(clock.instant()), id, order).update();
        }
        audit.recordAs(staff.username(), "regulations.spot-check-verdict", "reg_spot_check", id,
                "pick " + order + ": " + (correct == null ? "note" : correct ? "correct" : "incorrect"));
    }

    private String state(long id) {
        return jdbc.sql("select state from reg_spot_check where id = ?").param(id).query(String.class).optional()
                .orElseThrow(() -> GongkaiException.notFound("抽查 (spot-check)", id));
    }

    List<SpotCheckView.Line> list() {
        return jdbc.sql("""
                select c.id, c.title, c.state, c.sample_size, (select count(*) from reg_spot_check_entry e
                  where e.spot_check_id = c.id), c.created_at from reg_spot_check c order by c.id desc""")
                .query((rs, n) -> new SpotCheckView.Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** The whole published spot-check. */
    @Transactional(readOnly = true)
    SpotCheckView view(long id) {
        String state = state(id);
        Object[] head = jdbc.sql("select title, sample_size, created_at, sources_note, key_string, drawn_at from reg_spot_check where id = ?")
                .param(id).query((rs, n) -> new Object[] { rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6) }).single();
        List<SpotCheckView.Entry> pool = pool(id);
        List<SpotCheckView.Pick> picks = picks(id, pool);
        Timestamp drawnAt = (Timestamp) head[5];
        return new SpotCheckView(id, (String) head[0], state, (Integer) head[1], pool.size(), (java.time.Instant) head[2],
                (String) head[3], sources(id), (String) head[4], SpotCheckView.ALGORITHM, pool, picks,
                summary(picks), drawnAt == null ? null : drawnAt.toInstant());
    }

    private List<SpotCheckView.Source> sources(long id) {
        return jdbc.sql("select seq, description, numbers from reg_spot_check_source where spot_check_id = ? order by seq")
                .param(id).query((rs, n) -> {
                    List<Long> numbers = Arrays.stream(rs.getString(3).split(" ")).map(Long::valueOf).toList();
                    return new SpotCheckView.Source(rs.getInt(1), rs.getString(2), numbers, Rfc3797.canonical(numbers));
                }).list();
    }

    List<SpotCheckView.Entry> pool(long id) {
        Map<Long, Organ> organs = organization.all().stream().collect(Collectors.toMap(Organ::getId, Function.identity()));
        return jdbc.sql("""
                select num, record_id, organ_id, record_type, title, document_number, marked_validity, library_document_id
                from reg_spot_check_entry where spot_check_id = ? order by num""").param(id)
                .query((rs, n) -> {
                    Organ o = organs.get(rs.getLong(3));
                    return new SpotCheckView.Entry(rs.getInt(1), rs.getLong(2), o.getCode(), o.getName(), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            "/sites/" + o.getCode() + "/records/" + rs.getLong(2));
                }).list();
    }

    private List<SpotCheckView.Pick> picks(long id, List<SpotCheckView.Entry> pool) {
        return jdbc.sql("""
                select pick_order, num, md5, remaining, derived_validity, verdict, automatic, note
                from reg_spot_check_pick where spot_check_id = ? order by pick_order""").param(id)
                .query((rs, n) -> {
                    SpotCheckView.Entry e = pool.get(rs.getInt(2) - 1);
                    return new SpotCheckView.Pick(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
                            e.recordId(), e.organ(), e.markedValidity(), rs.getString(5), rs.getString(6),
                            rs.getBoolean(7), rs.getString(8));
                }).list();
    }

    private List<SpotCheckView.OrganSummary> summary(List<SpotCheckView.Pick> picks) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (SpotCheckView.Pick p : picks) {
            int[] c = counts.computeIfAbsent(p.organ(), k -> new int[4]);
            c[0]++;
            if (p.verdict() != null) {
                c[1]++;
                c["CORRECT".equals(p.verdict()) ? 2 : 3]++;
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new SpotCheckView.OrganSummary(
                e.getKey(), organization.organByCode(e.getKey()).map(Organ::getName).orElse(e.getKey()), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.gongkai.regulations.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionKind;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.library.LibraryDocument.Effect;
import cn.gongkai.regulations.library.LibraryDocument.Provision;
import cn.gongkai.regulations.validity.Validities;

/**
 * The read model of the public library: a PUBLISHED document as it stood on a day. One query per
 * table per document (document, provisions, versions, effects on it, effects by it, and the two of
 * {@link Validities}), never one per provision: the largest document has 132 articles and the
 * point-in-time page is the hot path. A provision whose first version begins after the day did
 * not exist yet and is left out; one whose last version ended keeps those words, shown as such.
 */
@Component
public class LibraryDocuments {

    static final String PUBLISHED = "PUBLISHED";

    private final JdbcClient jdbc;
    private final Validities validities;
    private final ReadModelCache cache;

    LibraryDocuments(JdbcClient jdbc, Validities validities, ReadModelCache cache) {
        this.jdbc = jdbc;
        this.validities = validities;
        this.cache = cache;
    }

    /** The published document {@code id} as it stood on {@code day}; empty if there is none. */
    public Optional<LibraryDocument> on(String id, LocalDate day) {
        return read(id, day).map(Read::document);
    }

    /**
     * One provision of a published document on a day, with its sub-provisions. Empty if there is no
     * such document, no such provision, or it did not exist yet on the day.
     */
    public Optional<Provision> provisionOn(String id, String eid, LocalDate day) {
        return read(id, day).map(r -> r.segment().provision(eid));
    }

    /** A document on a day with the segment of days it was read from (what pages derive from it is kept there). */
    record Read(LibraryDocument document, ReadModelCache.Segment segment) {

        /** Every version of one provision's words, oldest first; empty if no such provision. */
        List<Version> versions(String eid) {
            return segment.versions.getOrDefault(eid, List.of());
        }
    }

    /**
     * The document on a day: one query for its metadata and read version, the rest from the kept
     * segment of days ({@link ReadModelCache}), assembled with one query per table on a miss.
     */
    Optional<Read> read(String id, LocalDate day) {
        Optional<Meta> meta = meta(id);
        if (meta.isEmpty()) {
            return Optional.empty();
        }
        Meta m = meta.get();
        ReadModelCache.Segment s = cache.segment(new ReadModelCache.Stamp(id, m.readVersion, m.importedAt), day,
                () -> changePoints(id, m), start -> assemble(id, start));
        return Optional.of(new Read(new LibraryDocument(id, m.type, m.title, m.documentNumber, m.organs, m.adoptedOn,
                m.issuedOn, m.effectiveOn, m.expiresOn, m.source, m.preamble, day, s.validity, m.changesRecordedOn,
                s.provisions, s.affectedBy, s.affects), s));
    }

    private ReadModelCache.Segment assemble(String id, LocalDate day) {
        Validity documentValidity = validities.documentOn(id, day).orElse(Validity.IN_FORCE);
        Map<String, Validity> provisionValidity = validities.provisionsOn(id, day);
        Map<String, List<Version>> versions = versions(id);
        List<Row> rows = jdbc.sql("""
                select eid, parent_eid, kind, num, ordinal, heading from reg_provision
                where document_id = ? order by seq""").param(id)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), ProvisionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getString(6)))
                .list();
        Tree tree = new Tree(id, day, documentValidity, provisionValidity, versions, rows);
        return new ReadModelCache.Segment(documentValidity, tree.roots(), effects("e.affected_document_id = ?", id),
                effects("e.affecting_document_id = ?", id), versions);
    }

    /**
     * The days on which anything the read model shows can change: a version's or validity
     * period's start and end (exclusive), an effect's day and end, the document's effective day
     * and the day after its last.
     */
    private List<LocalDate> changePoints(String id, Meta m) {
        List<LocalDate> out = new ArrayList<>(jdbc.sql("""
                select valid_from from reg_provision_version where document_id = :id and valid_from is not null
                union select valid_until from reg_provision_version where document_id = :id and valid_until is not null
                union select valid_from from reg_validity_period where document_id = :id and valid_from is not null
                union select valid_until from reg_validity_period where document_id = :id and valid_until is not null
                union select effective_on from reg_effect
                  where (affected_document_id = :id or affecting_document_id = :id) and effective_on is not null
                union select ends_on from reg_effect
                  where (affected_document_id = :id or affecting_document_id = :id) and ends_on is not null""")
                .param("id", id).query((rs, n) -> date(rs, 1)).list());
        out.stream().toList().forEach(d -> out.add(d.plusDays(1))); // inclusive ends, to be safe
        if (m.effectiveOn != null) {
            out.add(m.effectiveOn);
        }
        if (m.expiresOn != null) {
            out.add(m.expiresOn);
            out.add(m.expiresOn.plusDays(1));
        }
        return out;
    }

    /** Every version of one provision's text with its period, oldest first; empty if no such provision. */
    public List<Version> versions(String documentId, String eid) {
        return jdbc.sql("""
                select valid_from, valid_until, body, effect_id from reg_provision_version
                where document_id = ? and eid = ? order by valid_from nulls first, id""").params(documentId, eid)
                .query((rs, n) -> new Version(date(rs, 1), date(rs, 2), rs.getString(3),
                        (Long) rs.getObject(4, Long.class)))
                .list();
    }

    /** The title of a published document; empty if there is none. */
    public Optional<String> title(String id) {
        return meta(id).map(Meta::title);
    }

    /** Confirmed effects on published documents, newest effective day first (the 法规变动 feed). */
    public List<Effect> recentEffects(int limit) {
        return jdbc.sql(EFFECTS + " where e.state = 'CONFIRMED' and a.state = 'PUBLISHED'"
                + " order by e.effective_on desc, e.id desc fetch first " + Math.max(1, limit) + " rows only")
                .query(LibraryDocuments::effect).list();
    }

    /** When each listed effect was confirmed (for feed entries' updated time), by effect id. */
    public Map<Long, java.time.Instant> reviewedAt(List<Long> ids) {
        Map<Long, java.time.Instant> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, coalesce(reviewed_at, entered_at) from reg_effect where id in (:ids)").param("ids", ids)
                .query((rs, n) -> out.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        return out;
    }

    /** One period of a provision's words; {@code from} null = since the start, {@code until} exclusive. */
    public record Version(LocalDate from, LocalDate until, String body, Long effectId) {

        boolean covers(LocalDate day) {
            return (from == null || !from.isAfter(day)) && (until == null || until.isAfter(day));
        }
    }

    private record Meta(DocumentType type, String title, String documentNumber, String organs, LocalDate adoptedOn,
            LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String source, String preamble,
            LocalDate changesRecordedOn, long readVersion, java.time.LocalDateTime importedAt) {
    }

    private record Row(String eid, String parent, ProvisionKind kind, String num, int ordinal, String heading) {
    }

    private Optional<Meta> meta(String id) {
        return jdbc.sql("""
                select doc_type, title, document_number, organs, adopted_on, issued_on, effective_on, expires_on,
                  source, preamble, changes_recorded_on, read_version, imported_at from reg_document where id = ? and state = 'PUBLISHED'""")
                .param(id)
                .query((rs, n) -> new Meta(DocumentType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), date(rs, 5), date(rs, 6), date(rs, 7), date(rs, 8), rs.getString(9),
                        rs.getString(10), date(rs, 11), rs.getLong(12),
                        rs.getObject(13, java.time.LocalDateTime.class)))
                .optional();
    }

    private Map<String, List<Version>> versions(String documentId) {
        Map<String, List<Version>> out = new HashMap<>();
        jdbc.sql("""
                select eid, valid_from, valid_until, body, effect_id from reg_provision_version
                where document_id = ? order by eid, valid_from nulls first, id""").param(documentId)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Version(
                        date(rs, 2), date(rs, 3), rs.getString(4), (Long) rs.getObject(5, Long.class))))
                .list();
        return out;
    }

    private static final String EFFECTS = """
            select e.id, e.affected_document_id, a.title, e.affected_eid, e.affecting_document_id, b.title,
              e.affecting_eid, e.effect_type, e.effective_on, e.ends_on, e.note
            from reg_effect e join reg_document a on a.id = e.affected_document_id
              left join reg_document b on b.id = e.affecting_document_id""";

    private List<Effect> effects(String where, String id) {
        return jdbc.sql(EFFECTS + " where " + where + " and e.state = 'CONFIRMED' order by e.effective_on, e.id")
                .param(id).query(LibraryDocuments::effect).list();
    }

    private static Effect effect(ResultSet rs, int n) throws SQLException {
        return new Effect(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), EffectType.valueOf(rs.getString(8)), date(rs, 9), date(rs, 10),
                rs.getString(11));
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Builds the provision tree of one day from the flat rows, in one pass. */
    private static final class Tree {

        private final String documentId;
        private final LocalDate day;
        private final Validity documentValidity;
        private final Map<String, Validity> provisionValidity;
        private final Map<String, List<Version>> versions;
        private final Map<String, List<Row>> childrenOf = new LinkedHashMap<>();
        private final List<Row> roots = new ArrayList<>();

        Tree(String documentId, LocalDate day, Validity documentValidity, Map<String, Validity> provisionValidity,
                Map<String, List<Version>> versions, List<Row> rows) {
            this.documentId = documentId;
            this.day = day;
            this.documentValidity = documentValidity;
            this.provisionValidity = provisionValidity;
            this.versions = versions;
            for (Row r : rows) {
                if (r.parent == null) {
                    roots.add(r);
                }
                else {
                    childrenOf.computeIfAbsent(r.parent, k -> new ArrayList<>()).add(r);
                }
            }
        }

        List<Provision> roots() {
            return build(roots, inherited(documentValidity));
        }

        private List<Provision> build(List<Row> rows, Validity parentValidity) {
            List<Provision> out = new ArrayList<>();
            for (Row r : rows) {
                List<Version> vs = versions.getOrDefault(r.eid, List.of());
                Optional<Version> version = vs.stream().filter(v -> v.covers(day)).findFirst();
                if (version.isEmpty()) {
                    version = vs.stream().filter(v -> v.until != null && !v.until.isAfter(day))
                            .reduce((a, b) -> b);
                }
                boolean notYet = !vs.isEmpty() && version.isEmpty();
                if (notYet) {
                    continue; // inserted later: it did not exist on the day
                }
                Validity own = provisionValidity.getOrDefault(r.eid, parentValidity);
                List<Provision> children = build(childrenOf.getOrDefault(r.eid, List.of()), own);
                out.add(new Provision(documentId, r.eid, r.kind, r.num, r.ordinal, r.heading,
                        version.map(Version::body).orElse(""), own, version.map(Version::from).orElse(null),
                        version.map(Version::until).orElse(null), children));
            }
            return out;
        }

        /** What a provision without a timeline of its own takes from the whole document. */
        static Validity inherited(Validity document) {
            return switch (document) {
                case PARTLY_EXPIRED, PARTLY_REPEALED -> Validity.IN_FORCE;
                default -> document;
            };
        }
    }
}

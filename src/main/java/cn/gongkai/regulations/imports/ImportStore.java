package cn.gongkai.regulations.imports;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads imported documents in the V10_1 tables (the contract between the library's
 * sub-features); joins the caller's transaction, so a failed import leaves no row.
 */
@Repository
class ImportStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The next free id {@code slug-year-n}; a concurrent import taking it fails on the key (409). */
    String nextId(String slug, int year) {
        String prefix = slug + "-" + year + "-";
        int max = jdbc.sql("select id from reg_document where id like ?").param(prefix + "%").query(String.class).list()
                .stream().map(id -> id.substring(prefix.length())).filter(s -> s.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return prefix + (max + 1);
    }

    void insert(Draft d) {
        jdbc.sql("""
                insert into reg_document (id, doc_type, title, document_number, organs, owner_organ_id, adopted_on,
                  issued_on, effective_on, expires_on, source, structure, state, preamble, source_file, imported_at,
                  imported_by, annex)
                values (:id, :type, :title, :number, :organs, :owner, :adopted, :issued, :effective, :expires, :source,
                  :structure, :state, :preamble, :file, :at, :by, :annex)""")
                .param("id", d.id()).param("type", d.type()).param("title", d.title()).param("number", d.documentNumber())
                .param("organs", d.organs()).param("owner", d.ownerOrganId()).param("adopted", date(d.adoptedOn()))
                .param("issued", date(d.issuedOn())).param("effective", date(d.effectiveOn()))
                .param("expires", date(d.expiresOn())).param("source", d.source()).param("structure", d.structure())
                .param("state", d.state()).param("preamble", d.preamble()).param("file", d.sourceFile())
                .param("at", Timestamp.from(d.importedAt())).param("by", d.importedBy()).param("annex", d.annex())
                .update();
        List<Object[]> provisions = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        int seq = 0;
        for (ParsedProvision p : d.provisions()) {
            provisions.add(new Object[] { d.id(), p.eid(), p.parentEid(), p.kind().name(), p.num(), p.ordinal(),
                    p.heading(), ++seq });
            versions.add(new Object[] { d.id(), p.eid(), p.body() });
        }
        batch.batchUpdate("""
                insert into reg_provision (document_id, eid, parent_eid, kind, num, ordinal, heading, seq)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", provisions);
        batch.batchUpdate("insert into reg_provision_version (document_id, eid, body) values (?, ?, ?)", versions);
        List<Object[]> findings = new ArrayList<>();
        for (InjectionScanner.Finding f : d.findings()) {
            findings.add(new Object[] { d.id(), f.code(), f.line(), limit(f.excerpt(), 2000), f.eid(),
                    limit(f.injected(), 500) });
        }
        batch.batchUpdate("""
                insert into reg_import_finding (document_id, code, line, excerpt, eid, injected, resolution)
                values (?, ?, ?, ?, ?, ?, 'OPEN')""", findings);
    }

    Optional<DocumentRow> document(String id) {
        return jdbc.sql("""
                select id, doc_type, title, document_number, organs, owner_organ_id, adopted_on, issued_on, effective_on,
                  expires_on, source, state, imported_by, source_file from reg_document where id = ?""").param(id)
                .query((rs, n) -> new DocumentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, Long.class), local(rs.getDate(7)), local(rs.getDate(8)),
                        local(rs.getDate(9)), local(rs.getDate(10)), rs.getString(11), rs.getString(12),
                        rs.getString(13), rs.getString(14)))
                .optional();
    }

    List<FindingRow> findings(String documentId) {
        return jdbc.sql("""
                select id, code, line, excerpt, eid, injected, resolution, replacement, resolved_by, resolved_at
                from reg_import_finding where document_id = ? order by line, id""").param(documentId)
                .query((rs, n) -> new FindingRow(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
    }

    int count(String documentId, String kind) {
        return jdbc.sql("select count(*) from reg_provision where document_id = ? and kind = ?")
                .params(documentId, kind).query(Integer.class).single();
    }

    /** Drafts and published imports of an organ, newest first. */
    List<DocumentRow> ofOrgan(long organId, int limit) {
        return jdbc.sql("""
                select id from reg_document where owner_organ_id = ? order by imported_at desc, id desc""")
                .param(organId).query(String.class).list().stream().limit(limit)
                .map(id -> document(id).orElseThrow()).toList();
    }

    boolean hasSourceFile(String sourceFile) {
        return jdbc.sql("select count(*) from reg_document where source_file = ?").param(sourceFile)
                .query(Integer.class).single() > 0;
    }

    void resolve(long findingId, String resolution, String replacement, String by, Instant at) {
        jdbc.sql("""
                update reg_import_finding set resolution = ?, replacement = ?, resolved_by = ?, resolved_at = ?
                where id = ?""").params(resolution, replacement, by, Timestamp.from(at), findingId).update();
    }

    /** Removes the passage (with the spaces around it, which Chinese text does not use) from the text. */
    void strip(String documentId, String eid, String injected, String replacement) {
        String pattern = "[ \\t\\u3000]*" + java.util.regex.Pattern.quote(injected) + "[ \\t\\u3000]*";
        String with = java.util.regex.Matcher.quoteReplacement(replacement == null ? "" : replacement);
        if (eid == null) {
            String preamble = jdbc.sql("select preamble from reg_document where id = ?").param(documentId)
                    .query(String.class).optional().orElse("");
            jdbc.sql("update reg_document set preamble = ? where id = ?")
                    .params(preamble == null ? null : preamble.replaceAll(pattern, with), documentId).update();
            return;
        }
        List<Object[]> rows = jdbc.sql("select id, body from reg_provision_version where document_id = ? and eid = ?")
                .params(documentId, eid).query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).list();
        for (Object[] row : rows) {
            jdbc.sql("update reg_provision_version set body = ? where id = ?")
                    .params(((String) row[1]).replaceAll(pattern, with), row[0]).update();
        }
    }

    void updateMetadata(String id, DocumentRow m) {
        jdbc.sql("""
                update reg_document set doc_type = ?, title = ?, document_number = ?, organs = ?, adopted_on = ?,
                  issued_on = ?, effective_on = ?, expires_on = ?, source = ? where id = ?""")
                .params(m.type(), m.title(), m.documentNumber(), m.organs(), date(m.adoptedOn()), date(m.issuedOn()),
                        date(m.effectiveOn()), date(m.expiresOn()), m.source(), id)
                .update();
    }

    void publish(String id) {
        jdbc.sql("update reg_document set state = 'PUBLISHED' where id = ? and state = 'DRAFT'").param(id).update();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Everything an import writes. */
    record Draft(String id, String type, String title, String documentNumber, String organs, Long ownerOrganId,
            LocalDate adoptedOn, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String source,
            String structure, String state, String preamble, String sourceFile, Instant importedAt, String importedBy,
            String annex, List<ParsedProvision> provisions, List<InjectionScanner.Finding> findings) {
    }

    record DocumentRow(String id, String type, String title, String documentNumber, String organs, Long ownerOrganId,
            LocalDate adoptedOn, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String source,
            String state, String importedBy, String sourceFile) {
    }

    record FindingRow(long id, String code, Integer line, String excerpt, String eid, String injected,
            String resolution, String replacement, String resolvedBy, Instant resolvedAt) {
    }
}

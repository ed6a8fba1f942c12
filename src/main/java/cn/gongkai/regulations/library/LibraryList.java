package cn.gongkai.regulations.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.validity.Validities;

/**
 * The library's list of published documents, filtered. Type, organ, year and text are SQL; the
 * text matches the title, the 文号 and any version of any provision's words with a plain
 * {@code LIKE} (the library holds hundreds of documents, not millions: a full-text index would buy
 * nothing measurable here, and search's Lucene index serves the site-wide search). Validity is
 * derived per day, so it is filtered after the SQL, by {@link Validities} for each candidate.
 */
@Component
class LibraryList {

    private final JdbcClient jdbc;
    private final Validities validities;

    LibraryList(JdbcClient jdbc, Validities validities) {
        this.jdbc = jdbc;
        this.validities = validities;
    }

    /** A list item; the contract's fields are always present, null when unknown (a law has no 文号). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Summary(String id, String title, String documentNumber, DocumentType type, Validity validity,
            String organ, LocalDate issuedOn) {

        public String path() {
            return "/regulations/" + id;
        }
    }

    record Page(List<Summary> items, int total, int page, int size, int pages) {
    }

    Page find(LibraryFilter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                select d.id, d.title, d.document_number, d.doc_type, d.organs, d.issued_on from reg_document d
                where d.state = 'PUBLISHED'""");
        List<Object> args = new ArrayList<>();
        if (filter.type() != null) {
            sql.append(" and d.doc_type = ?");
            args.add(filter.type().name());
        }
        if (filter.organ() != null) {
            sql.append(" and d.organs like ? escape '!'");
            args.add(like(filter.organ()));
        }
        if (filter.year() != null) {
            sql.append(" and d.issued_on >= ? and d.issued_on < ?");
            args.add(LocalDate.of(filter.year(), 1, 1));
            args.add(LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (filter.text() != null) {
            sql.append("""
                     and (d.title like ? escape '!' or d.document_number like ? escape '!' or exists (
                      select 1 from reg_provision_version v where v.document_id = d.id and v.body like ? escape '!'))""");
            String pattern = like(filter.text());
            args.add(pattern);
            args.add(pattern);
            args.add(pattern);
        }
        sql.append(" order by d.issued_on desc nulls last, d.id");
        List<Summary> all = jdbc.sql(sql.toString()).params(args)
                .query((rs, n) -> new Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                        DocumentType.valueOf(rs.getString(4)), null, rs.getString(5), LibraryDocuments.date(rs, 6)))
                .list();
        List<Summary> matching = new ArrayList<>();
        for (Summary s : all) {
            Validity v = validities.documentOn(s.id(), filter.on()).orElse(Validity.IN_FORCE);
            if (filter.validity() == null || filter.validity() == v) {
                matching.add(new Summary(s.id(), s.title(), s.documentNumber(), s.type(), v, s.organ(), s.issuedOn()));
            }
        }
        int pages = Math.max(1, (matching.size() + size - 1) / size);
        int at = Math.min(Math.max(1, page), pages);
        List<Summary> items = matching.subList(Math.min((at - 1) * size, matching.size()),
                Math.min(at * size, matching.size()));
        return new Page(List.copyOf(items), matching.size(), at, size, pages);
    }

    /** Organs that issued published documents, for the filter's choices. */
    List<String> organs() {
        return jdbc.sql("select distinct organs from reg_document where state = 'PUBLISHED' order by organs")
                .query(String.class).list();
    }

    private static String like(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}

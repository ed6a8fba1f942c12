package cn.gongkai.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what is public from publishing's tables, in batches (JdbcClient: the bulk path of
 * docs/architecture.md). A record is public while it has a published edition and is not
 * withdrawn; a record under revision stays public with its last published edition.
 */
@Component
class RecordSource {

    static final String PUBLIC = "r.published_edition is not null and r.state <> 'WITHDRAWN'";
    private static final String SELECT = """
            select r.id, r.organ_id, o.code, o.name, r.type, c.code, c.name, r.first_published_at, e.written_on,
                   r.index_number, e.title, e.document_number, e.body, e.validity
            from gov_record r
            join record_edition e on e.record_id = r.id and e.number = r.published_edition
            join organ o on o.id = r.organ_id
            left join catalog_entry c on c.id = r.catalog_entry_id
            where\s""" + PUBLIC;

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|li|tr|table|blockquote)>|<br\\s*/?>");

    private final JdbcClient jdbc;
    private final AttachmentText attachments;

    RecordSource(JdbcClient jdbc, AttachmentText attachments) {
        this.jdbc = jdbc;
        this.attachments = attachments;
    }

    /** The record as the public sees it now, or null when it is not (or no longer) public. */
    IndexedRecord find(long id) {
        List<IndexedRecord> found = read(jdbc.sql(SELECT + " and r.id = :id").param("id", id), id, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The next public records with an id above {@code afterId}, in id order. */
    List<IndexedRecord> batchAfter(long afterId, int size) {
        List<Long> ids = jdbc.sql("select r.id from gov_record r where " + PUBLIC + " and r.id > :after order by r.id"
                + " limit :size").param("after", afterId).param("size", size).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        return read(jdbc.sql(SELECT + " and r.id between :first and :last order by r.id").param("first", first)
                .param("last", last), first, last);
    }

    /** How many records are public: the work of a rebuild. */
    long countPublic() {
        return jdbc.sql("select count(*) from gov_record r where " + PUBLIC).query(Long.class).single();
    }

    /** Which of {@code ids} are public right now (a withdrawal is seen at once, even before the index has caught up). */
    List<Long> stillPublic(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.id from gov_record r where r.id in (:ids) and r.state <> 'WITHDRAWN'")
                .param("ids", ids).query(Long.class).list();
    }

    /**
     * A fingerprint of the public state of the database: the latest publication and the latest
     * withdrawal (every change of what is public moves one of them; records are never deleted).
     * Stored with each index commit and compared at start. Each maximum is one lookup in its own
     * index (publishing's V6_2), so the check costs the same at a million records as at ten.
     */
    String fingerprint() {
        Timestamp published = jdbc.sql("select max(last_published_at) from gov_record").query(Timestamp.class)
                .optional().orElse(null);
        Timestamp withdrawn = jdbc.sql("select max(withdrawn_at) from gov_record").query(Timestamp.class)
                .optional().orElse(null);
        return instant(published) + "|" + instant(withdrawn);
    }

    private List<IndexedRecord> read(JdbcClient.StatementSpec sql, long first, long last) {
        Map<Long, String> files = attachments.textOf(first, last);
        List<IndexedRecord> out = new ArrayList<>();
        sql.query((ResultSet rs) -> {
            out.add(map(rs, files));
        });
        return out;
    }

    private static IndexedRecord map(ResultSet rs, Map<Long, String> files) throws SQLException {
        long id = rs.getLong(1);
        long organId = rs.getLong(2);
        String type = rs.getString(5);
        String catalogCode = rs.getString(6);
        java.sql.Date written = rs.getDate(9);
        return new IndexedRecord(id, organId, rs.getString(3), rs.getString(4), type, catalogCode,
                catalogCode == null ? null : catalogCode + " " + rs.getString(7), rs.getTimestamp(8).toInstant(),
                written == null ? null : written.toLocalDate(), rs.getString(10), rs.getString(11), rs.getString(12),
                text(rs.getString(13)), rs.getString(14), files.getOrDefault(id, ""),
                organId == 1L && !"OTHER".equals(type));
    }

    /** The visible text of sanitized HTML, paragraphs kept apart. */
    static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        String blocks = BLOCK_END.matcher(html).replaceAll("$0\n");
        return Jsoup.parse(blocks).wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n")
                .strip();
    }

    private static String instant(Timestamp t) {
        return t == null ? "-" : t.toInstant().toString();
    }
}

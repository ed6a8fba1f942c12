package cn.gongkai.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything public, in bulk, for whoever keeps a copy of it (search's index): each public
 * record's published edition with its metadata and attachments, which records are still public,
 * a change fingerprint of the public state, and the attachments' bytes. A record is public while
 * it has a published edition and is not withdrawn; a record under revision stays public with its
 * last published edition. Publishing alone reads its tables; {@link RecordPublished} and
 * {@link RecordWithdrawn} say when something changed.
 */
@Service
@Transactional(readOnly = true)
public class PublicCorpus {

    private static final String PUBLIC = "r.published_edition is not null and r.state <> 'WITHDRAWN'";
    private static final String SELECT = """
            select r.id, r.organ_id, o.code, o.name, r.type, c.code, c.name, r.first_published_at, e.written_on,
                   r.index_number, e.title, e.document_number, e.body, e.validity
            from gov_record r
            join record_edition e on e.record_id = r.id and e.number = r.published_edition
            join organ o on o.id = r.organ_id
            left join catalog_entry c on c.id = r.catalog_entry_id
            where\s""" + PUBLIC;

    /** A public record as published: {@code body} is the edition's sanitized HTML. */
    public record Entry(long id, long organId, String organCode, String organName, RecordType type,
            String catalogCode, String catalogName, Instant publishedAt, LocalDate writtenOn, String indexNumber,
            String title, String documentNumber, String body, Validity validity, List<File> files) {
    }

    /** An attachment of a public record; {@code sha256} identifies its content. */
    public record File(long id, long recordId, String fileName, String contentType, String sha256) {
    }

    private final JdbcClient jdbc;
    private final Path files;

    PublicCorpus(JdbcClient jdbc, @Value("${gongkai.data}") String data) {
        this.jdbc = jdbc;
        this.files = Path.of(data, "files");
    }

    /** The record as the public sees it now, or empty when it is not (or no longer) public. */
    public Optional<Entry> find(long id) {
        List<Entry> found = read(jdbc.sql(SELECT + " and r.id = :id").param("id", id), id, id);
        return found.stream().findFirst();
    }

    /** The next public records with an id above {@code afterId}, in id order, at most {@code size}. */
    public List<Entry> batchAfter(long afterId, int size) {
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

    /** How many records are public. */
    public long countPublic() {
        return jdbc.sql("select count(*) from gov_record r where " + PUBLIC).query(Long.class).single();
    }

    /** Which of {@code ids} are public right now (one primary-key query). */
    public List<Long> stillPublic(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.id from gov_record r where r.id in (:ids) and " + PUBLIC)
                .param("ids", ids).query(Long.class).list();
    }

    /**
     * A fingerprint of the public state: the latest publication and the latest withdrawal (every
     * change of what is public moves one of them; records are never deleted). Each maximum is one
     * lookup in its own index (V6_2), so it costs the same at a million records as at ten.
     */
    public String fingerprint() {
        Timestamp published = jdbc.sql("select max(last_published_at) from gov_record").query(Timestamp.class)
                .optional().orElse(null);
        Timestamp withdrawn = jdbc.sql("select max(withdrawn_at) from gov_record").query(Timestamp.class)
                .optional().orElse(null);
        return instant(published) + "|" + instant(withdrawn);
    }

    /** Only the files of the published edition (a revision draft's new files are not public). */
    private static final String PUBLISHED_EDITION = " and a.from_edition <= r.published_edition and (a.until_edition is null or a.until_edition > r.published_edition)";

    /** The stored bytes of a public record's attachment; the caller closes the stream. */
    public InputStream open(File file) throws IOException {
        String key = jdbc.sql("select a.storage_key from record_attachment a join gov_record r on r.id = a.record_id"
                + " where a.id = :id and " + PUBLIC + PUBLISHED_EDITION).param("id", file.id()).query(String.class).optional()
                .orElseThrow(() -> new IOException("attachment " + file.id() + " is not public"));
        return Files.newInputStream(files.resolve(key));
    }

    private List<Entry> read(JdbcClient.StatementSpec sql, long first, long last) {
        Map<Long, List<File>> attached = new HashMap<>();
        jdbc.sql("""
                select a.id, a.record_id, a.file_name, a.content_type, a.sha256 from record_attachment a
                join gov_record r on r.id = a.record_id
                where a.record_id between :first and :last""" + PUBLISHED_EDITION + " order by a.record_id, a.id")
                .param("first", first).param("last", last)
                .query((rs, n) -> new File(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list().forEach(f -> attached.computeIfAbsent(f.recordId(), k -> new ArrayList<>()).add(f));
        List<Entry> out = new ArrayList<>();
        sql.query((ResultSet rs) -> {
            out.add(map(rs, attached));
        });
        return out;
    }

    private static Entry map(ResultSet rs, Map<Long, List<File>> attached) throws SQLException {
        long id = rs.getLong(1);
        java.sql.Date written = rs.getDate(9);
        return new Entry(id, rs.getLong(2), rs.getString(3), rs.getString(4), RecordType.valueOf(rs.getString(5)),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                written == null ? null : written.toLocalDate(), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13), Validity.valueOf(rs.getString(14)), List.copyOf(attached.getOrDefault(id, List.of())));
    }

    private static String instant(Timestamp t) {
        return t == null ? "-" : t.toInstant().toString();
    }
}

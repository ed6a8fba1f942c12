package cn.gongkai.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log (SPEC M12). Each entry's hash covers its own fields
 * and the previous entry's hash, so altering or deleting any row breaks the chain at that row
 * ({@link AuditVerifier}). The hash is an HMAC-SHA256 under {@link AuditKey}, which is not in the
 * database: whoever can only write the database cannot recompute a valid chain. Entries written
 * before the key existed keep their plain SHA-256 and verify as such; the boundary
 * ({@code audit_head.keyed_from}) is sealed with the key the first time an entry is keyed.
 * Appends join the caller's transaction: a change that rolls back leaves no entry, and the head
 * row lock makes concurrent appends (also across nodes) strictly ordered.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKey key;

    AuditLog(JdbcClient jdbc, Clock clock, AuditKey key) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
    }

    /** Records an action by the current user (or {@code system} outside a request). */
    @Transactional
    public void record(String action, String subjectType, Object subjectId, String detail) {
        recordAs(currentActor(), action, subjectType, subjectId, detail);
    }

    @Transactional
    public void recordAs(String actor, String action, String subjectType, Object subjectId, String detail) {
        Head head = lockHead();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(head.seq() + 1, at, limit(actor, 100), limit(action, 100),
                limit(subjectType, 60), subjectId == null ? null : limit(subjectId.toString(), 100),
                limit(detail, 4000), head.hash(), null);
        String hash = hash(key, entry);
        jdbc.sql("""
                insert into audit_entry (seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash)
                values (:seq, :at, :actor, :action, :subjectType, :subjectId, :detail, :prevHash, :hash)""")
                .param("seq", entry.seq()).param("at", Timestamp.from(at)).param("actor", entry.actor())
                .param("action", entry.action()).param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId()).param("detail", entry.detail())
                .param("prevHash", entry.prevHash()).param("hash", hash).update();
        jdbc.sql("update audit_head set last_seq = :seq, last_hash = :hash where id = 1")
                .param("seq", entry.seq()).param("hash", hash).update();
    }

    /**
     * Locks the head row and, the first time, seals the boundary between plain and keyed entries:
     * every entry after the current last one is keyed.
     */
    @Transactional
    Head lockHead() {
        Head head = jdbc.sql("select last_seq, last_hash, keyed_from from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class))).single();
        if (head.keyedFrom() == null) {
            long from = head.seq() + 1;
            jdbc.sql("update audit_head set keyed_from = ?, keyed_seal = ? where id = 1")
                    .params(from, seal(key, from, head.hash())).update();
            head = new Head(head.seq(), head.hash(), from);
        }
        return head;
    }

    /** Seals the keyed boundary to the hash of the last plain entry. */
    static String seal(AuditKey key, long keyedFrom, String lastPlainHash) {
        return key.chain("keyed-from\u001f" + keyedFrom + "\u001f" + lastPlainHash);
    }

    /** HMAC-SHA256 under the audit key over every field and the previous hash. */
    static String hash(AuditKey key, AuditEntry e) {
        return key.chain(canonical(e));
    }

    /** Fields separated by a unit separator. */
    static String canonical(AuditEntry e) {
        return String.join("\u001f", String.valueOf(e.seq()), e.at().toString(), e.actor(), e.action(),
                String.valueOf(e.subjectType()), String.valueOf(e.subjectId()), String.valueOf(e.detail()),
                e.prevHash());
    }

    /** The plain SHA-256 of entries written before the chain was keyed. */
    static String plainHash(AuditEntry e) {
        String canonical = canonical(e);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
        }
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    record Head(long seq, String hash, Long keyedFrom) {
    }
}

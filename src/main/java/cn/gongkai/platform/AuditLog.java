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
 * ({@link AuditVerifier}). Appends join the caller's transaction: a change that rolls back leaves
 * no entry, and the head row lock makes concurrent appends (also across nodes) strictly ordered.
 */
@Service
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an action by the current user (or {@code system} outside a request). */
    @Transactional
    public void record(String action, String subjectType, Object subjectId, String detail) {
        recordAs(currentActor(), action, subjectType, subjectId, detail);
    }

    @Transactional
    public void recordAs(String actor, String action, String subjectType, Object subjectId, String detail) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(head.seq() + 1, at, limit(actor, 100), limit(action, 100),
                limit(subjectType, 60), subjectId == null ? null : limit(subjectId.toString(), 100),
                limit(detail, 4000), head.hash(), null);
        String hash = hash(entry);
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

    /** SHA-256 over every field and the previous hash, fields separated by a unit separator. */
    static String hash(AuditEntry e) {
        String canonical = String.join("\u001f", String.valueOf(e.seq()), e.at().toString(), e.actor(), e.action(),
                String.valueOf(e.subjectType()), String.valueOf(e.subjectId()), String.valueOf(e.detail()),
                e.prevHash());
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

    private record Head(long seq, String hash) {
    }
}

package cn.gongkai.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain and reports the first entry that does not verify: a changed row (its hash
 * no longer matches), a deleted row (a gap in the sequence or a broken link), or deleted tail rows
 * (the head records more entries than exist).
 */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Result of a verification; {@code firstBroken} and {@code reason} are null when valid. */
    public record Verification(boolean valid, long entries, Long firstBroken, String reason) {
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        AtomicLong count = new AtomicLong();
        AtomicReference<String> previous = new AtomicReference<>(AuditLog.GENESIS);
        AtomicReference<Verification> broken = new AtomicReference<>();
        try (Stream<AuditEntry> entries = jdbc.sql("select * from audit_entry order by seq")
                .query(AuditVerifier::map).stream()) {
            entries.takeWhile(e -> broken.get() == null).forEach(e -> {
                long expected = count.get() + 1;
                String reason = e.seq() != expected ? "MISSING_ENTRY"
                        : !e.prevHash().equals(previous.get()) ? "BROKEN_LINK"
                        : !AuditLog.hash(e).equals(e.hash()) ? "ALTERED_ENTRY" : null;
                if (reason != null) {
                    broken.set(new Verification(false, count.get(), Math.min(expected, e.seq()), reason));
                    return;
                }
                count.incrementAndGet();
                previous.set(e.hash());
            });
        }
        if (broken.get() != null) {
            return broken.get();
        }
        long headSeq = jdbc.sql("select last_seq from audit_head where id = 1").query(Long.class).single();
        if (headSeq != count.get()) {
            return new Verification(false, count.get(), count.get() + 1, "MISSING_ENTRY");
        }
        return new Verification(true, count.get(), null, null);
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}

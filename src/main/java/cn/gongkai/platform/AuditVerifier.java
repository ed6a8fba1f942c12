package cn.gongkai.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain and reports the first entry that does not verify: a changed row (its hash
 * no longer matches: plain SHA-256 before the sealed keyed boundary, HMAC under the audit key
 * from it on), a deleted row (a gap in the sequence or a broken link), deleted tail rows (the head
 * records more entries than exist), a moved boundary, or a history that no longer leads to a head
 * published earlier ({@link AuditHeads}): a chain recomputed with the key, after the head was
 * published, is caught there.
 */
@Service
public class AuditVerifier {

    private final JdbcClient jdbc;
    private final AuditKey key;
    private final AuditHeads heads;

    AuditVerifier(JdbcClient jdbc, AuditKey key, AuditHeads heads) {
        this.jdbc = jdbc;
        this.key = key;
        this.heads = heads;
    }

    /**
     * Result of a verification; {@code firstBroken} and {@code reason} are null when valid.
     * {@code publishedHeads} counts the published heads checked; {@code head} names the day of the
     * published head that the chain no longer matches.
     */
    public record Verification(boolean valid, long entries, Long firstBroken, String reason, Long keyedFrom,
            int publishedHeads, String head) {

        static Verification broken(long entries, long firstBroken, String reason, Long keyedFrom, int heads, String head) {
            return new Verification(false, entries, firstBroken, reason, keyedFrom, heads, head);
        }
    }

    /**
     * Reads the head, the published heads and every entry in one snapshot (repeatable read): on
     * PostgreSQL's default read-committed each statement would see its own moment, and entries
     * committed meanwhile by the obligation jobs made a sound chain look broken (MISSING_ENTRY).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        Boundary boundary = jdbc.sql("select last_seq, keyed_from, keyed_seal from audit_head where id = 1")
                .query((rs, n) -> new Boundary(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3))).single();
        List<AuditHeads.Head> published = heads.known();
        int checked = published.size();
        for (AuditHeads.Head h : published) {
            if (!heads.authentic(h)) {
                return Verification.broken(0, h.entries(), "FORGED_HEAD", boundary.keyedFrom(), checked, h.date().toString());
            }
        }
        Map<Long, List<AuditHeads.Head>> headsAt = new HashMap<>();
        published.forEach(h -> headsAt.computeIfAbsent(h.entries(), k -> new ArrayList<>()).add(h));
        Walk walk = new Walk(boundary, headsAt, checked);
        Verification broken = walk.check(0, AuditLog.GENESIS);
        if (broken == null) {
            try (Stream<AuditEntry> entries = jdbc.sql("select * from audit_entry order by seq")
                    .query(AuditVerifier::map).stream()) {
                broken = entries.map(walk::next).filter(v -> v != null).findFirst().orElse(null);
            }
        }
        if (broken == null && boundary.keyedFrom() != null && boundary.keyedFrom() > walk.count
                && boundary.lastSeq() == walk.count) {
            // no keyed entry yet: the seal must name the end of the chain, else the boundary was moved
            boolean sealed = boundary.keyedFrom() == walk.count + 1
                    && AuditKey.sameHash(AuditLog.seal(key, boundary.keyedFrom(), walk.previous), boundary.seal());
            if (!sealed) {
                broken = Verification.broken(walk.count, Math.min(boundary.keyedFrom(), walk.count + 1), "ALTERED_BOUNDARY",
                        boundary.keyedFrom(), checked, null);
            }
        }
        if (broken != null) {
            return broken;
        }
        long longest = published.stream().mapToLong(AuditHeads.Head::entries).max().orElse(0);
        if (boundary.lastSeq() != walk.count || longest > walk.count) {
            String day = published.stream().filter(h -> h.entries() > walk.count)
                    .max(Comparator.comparing(AuditHeads.Head::date)).map(h -> h.date().toString()).orElse(null);
            return Verification.broken(walk.count, walk.count + 1, "MISSING_ENTRY", boundary.keyedFrom(), checked, day);
        }
        return new Verification(true, walk.count, null, null, boundary.keyedFrom(), checked, null);
    }

    private record Boundary(long lastSeq, Long keyedFrom, String seal) {
    }

    /** The walk along the chain; each step returns the break it found, or null. */
    private final class Walk {

        private final Boundary boundary;
        private final Map<Long, List<AuditHeads.Head>> headsAt;
        private final int heads;
        private long count;
        private String previous = AuditLog.GENESIS;
        private long lastMatchedHead;

        Walk(Boundary boundary, Map<Long, List<AuditHeads.Head>> headsAt, int heads) {
            this.boundary = boundary;
            this.headsAt = headsAt;
            this.heads = heads;
        }

        Verification next(AuditEntry e) {
            long expected = count + 1;
            if (boundary.keyedFrom() != null && e.seq() == boundary.keyedFrom()
                    && !AuditKey.sameHash(AuditLog.seal(key, e.seq(), previous), boundary.seal())) {
                return Verification.broken(count, e.seq(), "ALTERED_BOUNDARY", boundary.keyedFrom(), heads, null);
            }
            boolean keyed = boundary.keyedFrom() != null && e.seq() >= boundary.keyedFrom();
            String hash = keyed ? AuditLog.hash(key, e) : AuditLog.plainHash(e);
            String reason = e.seq() != expected ? "MISSING_ENTRY"
                    : !e.prevHash().equals(previous) ? "BROKEN_LINK"
                    : !AuditKey.sameHash(hash, e.hash()) ? "ALTERED_ENTRY" : null;
            if (reason != null) {
                return Verification.broken(count, Math.min(expected, e.seq()), reason, boundary.keyedFrom(), heads, null);
            }
            count++;
            previous = e.hash();
            return check(count, previous);
        }

        /** Every head published at {@code entries} must name this hash and this boundary. */
        Verification check(long entries, String hash) {
            for (AuditHeads.Head h : headsAt.getOrDefault(entries, List.of())) {
                boolean sameBoundary = entries == 0 || (boundary.keyedFrom() != null && h.keyedFrom() == boundary.keyedFrom());
                if (!AuditKey.sameHash(h.headHash(), hash) || !sameBoundary) {
                    return Verification.broken(count, lastMatchedHead + 1, "PUBLISHED_HEAD_MISMATCH",
                            boundary.keyedFrom(), heads, h.date().toString());
                }
                lastMatchedHead = entries;
            }
            return null;
        }
    }

    static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}

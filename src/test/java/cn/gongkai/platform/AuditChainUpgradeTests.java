package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.gongkai.support.MutableClock;

/**
 * Upgrading a plain SHA-256 chain to the keyed one (issue 10 A.4): the entries written before the
 * key existed still verify, the first keyed entry seals the boundary, and neither the old entries
 * nor the boundary can be changed afterwards without the key.
 */
class AuditChainUpgradeTests {

    @TempDir
    Path data;

    JdbcClient jdbc;
    AuditKey key = new AuditKey("upgrade-test-key-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    AuditLog log;
    AuditHeads heads;
    AuditVerifier verifier;

    @BeforeEach
    void upgradeFromThePlainChain() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(db).locations("classpath:db/migration/platform").target("1.1").load().migrate();
        jdbc = JdbcClient.create(db);
        String previous = AuditLog.GENESIS;
        for (int seq = 1; seq <= 3; seq++) {
            previous = plainEntry(seq, previous);
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration/platform").load().migrate();
        log = new AuditLog(jdbc, clock, key);
        heads = new AuditHeads(jdbc, log, key, clock, data.toString());
        verifier = new AuditVerifier(jdbc, key, heads);
        log.recordAs("admin", "keyed.one", "test", 4, "after the upgrade");
        log.recordAs("admin", "keyed.two", "test", 5, null);
    }

    @Test
    void plainEntriesBeforeTheUpgradeAndKeyedOnesAfterItVerify() {
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.valid()).as(v.toString()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        assertThat(v.keyedFrom()).isEqualTo(4);
        assertThat(jdbc.sql("select hash from audit_entry where seq = 4").query(String.class).single())
                .isNotEqualTo(plainHashOf(4));
    }

    @Test
    void anAlteredPlainEntryIsStillFound() {
        jdbc.sql("update audit_entry set detail = 'changed' where seq = 2").update();
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(2);
        assertThat(v.reason()).isEqualTo("ALTERED_ENTRY");
    }

    @Test
    void movingTheBoundarySoThatKeyedEntriesPassAsPlainIsFound() {
        jdbc.sql("update audit_entry set detail = 'changed' where seq = 4").update();
        String previous = jdbc.sql("select hash from audit_entry where seq = 3").query(String.class).single();
        for (int seq = 4; seq <= 5; seq++) {
            jdbc.sql("update audit_entry set prev_hash = ? where seq = ?").params(previous, seq).update();
            previous = plainHashOf(seq);
            jdbc.sql("update audit_entry set hash = ? where seq = ?").params(previous, seq).update();
        }
        jdbc.sql("update audit_head set keyed_from = 6, last_hash = ? where id = 1").param(previous).update();
        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.valid()).isFalse();
        assertThat(v.reason()).isEqualTo("ALTERED_BOUNDARY");
    }

    @Test
    void theDayHeadIsPublishedOnceAndADowngradedHistoryNoLongerMatchesIt() {
        assertThat(heads.publish(LocalDate.of(2026, 3, 1))).isPresent();
        assertThat(heads.publish(LocalDate.of(2026, 3, 1))).as("a second node the same day").isEmpty();
        assertThat(heads.known()).hasSize(1);
        assertThat(verifier.verify().valid()).isTrue();

        jdbc.sql("update audit_head set keyed_from = null, keyed_seal = null where id = 1").update();
        String previous = jdbc.sql("select hash from audit_entry where seq = 3").query(String.class).single();
        for (int seq = 4; seq <= 5; seq++) {
            jdbc.sql("update audit_entry set prev_hash = ? where seq = ?").params(previous, seq).update();
            previous = plainHashOf(seq);
            jdbc.sql("update audit_entry set hash = ? where seq = ?").params(previous, seq).update();
        }
        jdbc.sql("update audit_head set last_hash = ? where id = 1").param(previous).update();
        jdbc.sql("delete from audit_published_head").update();

        AuditVerifier.Verification v = verifier.verify();
        assertThat(v.valid()).as("the head in the data folder's file still counts").isFalse();
        assertThat(v.reason()).isEqualTo("PUBLISHED_HEAD_MISMATCH");
        assertThat(v.head()).isEqualTo("2026-03-01");
    }

    /** Writes an entry the way the chain was written before it was keyed; returns its hash. */
    private String plainEntry(int seq, String previous) {
        Instant at = Instant.parse("2026-01-0" + seq + "T01:00:00Z");
        String hash = sha256(String.join("\u001f", String.valueOf(seq), at.toString(), "admin", "old.action", "test",
                String.valueOf(seq), "detail " + seq, previous));
        jdbc.sql("insert into audit_entry (seq, at, actor, action, subject_type, subject_id, detail, prev_hash, hash) "
                + "values (?, ?, 'admin', 'old.action', 'test', ?, ?, ?, ?)")
                .params(seq, Timestamp.from(at), String.valueOf(seq), "detail " + seq, previous, hash).update();
        jdbc.sql("update audit_head set last_seq = ?, last_hash = ? where id = 1").params(seq, hash).update();
        return hash;
    }

    private String plainHashOf(int seq) {
        AuditEntry e = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query(AuditVerifier::map).single();
        return sha256(String.join("\u001f", String.valueOf(e.seq()), e.at().toString(), e.actor(), e.action(),
                String.valueOf(e.subjectType()), String.valueOf(e.subjectId()), String.valueOf(e.detail()), e.prevHash()));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package cn.gongkai.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * The forged-chain attack (issue 10 A.4): whoever can write the database rewrites one entry's
 * detail and recomputes the chain. Without the key (plain SHA-256, as the old chain was) the
 * rewrite is found at that entry; with the key, it is found against the head published before.
 * Every test puts the log back as it was, since the context is shared.
 */
@WebTest
class AuditForgeryWebTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditKey key;

    @Autowired
    AuditHeads heads;

    @Value("${gongkai.data}")
    String data;

    ApiClient admin;
    List<Map<String, Object>> entries;
    Map<String, Object> head;
    List<Map<String, Object>> published;

    @BeforeEach
    void snapshot() {
        admin = new ApiClient(port).as("admin");
        entries = jdbc.sql("select * from audit_entry order by seq").query().listOfRows();
        head = jdbc.sql("select * from audit_head where id = 1").query().singleRow();
        published = jdbc.sql("select * from audit_published_head").query().listOfRows();
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @AfterEach
    void restore() {
        jdbc.sql("delete from audit_entry").update();
        entries.forEach(row -> jdbc.sql("insert into audit_entry (seq, at, actor, action, subject_type, subject_id, detail, "
                + "prev_hash, hash) values (:seq, :at, :actor, :action, :subject_type, :subject_id, :detail, :prev_hash, :hash)")
                .params(row).update());
        jdbc.sql("update audit_head set last_seq = :last_seq, last_hash = :last_hash, keyed_from = :keyed_from, "
                + "keyed_seal = :keyed_seal where id = 1").params(head).update();
        jdbc.sql("delete from audit_published_head").update();
        published.forEach(row -> jdbc.sql("insert into audit_published_head (head_day, entries, head_hash, keyed_from, key_id, "
                + "published_at, signature) values (:head_day, :entries, :head_hash, :keyed_from, :key_id, :published_at, :signature)")
                .params(row).update());
        assertThat(verify().get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRowRewrittenAndTheChainRecomputedWithPlainSha256IsFoundAtThatRow() {
        long target = lastSeq() - 2;
        jdbc.sql("update audit_entry set detail = 'nothing happened' where seq = ?").param(target).update();
        recomputeFrom(target, AuditForgeryWebTests::plainSha256);

        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("firstBroken").asLong()).isEqualTo(target);
        assertThat(v.get("reason").asString()).isEqualTo("ALTERED_ENTRY");
    }

    @Test
    void aDowngradeToAnAllPlainChainIsFoundAgainstThePublishedHead() {
        assertThat(heads.published()).as("the head published at start").isNotEmpty();
        jdbc.sql("update audit_entry set detail = 'nothing happened' where seq = 2").update();
        jdbc.sql("update audit_head set keyed_from = null, keyed_seal = null where id = 1").update();
        recomputeFrom(1, AuditForgeryWebTests::plainSha256);

        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("reason").asString()).isEqualTo("PUBLISHED_HEAD_MISMATCH");
        assertThat(v.get("firstBroken").asLong()).isEqualTo(1);
    }

    @Test
    void aRowRewrittenAndTheChainRecomputedWithTheKeyIsFoundAgainstAHeadPublishedBefore() throws Exception {
        AuditHeads.Head published = heads.publish(LocalDate.of(1999, 12, 31)).orElseThrow();
        assertThat(admin.get("/api/v1/public/audit/heads").body()).contains(published.headHash(), published.signature());
        assertThat(new ApiClient(port).get("/audit-heads").body()).contains("1999-12-31", published.headHash());
        assertThat(Files.readString(Path.of(data, "audit", "heads.jsonl"))).contains(published.signature());
        long target = published.entries() - 1;
        jdbc.sql("update audit_entry set detail = 'nothing happened' where seq = ?").param(target).update();
        recomputeFrom(target, e -> AuditLog.hash(key, e));

        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("reason").asString()).isEqualTo("PUBLISHED_HEAD_MISMATCH");
        assertThat(v.get("firstBroken").asLong()).isBetween(1L, target);
        assertThat(v.get("head").asString()).isNotNull();
    }

    @Test
    void aForgedPublishedHeadIsFound() {
        jdbc.sql("insert into audit_published_head (head_day, entries, head_hash, keyed_from, key_id, published_at, signature) "
                + "values ('1999-01-01', 1, ?, 1, ?, current_timestamp, ?)")
                .params("a".repeat(64), key.keyId(), "b".repeat(64)).update();
        JsonNode v = verify();
        assertThat(v.get("valid").asBoolean()).isFalse();
        assertThat(v.get("reason").asString()).isEqualTo("FORGED_HEAD");
    }

    private void recomputeFrom(long seq, Function<AuditEntry, String> hash) {
        List<AuditEntry> all = jdbc.sql("select * from audit_entry order by seq").query(AuditVerifier::map).list();
        String previous = seq == 1 ? AuditLog.GENESIS : all.get((int) seq - 2).hash();
        for (AuditEntry e : all.subList((int) seq - 1, all.size())) {
            AuditEntry relinked = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subjectType(), e.subjectId(),
                    e.detail(), previous, null);
            previous = hash.apply(relinked);
            jdbc.sql("update audit_entry set prev_hash = ?, hash = ? where seq = ?")
                    .params(relinked.prevHash(), previous, e.seq()).update();
        }
        jdbc.sql("update audit_head set last_hash = ? where id = 1").param(previous).update();
    }

    /** The attacker's own SHA-256 of an entry, as the chain was computed before it was keyed. */
    private static String plainSha256(AuditEntry e) {
        String canonical = String.join("\u001f", String.valueOf(e.seq()), e.at().toString(), e.actor(), e.action(),
                String.valueOf(e.subjectType()), String.valueOf(e.subjectId()), String.valueOf(e.detail()), e.prevHash());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }

    private JsonNode verify() {
        ApiClient.Response r = admin.get("/api/v1/audit/verify");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }
}

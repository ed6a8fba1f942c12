package cn.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the audit chain's head once a day where the database cannot rewrite it: signed with
 * the audit key, into the application log and the append-only file {@code <data>/audit/heads.jsonl},
 * and on the public site ({@code /audit-heads}). A history rewritten after a head was published no
 * longer leads to that head ({@link AuditVerifier}). The day's row in {@code audit_published_head}
 * (primary key) makes the publication single-run across nodes; a node publishes at 00:10 and at
 * start when the day has no head yet.
 */
@Service
public class AuditHeads {

    private static final Logger log = LoggerFactory.getLogger(AuditHeads.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AuditKey key;
    private final Clock clock;
    private final Path file;

    AuditHeads(JdbcClient jdbc, AuditLog audit, AuditKey key, Clock clock, @Value("${gongkai.data}") String data) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.key = key;
        this.clock = clock;
        this.file = Path.of(data).resolve("audit").resolve("heads.jsonl");
    }

    /** A published head: the chain had {@code entries} entries ending in {@code headHash}. */
    public record Head(LocalDate date, long entries, String headHash, long keyedFrom, String keyId,
            Instant publishedAt, String signature) {

        String canonical() {
            return String.join("\u001f", "gongkai-audit-head-v1", date.toString(), String.valueOf(entries), headHash,
                    String.valueOf(keyedFrom), keyId);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        publishDaily();
    }

    @Scheduled(cron = "${gongkai.audit.head-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    public void publishDaily() {
        try {
            publish(LocalDate.now(clock));
        }
        catch (RuntimeException e) {
            log.error("Publishing the audit chain head failed; the next run tries again", e);
        }
    }

    /** Publishes the current head as the head of {@code day}, unless that day has one (from any node). */
    @Transactional
    public Optional<Head> publish(LocalDate day) {
        if (jdbc.sql("select count(*) from audit_published_head where head_day = ?").param(Date.valueOf(day))
                .query(Long.class).single() > 0) {
            return Optional.empty();
        }
        AuditLog.Head chain = audit.lockHead();
        Head unsigned = new Head(day, chain.seq(), chain.hash(), chain.keyedFrom(), key.keyId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), null);
        Head head = new Head(day, unsigned.entries(), unsigned.headHash(), unsigned.keyedFrom(), unsigned.keyId(),
                unsigned.publishedAt(), key.sign(unsigned.canonical()));
        int inserted = jdbc.sql("""
                insert into audit_published_head (head_day, entries, head_hash, keyed_from, key_id, published_at, signature)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(Date.valueOf(day), head.entries(), head.headHash(), head.keyedFrom(), head.keyId(),
                        Timestamp.from(head.publishedAt()), head.signature()).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        String line = JSON.writeValueAsString(head);
        append(line);
        log.info("Audit chain head published: {}", line);
        return Optional.of(head);
    }

    /** Published heads, newest first (public). */
    @Transactional(readOnly = true)
    public List<Head> published() {
        return jdbc.sql("select * from audit_published_head order by head_day desc")
                .query((rs, n) -> new Head(rs.getDate("head_day").toLocalDate(), rs.getLong("entries"), rs.getString("head_hash"),
                        rs.getLong("keyed_from"), rs.getString("key_id"), rs.getTimestamp("published_at").toInstant(),
                        rs.getString("signature")))
                .list();
    }

    /** Every head known to this node: the file (which the database cannot touch) and the table, once each. */
    List<Head> known() {
        Map<String, Head> heads = new LinkedHashMap<>();
        for (Head h : fromFile()) {
            heads.putIfAbsent(h.date() + "/" + h.signature(), h);
        }
        for (Head h : published()) {
            heads.putIfAbsent(h.date() + "/" + h.signature(), h);
        }
        return new ArrayList<>(heads.values());
    }

    boolean authentic(Head head) {
        return key.keyId().equals(head.keyId()) && key.verify(head.canonical(), head.signature());
    }

    private List<Head> fromFile() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Head> heads = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    heads.add(JSON.readValue(line, Head.class));
                }
            }
            return heads;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}

package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 10 A.3, existing data: {@code V6_20} puts each file in the first edition published after
 * its upload, so a file uploaded to a revision draft that is still open leaves the live edition.
 */
class AttachmentEditionMigrationTests {

    @Test
    void existingFilesJoinTheFirstEditionPublishedAfterTheirUpload() {
        DriverManagerDataSource db = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        flyway(db, "6.2").migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        // record 1: published once, file uploaded before. Record 2: edition 1 public, revision 2 in
        // draft with a file uploaded after edition 1's publication. Record 3: revised and republished.
        record(jdbc, 1, "PUBLISHED", 1, 1);
        edition(jdbc, 1, 1, "2025-01-10T02:00:00Z");
        record(jdbc, 2, "DRAFT", 2, 1);
        edition(jdbc, 2, 1, "2025-01-10T02:00:00Z");
        record(jdbc, 3, "PUBLISHED", 2, 2);
        edition(jdbc, 3, 1, "2025-01-10T02:00:00Z");
        edition(jdbc, 3, 2, "2025-03-10T02:00:00Z");
        attachment(jdbc, 11, 1, "2025-01-09T02:00:00Z");
        attachment(jdbc, 21, 2, "2025-01-09T02:00:00Z");
        attachment(jdbc, 22, 2, "2025-02-01T02:00:00Z");
        attachment(jdbc, 31, 3, "2025-01-09T02:00:00Z");
        attachment(jdbc, 32, 3, "2025-02-01T02:00:00Z");

        flyway(db, "latest").migrate();

        Map<Long, Integer> from = new java.util.HashMap<>();
        jdbc.sql("select id, from_edition, until_edition from record_attachment").query((rs, n) -> {
            assertThat(rs.getObject(3)).as("no file leaves an edition by the migration").isNull();
            return from.put(rs.getLong(1), rs.getInt(2));
        }).list();
        assertThat(from).containsExactlyInAnyOrderEntriesOf(Map.of(11L, 1, 21L, 1, 22L, 2, 31L, 1, 32L, 2));
    }

    private static Flyway flyway(DriverManagerDataSource db, String target) {
        return Flyway.configure().dataSource(db).locations("classpath:db/migration").outOfOrder(true).target(target)
                .load();
    }

    private static void record(JdbcClient jdbc, long id, String state, int edition, int published) {
        jdbc.sql("""
                insert into gov_record (id, organ_id, drafter_id, drafter_name, title, type, validity, body, state,
                edition, published_edition, created_at, updated_at)
                values (:id, 1, 1, '起草人', :title, 'OTHER', 'IN_FORCE', '<p>正文</p>', :state, :edition, :published,
                current_timestamp, current_timestamp)""")
                .param("id", id).param("title", "迁移" + id).param("state", state).param("edition", edition)
                .param("published", published).update();
    }

    private static void edition(JdbcClient jdbc, long record, int number, String at) {
        jdbc.sql("""
                insert into record_edition (record_id, number, title, body, validity, published_at, published_by)
                values (:record, :number, '迁移', '<p>正文</p>', 'IN_FORCE', :at, 'sat-office')""")
                .param("record", record).param("number", number)
                .param("at", java.sql.Timestamp.from(java.time.Instant.parse(at))).update();
    }

    private static void attachment(JdbcClient jdbc, long id, long record, String at) {
        jdbc.sql("""
                insert into record_attachment (id, record_id, file_name, content_type, size_bytes, sha256, storage_key,
                uploaded_by, uploaded_at) values (:id, :record, 'a.pdf', 'application/pdf', 1, 'x', :key, 'd', :at)""")
                .param("id", id).param("record", record).param("key", "k" + id)
                .param("at", java.sql.Timestamp.from(java.time.Instant.parse(at))).update();
    }
}

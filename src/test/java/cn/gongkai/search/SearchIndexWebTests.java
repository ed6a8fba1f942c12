package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ConsoleSession;
import cn.gongkai.support.WebTest;

/** The index stays in step with the database: rebuilds, the start-up check and the event outbox. */
@WebTest
class SearchIndexWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    RecordSource source;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    IncompleteEventPublications incomplete;
    @org.springframework.beans.factory.annotation.Value("${gongkai.data}")
    String data;

    @Test
    void theIndexLivesInTheSameDataFolderAsEverythingElse() {
        assertThat(data).doesNotContain("${");
        assertThat(index.root()).isEqualTo(Path.of(data, "index").toAbsolutePath());
    }

    @Test
    void aRebuildRestoresTheIndexAfterItsFolderWasDeleted() throws IOException {
        SearchFixtures fixtures = new SearchFixtures(port);
        long id = fixtures.satPublishes("关于重建测试的通知", "税总发〔2020〕901号", "<p>重建测试专用词语青铜色的狐狸。</p>",
                "2020-05-06");
        fixtures.awaitFound(id, "青铜色的狐狸");
        awaitIdle();
        deleteFolder(index.root());

        ApiClient admin = fixtures.anonymous().as("admin");
        ApiClient.Response started = admin.post("/api/v1/search/rebuild", "");
        assertThat(started.status()).isEqualTo(202);
        awaitIdle();
        assertThat(admin.get("/api/v1/search/status").json().has("error")).as("rebuild failed").isFalse();
        assertThat(fixtures.finds(id, "青铜色的狐狸", "")).isTrue();
        assertThat(fixtures.finds(id, "〔2020〕901", "")).isTrue();
        assertThat(Files.exists(index.root().resolve("CURRENT"))).isTrue();
    }

    @Test
    void onlyAnAdministratorMayRebuild() {
        ApiClient anonymous = new ApiClient(port);
        assertThat(anonymous.post("/api/v1/search/rebuild", "").status()).isEqualTo(401);
        assertThat(anonymous.as("sat-office").post("/api/v1/search/rebuild", "").status()).isEqualTo(403);
        assertThat(anonymous.as("sat-office").get("/api/v1/search/status").status()).isEqualTo(403);
    }

    @Test
    void theConsolePageRebuildsAndShowsTheState() {
        ConsoleSession admin = ConsoleSession.login("http://127.0.0.1:" + port, "admin", ApiClient.DEMO_PASSWORD);
        ApiClient.Response page = admin.get("/console/search");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("重建索引").contains("可检索的信息数");
        ApiClient.Response posted = admin.form("/console/search", "/console/search/rebuild", "x=1");
        assertThat(posted.status()).isEqualTo(302);
        awaitIdle();
        assertThat(admin.get("/console/search").body()).contains("administrator");
        ConsoleSession office = ConsoleSession.login("http://127.0.0.1:" + port, "sat-office", ApiClient.DEMO_PASSWORD);
        assertThat(office.get("/console/search").status()).isEqualTo(403);
    }

    @Test
    void theStartUpCheckRebuildsAnIndexThatDisagreesWithTheDatabase() {
        awaitIdle();
        index.update(-1L, null, "stale|fingerprint");
        assertThat(index.fingerprint()).isNotEqualTo(source.fingerprint());
        maintenance.run(null);
        awaitIdle();
        assertThat(index.fingerprint()).isEqualTo(source.fingerprint());
    }

    @Test
    void anIncompleteEventPublicationIsDeliveredAgainAndTheRecordAppears() {
        SearchFixtures fixtures = new SearchFixtures(port);
        long id = fixtures.satPublishes("关于补投测试的通知", null, "<p>补投测试专用词语翡翠色的海鸥。</p>", "2021-07-08");
        fixtures.awaitFound(id, "翡翠色的海鸥");
        awaitIdle();
        // a crash after publishing's commit and before the index write: the index lacks the record and
        // the listener's publication is incomplete in the registry
        index.update(id, null, source.fingerprint());
        assertThat(fixtures.finds(id, "翡翠色的海鸥", "")).isFalse();
        int reopened = jdbc.sql("""
                update event_publication set completion_date = null, status = 'FAILED'
                where event_type like '%RecordPublished' and listener_id like '%IndexMaintenance%'
                  and serialized_event like :id""").param("id", "%\"recordId\":" + id + ",%").update();
        assertThat(reopened).isEqualTo(1);

        incomplete.resubmitIncompletePublications(p -> true);

        fixtures.awaitFound(id, "翡翠色的海鸥");
    }

    private void awaitIdle() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !maintenance.status().rebuilding());
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(Files.exists(folder)).isFalse();
    }
}

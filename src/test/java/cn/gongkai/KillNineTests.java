package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ChildApplication;
import cn.gongkai.support.Postgres;

/**
 * Issue 10 A.2: what the application acknowledged survives a {@code kill -9}. The application runs
 * in a child JVM (its own classes and dependencies, not the tests', started as {@code java -jar}
 * would start it, with the embedded defaults of {@code application.yml}); a few threads send
 * disclosure requests and publish records (each publication takes an index number) while the
 * process is killed with SIGKILL in mid-stream; it is restarted on the same data folder or schema,
 * and every acknowledged tracking code must answer and every acknowledged index number must still
 * belong to its record, never given to another. Two kills on H2, one on PostgreSQL: five starts of
 * the application, which is what the class's time is (291 s for both at a load average of 27 on
 * two cores; the H2 case failed on H2's default lazy writer with 3 of 67 tracking codes lost).
 */
class KillNineTests {

    /** How long the writers run after the first publication was acknowledged (the first ones are slow: a cold JVM). */
    private static final Duration LOAD = Duration.ofSeconds(2);
    private static final int WRITERS = 3;

    @Test
    void theEmbeddedDatabaseKeepsEveryAcknowledgedOperation() throws Exception {
        Path data = Files.createTempDirectory("gongkai-kill9-h2");
        try {
            survive(data, Map.of(), 2);
        }
        finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void postgreSqlKeepsEveryAcknowledgedOperation() throws Exception {
        Postgres.require();
        Path data = Files.createTempDirectory("gongkai-kill9-pg");
        try {
            survive(data, Map.of("GONGKAI_DB_URL", Postgres.freshSchemaUrl(), "GONGKAI_DB_USER", Postgres.USER), 1);
        }
        finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    /** What the application answered 201/200 for: tracking codes, and index numbers by record id. */
    private record Acknowledged(Set<String> trackingCodes, Map<Long, String> indexNumbers, List<String> numbersGiven) {
    }

    private void survive(Path data, Map<String, String> env, int kills) throws Exception {
        Acknowledged acked = new Acknowledged(ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>(),
                java.util.Collections.synchronizedList(new ArrayList<>()));
        for (int round = 0; round < kills; round++) {
            ChildApplication app = start(data, env, round);
            try {
                load(app, acked);
            }
            finally {
                app.kill();
            }
        }
        ChildApplication app = start(data, env, kills);
        try {
            assertThat(acked.trackingCodes()).as("acknowledged requests").isNotEmpty();
            assertThat(acked.indexNumbers()).as("acknowledged publications").isNotEmpty();
            ApiClient anonymous = new ApiClient(app.port());
            System.out.printf("kill -9 harness: %d kills, %d acknowledged requests, %d acknowledged publications%n", kills,
                    acked.trackingCodes().size(), acked.indexNumbers().size());
            List<String> lost = acked.trackingCodes().stream()
                    .filter(code -> anonymous.get("/api/v1/public/requests/" + code).status() != 200).toList();
            assertThat(lost).as("acknowledged tracking codes that no longer answer (of %d)", acked.trackingCodes().size())
                    .isEmpty();
            Map<Long, String> changed = new HashMap<>();
            acked.indexNumbers().forEach((id, number) -> {
                ApiClient.Response r = anonymous.get("/api/v1/public/records/" + id);
                String now = r.status() == 200 ? r.json().get("indexNumber").asString() : "HTTP " + r.status();
                if (!number.equals(now)) {
                    changed.put(id, number + " -> " + now);
                }
            });
            assertThat(changed).as("acknowledged publications whose index number is gone or changed (of %d)",
                    acked.indexNumbers().size()).isEmpty();
            Map<String, Long> given = acked.numbersGiven().stream()
                    .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
            assertThat(given.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                    .as("index numbers given out twice").isEmpty();
        }
        finally {
            app.kill();
        }
    }

    /** Writers send requests and publish records until the process is killed under them, {@link #LOAD} in. */
    private void load(ChildApplication app, Acknowledged acked) throws InterruptedException {
        ApiClient drafter = app.login("sat-drafter");
        ApiClient office = app.login("sat-office");
        // separation of duties: the one who reviewed does not also publish
        ApiClient publisher = app.login("sat-publisher");
        ApiClient anonymous = new ApiClient(app.port());
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger publications = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(WRITERS * 2);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writer(() -> {
                try {
                    for (int i = 0; !killed.get(); i++) {
                        ApiClient.Response r = anonymous.post("/api/v1/public/requests", application(writer, i));
                        if (r.status() == 201) {
                            acked.trackingCodes().add(r.json().get("trackingCode").asString());
                            requests.incrementAndGet();
                        }
                    }
                }
                catch (RuntimeException e) {
                    // once the process is gone, what was not answered is not acknowledged
                    if (!killed.get()) {
                        failure.compareAndSet(null, e);
                    }
                }
                finally {
                    done.countDown();
                }
            });
            writer(() -> {
                try {
                    for (int i = 0; !killed.get(); i++) {
                        publish(drafter, office, publisher, "断电测试 " + app.round() + "-" + writer + "-" + i, acked);
                        publications.incrementAndGet();
                    }
                }
                catch (RuntimeException | AssertionError e) {
                    if (!killed.get()) {
                        failure.compareAndSet(null, e);
                    }
                }
                finally {
                    done.countDown();
                }
            });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (publications.get() == 0 && failure.get() == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(LOAD.toMillis());
        // SIGKILL while the writers are in mid-stream: no shutdown hook, no flush, no close
        killed.set(true);
        app.kill();
        done.await();
        if (failure.get() != null) {
            throw new AssertionError("a writer failed before the kill: " + app.tail(), failure.get());
        }
        assertThat(requests.get()).as("requests acknowledged before the kill").isPositive();
        assertThat(publications.get()).as("publications acknowledged before the kill: %s", app.tail()).isPositive();
    }

    private static void writer(Runnable work) {
        Thread t = new Thread(work, "kill9-writer");
        t.setDaemon(true);
        t.start();
    }

    private static void publish(ApiClient drafter, ApiClient office, ApiClient publisher, String title,
            Acknowledged acked) {
        ApiClient.Response c = drafter.post("/api/v1/records", "{\"title\":\"" + title + "\",\"type\":\"OTHER\","
                + "\"attribute\":\"PROACTIVE\",\"body\":\"<p>" + title + "</p>\",\"catalogEntry\":\"12.01\"}");
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        long id = c.json().get("id").asLong();
        assertThat(drafter.post("/api/v1/records/" + id + "/submit", null).status()).isEqualTo(200);
        String state = "SUBMITTED";
        for (int i = 0; i < 4 && !"APPROVED".equals(state); i++) {
            ApiClient.Response r = office.post("/api/v1/records/" + id + "/review", "{\"decision\":\"approve\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            state = r.json().get("state").asString();
        }
        ApiClient.Response p = publisher.post("/api/v1/records/" + id + "/publish", null);
        assertThat(p.status()).as(p.body()).isEqualTo(200);
        String number = p.json().get("indexNumber").asString();
        acked.indexNumbers().put(id, number);
        acked.numbersGiven().add(number);
    }

    private static String application(int writer, int i) {
        return """
                {"applicantType":"NATURAL_PERSON","name":"王小明","idNumber":"440106199003071231",
                "phone":"13912345678","email":"xiaoming.wang@example.cn","address":"广州市天河区珠江新城华夏路8号",
                "organ":"guangdong","description":"断电测试申请 %d-%d：2025年增值税留抵退税办理情况统计表",
                "form":"ELECTRONIC","delivery":"ONLINE"}""".formatted(writer, i);
    }

    private static ChildApplication start(Path data, Map<String, String> env, int round) throws Exception {
        return ChildApplication.start(data, env, round, 384, Duration.ofSeconds(120),
                "--gongkai.requests.apply-burst=1000000", "--gongkai.requests.track-burst=1000000");
    }
}

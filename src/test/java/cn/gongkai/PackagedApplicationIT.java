package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.Postgres;

/**
 * The packaged jar as the README's run command starts it: from its ahead-of-time processed bean
 * definitions ({@code -Dspring.aot.enabled=true}), on a fresh data folder with H2, and on a fresh
 * PostgreSQL schema. Each run must serve the home page, report UP, load the demo data and accept
 * the demo credentials (run by failsafe after {@code package}, in {@code mvn verify}).
 */
class PackagedApplicationIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void startsOnH2WithItsDemoData() throws Exception {
        run(Map.of());
    }

    @Test
    void startsOnPostgreSql() throws Exception {
        Postgres.require();
        run(Map.of("GONGKAI_DB_URL", Postgres.freshSchemaUrl(), "GONGKAI_DB_USER", Postgres.USER, "GONGKAI_DEMO", "on"));
    }

    private void run(Map<String, String> env) throws Exception {
        Path data = Files.createTempDirectory("gongkai-packaged");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port,
                "--logging.file.name="));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("console.log").toFile());
        builder.environment().putAll(env);
        builder.environment().put("GONGKAI_DATA", data.toString());
        builder.environment().put("GONGKAI_DEMO_PASSWORD", ApiClient.DEMO_PASSWORD);
        Process app = builder.start();
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHome(app, base, data);
            // readiness is OUT_OF_SERVICE until the start-up runners (demo data) are done, then UP
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                    .pollInterval(java.time.Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(get(base + "/actuator/health").body()).contains("\"status\":\"UP\""));
            ApiClient.Response token = new ApiClient(port).post("/api/v1/auth/token",
                    "{\"username\":\"sat-office\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}");
            assertThat(token.status()).as(token.body()).isEqualTo(200);
            assertThat(new ApiClient(port).as("admin").get("/api/v1/audit/verify").body()).contains("\"valid\":true");
            awaitLine(data, "Demo records published");
            assertThat(Files.readString(data.resolve("console.log"))).as("a clean start")
                    .contains("Demo accounts created").doesNotContain(" ERROR ");
            app.destroy();
            assertThat(app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
            // stopped at once after the demo records, while their index updates may still run
            assertThat(Files.readString(data.resolve("console.log"))).as("a clean stop")
                    .contains("Closing JPA EntityManagerFactory").doesNotContain(" ERROR ");
        }
        finally {
            app.destroyForcibly();
            app.waitFor();
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    private static void awaitHome(Process app, String base, Path data) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the application exited: %s", tail(data)).isTrue();
            try {
                if (get(base + "/").statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no home page within 120 s: " + tail(data));
    }

    private static void awaitLine(Path data, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(data.resolve("console.log")).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within 60 s: " + tail(data));
            }
            Thread.sleep(200);
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String tail(Path data) throws IOException {
        String log = Files.readString(data.resolve("console.log"));
        return log.substring(Math.max(0, log.length() - 4000));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("gongkai-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run mvn verify"));
        }
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

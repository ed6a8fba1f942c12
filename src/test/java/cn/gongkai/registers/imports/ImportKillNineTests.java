package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.support.ApiClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 12, "killed mid-import (kill -9), the register holds none or all of the rows after
 * restart". The application runs in a child JVM on a temporary data folder (as
 * {@code cn.gongkai.KillNineTests} starts it); a 100,000-line A-grade list is posted and the
 * process is killed with SIGKILL as soon as the import reports lines read; after a restart (with a
 * short {@code stale-after}, so the recovery at start sees the dead heartbeat) the register holds
 * either none or all of the file's rows, and the import is ABORTED (or COMMITTED, had it finished).
 */
class ImportKillNineTests {

    private static final int LINES = 100_000;

    @Test
    void aKilledImportLeavesNoneOrAllOfItsRows() throws Exception {
        Path data = Files.createTempDirectory("gongkai-import-kill9");
        try {
            int before;
            Child app = Child.start(data, 0);
            try {
                before = publicRows(app);
                ApiClient publisher = app.login("sat-publisher");
                byte[] file = ImportFixture.utf8(ImportFixture.aGradeCsv(7_000_000, LINES, -1));
                AtomicReference<ApiClient.Response> answer = new AtomicReference<>();
                Thread upload = new Thread(() -> {
                    try {
                        answer.set(publisher.upload(RegisterImportWebTests.PATH, "十万.csv", file));
                    }
                    catch (RuntimeException killed) {
                        // the process died under the request: not acknowledged
                    }
                }, "kill9-import");
                upload.setDaemon(true);
                upload.start();
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (System.nanoTime() < deadline && answer.get() == null && linesRead(publisher) <= 0) {
                    Thread.onSpinWait();
                }
                assertThat(answer.get()).as("the import was still running when killed").isNull();
                app.kill();
                upload.join(10_000);
            }
            finally {
                app.kill();
            }
            Child again = Child.start(data, 1);
            try {
                int after = publicRows(again);
                System.out.printf("import kill -9: %d public rows before, %d after restart%n", before, after);
                assertThat(after).as("none or all of the %d rows", LINES).isIn(before, before + LINES);
                JsonNode imports = again.login("sat-publisher").get(RegisterImportWebTests.PATH).json().get("items");
                assertThat(imports).isNotEmpty();
                assertThat(imports.get(0).get("state").asString()).isIn("ABORTED", "COMMITTED");
                if (after == before) {
                    assertThat(imports.get(0).get("state").asString()).isEqualTo("ABORTED");
                }
            }
            finally {
                again.kill();
            }
        }
        finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(data);
        }
    }

    private static int linesRead(ApiClient publisher) {
        try {
            JsonNode items = publisher.get(RegisterImportWebTests.PATH).json().get("items");
            return items.isEmpty() ? 0 : items.get(0).get("linesRead").asInt();
        }
        catch (RuntimeException notYet) {
            return 0;
        }
    }

    private static int publicRows(Child app) {
        ApiClient.Response r = new ApiClient(app.port).get("/api/v1/public/registers/" + RegisterImportWebTests.A_GRADE
                + "/rows");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asInt();
    }

    /** The application in its own JVM, on the classes and dependencies it ships with. */
    private static final class Child {

        final Process process;
        final int port;
        final int round;
        final Path log;

        private Child(Process process, int port, int round, Path log) {
            this.process = process;
            this.port = port;
            this.round = round;
            this.log = log;
        }

        static Child start(Path data, int round) throws Exception {
            int port;
            try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path log = data.resolve("console-" + round + ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
                    GongkaiApplication.class.getName(), "--server.port=" + port, "--logging.file.name=",
                    "--gongkai.registers.imports.stale-after=1s"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("GONGKAI_DATA", data.toString());
            builder.environment().put("GONGKAI_DEMO", "on");
            builder.environment().put("GONGKAI_DEMO_PASSWORD", ApiClient.DEMO_PASSWORD);
            builder.environment().put("GONGKAI_ANTIROBOT", "off");
            Child child = new Child(builder.start(), port, round, log);
            child.awaitUp();
            return child;
        }

        ApiClient login(String user) {
            return new ApiClient(port).as(user);
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        private void awaitUp() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            ApiClient client = new ApiClient(port);
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("the application exited: %s", tail()).isTrue();
                try {
                    if (client.get("/actuator/health").body().contains("\"UP\"")
                            && (round > 0 || Files.readString(log).contains("Demo records published"))) {
                        return;
                    }
                }
                catch (RuntimeException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
            throw new AssertionError("not up within 180 s: " + tail());
        }

        String tail() {
            try {
                String text = Files.readString(log);
                return text.substring(Math.max(0, text.length() - 4000));
            }
            catch (IOException e) {
                return e.toString();
            }
        }

        private static String applicationClassPath() {
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            return Arrays.stream(cp.split(File.pathSeparator))
                    .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }
}

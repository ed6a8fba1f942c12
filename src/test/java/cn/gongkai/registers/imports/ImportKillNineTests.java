package cn.gongkai.registers.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.ChildApplication;
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
            ChildApplication app = start(data, 0);
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
            ChildApplication again = start(data, 1);
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

    private static int publicRows(ChildApplication app) {
        ApiClient.Response r = new ApiClient(app.port()).get("/api/v1/public/registers/" + RegisterImportWebTests.A_GRADE
                + "/rows");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asInt();
    }

    private static ChildApplication start(Path data, int round) throws Exception {
        return ChildApplication.start(data, java.util.Map.of(), round, 512, Duration.ofSeconds(180),
                "--gongkai.registers.imports.stale-after=1s");
    }
}

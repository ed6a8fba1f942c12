package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gongkai.GongkaiApplication;

/**
 * The application in its own JVM, on the classes and dependencies it ships with (the test
 * classes left out), on a given data folder with the demo on: what {@code kill -9} tests start,
 * kill with SIGKILL and start again. The first start ({@code round} 0) waits for the demo data.
 */
public final class ChildApplication {

    private final Process process;
    private final int port;
    private final int round;
    private final Path log;

    private ChildApplication(Process process, int port, int round, Path log) {
        this.process = process;
        this.port = port;
        this.round = round;
        this.log = log;
    }

    /**
     * Starts and waits until the application answers (and, in round 0, has loaded its demo data).
     *
     * @param env extra environment (e.g. a PostgreSQL URL)
     * @param heapMb the child's heap
     * @param upWithin how long a start may take on a loaded machine
     * @param arguments extra Spring Boot arguments ({@code --gongkai.…=…})
     */
    public static ChildApplication start(Path data, Map<String, String> env, int round, int heapMb,
            Duration upWithin, String... arguments) throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = data.resolve("console-" + round + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heapMb + "m", "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
                GongkaiApplication.class.getName(), "--server.port=" + port, "--logging.file.name="));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("GONGKAI_DATA", data.toString());
        builder.environment().put("GONGKAI_DEMO", "on");
        builder.environment().put("GONGKAI_DEMO_PASSWORD", ApiClient.DEMO_PASSWORD);
        builder.environment().put("GONGKAI_ANTIROBOT", "off");
        ChildApplication child = new ChildApplication(builder.start(), port, round, log);
        child.awaitUp(upWithin);
        return child;
    }

    public int port() {
        return port;
    }

    /** How many times the application was started on this data folder before (0: the first start). */
    public int round() {
        return round;
    }

    public ApiClient login(String user) {
        return new ApiClient(port).as(user);
    }

    /** SIGKILL, as the operating system or an operator's {@code kill -9} would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The last 4,000 characters of the child's console, for failure messages. */
    public String tail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        }
        catch (IOException e) {
            return e.toString();
        }
    }

    private void awaitUp(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
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
            // another process is starting up: there is no clock of ours to advance
            Thread.sleep(200);
        }
        throw new AssertionError("not up within " + within.toSeconds() + " s: " + tail());
    }

    /** The test JVM's class path without the test classes: what the packaged jar holds. */
    private static String applicationClassPath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(cp.split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }
}

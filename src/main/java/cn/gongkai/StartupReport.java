package cn.gongkai;

import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * {@code -Dgongkai.startup-report=true}: runs the application recording Spring's start-up steps
 * and prints the slowest ones (bean creations with their names, configuration parsing, the web
 * server) — what to look at first when the first page comes late (bench/startup).
 */
final class StartupReport {

    private static final int SHOWN = 40;

    private StartupReport() {
    }

    static boolean wanted() {
        return Boolean.getBoolean("gongkai.startup-report");
    }

    static void run(SpringApplication app, String[] args) {
        BufferingApplicationStartup steps = new BufferingApplicationStartup(50_000);
        app.setApplicationStartup(steps);
        app.run(args);
        steps.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
                .limit(SHOWN)
                .forEach(e -> System.out.printf("startup step %6d ms %s %s%n", e.getDuration().toMillis(),
                        e.getStartupStep().getName(),
                        StreamSupport.stream(e.getStartupStep().getTags().spliterator(), false)
                                .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(", "))));
    }
}

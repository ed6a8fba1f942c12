package cn.gongkai;

import java.nio.file.Path;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gongkai (公开): government-affairs openness for a tax administration. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Gongkai", sharedModules = "platform")
public class GongkaiApplication {

    /** Legal time is China Standard Time everywhere in the platform, whatever the host says. */
    public static final String ZONE = "Asia/Shanghai";

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
        // H2 refuses file paths relative to the working directory: make the data folder absolute.
        String data = System.getenv().getOrDefault("GONGKAI_DATA", "./data");
        System.setProperty("gongkai.data", Path.of(data.isBlank() ? "./data" : data).toAbsolutePath().normalize().toString());
        SpringApplication app = new SpringApplication(GongkaiApplication.class);
        if (StartupReport.wanted()) {
            StartupReport.run(app, args);
            return;
        }
        app.run(args);
    }
}

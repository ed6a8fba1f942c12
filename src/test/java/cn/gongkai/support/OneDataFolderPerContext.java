package cn.gongkai.support;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * The test profile gives each test context its own data folder,
 * {@code target/test-data/${random.uuid}}. A {@code random.*} placeholder yields a new value at
 * every lookup, so each {@code @Value("${gongkai.data}")} would get another folder (the search
 * index apart from the attachments). This resolves it once per context, just above the source
 * that declares it, so a test that sets {@code gongkai.data} itself still wins.
 */
public class OneDataFolderPerContext implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "gongkai.data";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if ("configurationProperties".equals(source.getName())) {
                continue;
            }
            Object raw = source.getProperty(PROPERTY);
            if (raw == null) {
                continue;
            }
            if (raw.toString().contains("${random.")) {
                environment.getPropertySources().addBefore(source.getName(), new MapPropertySource(
                        "gongkai-test-data-folder", Map.of(PROPERTY, environment.resolvePlaceholders(raw.toString()))));
            }
            return;
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

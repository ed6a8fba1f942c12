package cn.gongkai.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every key of the catalog, publishing and portal bundles exists in both languages and every key a template names exists. */
class PublishingI18nTests {

    static Properties bundle(String module, String suffix) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(PublishingI18nTests.class.getResourceAsStream(
                "/i18n/" + module + "/messages" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = { "catalog", "publishing", "portal" })
    void bothLanguagesHaveTheSameKeysAndTemplatesUseOnlyKnownKeys(String module) throws IOException {
        Properties zh = bundle(module, "");
        Properties en = bundle(module, "_en");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        Set<String> known = new HashSet<>();
        for (String m : new String[] { "platform", "catalog", "publishing", "portal" }) {
            known.addAll(bundle(m, "").stringPropertyNames());
        }
        Pattern key = Pattern.compile("#\\{([a-z][A-Za-z0-9_.]+)[}(]");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates", module))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    assertThat(known).as(f + " uses " + m.group(1)).contains(m.group(1));
                }
            }
        }
    }
}

package cn.gongkai.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import cn.gongkai.obligations.rulebook.PeriodKind;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.obligations.rulebook.RulebookLoader;
import cn.gongkai.organization.Role;

/** Both bundles hold the same keys, and every key the templates and the rulebook need exists. */
class ObligationsMessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates/obligations");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .isEqualTo(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyLiteralKeyOfTheTemplatesExists() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties platform = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/platform/messages.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            platform.load(in);
        }
        Pattern key = Pattern.compile("#\\{((?:obligations|platform)\\.[A-Za-z0-9.]+)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1)) && !platform.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromTheRulebookAndTheModelExists() throws IOException {
        Properties zh = bundle("messages.properties");
        List<String> needed = new ArrayList<>();
        for (Rule rule : new RulebookLoader(RuleIds.all()).load(new ClassPathResource("obligations/rulebook.yml"))
                .all()) {
            needed.add("obligations.trigger." + rule.trigger());
            needed.add(rule.period().messageKey());
            needed.add("obligations.role." + rule.role());
            if (rule.isPeriodic()) {
                needed.add("obligations.organs." + rule.organs());
            }
        }
        for (PeriodKind kind : PeriodKind.values()) {
            needed.add("obligations.period." + kind);
        }
        for (Role role : Role.values()) {
            needed.add("obligations.role." + role);
        }
        for (ObligationState state : ObligationState.values()) {
            needed.add("obligations.state." + state);
        }
        for (String action : List.of("opened", "fulfilled-partly", "fulfilled", "paused", "resumed", "restarted",
                "extended", "extension-refused", "pause-refused", "waived", "reminded", "escalated")) {
            needed.add("obligations.history." + action);
        }
        assertThat(needed).allSatisfy(k -> assertThat(zh).containsKey(k));
    }

    @Test
    void templatesUseNoInlineStyleOrScript() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("style=").doesNotContain("<script")
                        .doesNotContain("<style");
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(new ClassPathResource("i18n/obligations/" + name).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}

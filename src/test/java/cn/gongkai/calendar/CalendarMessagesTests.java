package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Both bundles carry every calendar key the code and templates use; templates hold no literal UI text. */
class CalendarMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/cn/gongkai/calendar");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/calendar");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(calendar\\.[A-Za-z]+(?:\\.[A-Za-z_]+)+)\"");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z.]+)");

    @Test
    void bothBundlesHaveTheSameCalendarKeys() throws IOException {
        Properties zh = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allMatch(k -> k.startsWith("calendar."));
        assertThat(zh.getProperty("calendar.error.yearUnknown")).isEqualTo("{0}年节假日安排尚未发布");
        assertThat(MessageFormat.format(en.getProperty("calendar.error.yearUnknown"), "2031"))
                .isEqualTo("The holiday arrangements for 2031 have not been published yet");
        // messages with arguments go through MessageFormat (messages without are used as they are)
        for (Properties bundle : List.of(zh, en)) {
            bundle.values().stream().map(Object::toString).filter(text -> text.matches("(?s).*\\{\\d.*"))
                    .forEach(MessageFormat::new);
        }
    }

    @Test
    void everyKeyTheCodeAndTemplatesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.list(SOURCES), Files.list(TEMPLATES))) {
            for (Path file : files.toList()) {
                Matcher m = (file.toString().endsWith(".java") ? KEY_IN_CODE : KEY_IN_TEMPLATE)
                        .matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (Explanation.Rule rule : Explanation.Rule.values()) {
            used.add(rule.messageKey());
        }
        for (Explanation.SkipReason reason : Explanation.SkipReason.values()) {
            used.add(new Explanation.SkippedDay(null, reason, null).messageKey());
        }
        for (Explanation.AdjustmentReason reason : Explanation.AdjustmentReason.values()) {
            used.add(new Explanation.Adjustment(reason, null, null, null, null).messageKey());
        }
        used.removeIf(k -> k.startsWith("platform."));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (Path file : files.toList()) {
                Document page = Jsoup.parse(Files.readString(file));
                for (Element element : page.getAllElements()) {
                    boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
                            || element.hasAttr("th:replace");
                    for (TextNode text : element.textNodes()) {
                        if (!replaced && text.text().codePoints().anyMatch(Character::isLetter)) {
                            literals.add(file.getFileName() + ": " + text.text().strip());
                        }
                    }
                    for (String attribute : List.of("title", "placeholder", "alt", "aria-label")) {
                        if (element.hasAttr(attribute)) {
                            literals.add(file.getFileName() + ": @" + attribute);
                        }
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CalendarMessagesTests.class.getResourceAsStream("/i18n/calendar/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

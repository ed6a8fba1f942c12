package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Every UI text comes from the message bundles: each key exists in zh-CN and English, every key a
 * template names exists, and no template holds literal text that a translator would miss.
 */
class I18nTests {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

    @Test
    void bothBundlesHoldTheSameKeys() throws IOException {
        try (Stream<Path> dirs = Files.list(BUNDLES)) {
            for (Path dir : dirs.toList()) {
                Set<String> zh = keys(dir.resolve("messages.properties"));
                Set<String> en = keys(dir.resolve("messages_en.properties"));
                assertThat(en).as("English keys of " + dir).isEqualTo(zh);
            }
        }
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> all = allKeys();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (m.find()) {
                if (!all.contains(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template));
            for (Element e : doc.getAllElements()) {
                if (replaced(e) || e.hasAttr("lang") || e.tagName().equals("script") || e.tagName().equals("style")) {
                    continue;
                }
                for (TextNode t : e.textNodes()) {
                    String text = t.text().strip();
                    if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetter)) {
                        literals.add(TEMPLATES.relativize(template) + ": <" + e.tagName() + "> " + text);
                    }
                }
            }
        }
        assertThat(literals).as("literal UI text in templates; use #{...} message keys").isEmpty();
    }

    /** Text of an element whose content Thymeleaf replaces is only a prototype placeholder. */
    private static boolean replaced(Element e) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x.hasAttr("th:text") || x.hasAttr("th:utext") || x.hasAttr("sec:authentication") || x.hasAttr("th:replace") || x.hasAttr("th:insert")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> all = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BUNDLES)) {
            for (Path p : files.filter(f -> f.getFileName().toString().equals("messages.properties")).toList()) {
                all.addAll(keys(p));
            }
        }
        return all;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}

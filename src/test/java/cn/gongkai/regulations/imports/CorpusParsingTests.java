package cn.gongkai.regulations.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.gongkai.platform.ChineseNumerals;
import cn.gongkai.regulations.ProvisionKind;

/**
 * Every corpus text (shared/reference/corpus, found by walking up from the working directory)
 * parses with its exact article count, counted here without the parser: lines after
 * {@code <!-- INFO END -->} that begin with 第…条 and a space, and the last of them must be
 * 第{count}条 spelled by {@link ChineseNumerals} (so no article was skipped or doubled).
 */
class CorpusParsingTests {

    private static final Pattern ARTICLE_LINE = Pattern.compile("^第[零一二三四五六七八九十百]+条[ \\u3000].*");

    static Path corpus() {
        String configured = System.getProperty("regulations.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/reference/corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("corpus not found: expected shared/reference/corpus/ in an ancestor of "
                + Path.of("").toAbsolutePath() + " (or set -Dregulations.corpus=DIR)");
    }

    static List<Path> corpusFiles() {
        try (Stream<Path> files = Files.walk(corpus())) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("SOURCES.md"))
                    .sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCorpusHasItsThirtyEightTexts() {
        assertThat(corpusFiles()).hasSize(38);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusTextParsesWithItsExactArticleCount() {
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> raw = lines(file);
            int expected = countArticles(raw);
            assertThat(expected).as("articles counted in the raw file").isPositive();

            ParsedText parsed = StructureParser.parse(TextImport.cleanLines(raw));
            List<ParsedProvision> articles = parsed.provisions().stream()
                    .filter(p -> p.kind() == ProvisionKind.ARTICLE).toList();
            assertThat(articles).hasSize(expected);
            assertThat(parsed.articles()).isEqualTo(expected);
            for (int i = 0; i < articles.size(); i++) {
                assertThat(articles.get(i).ordinal()).as("ordinal of article %d", i + 1).isEqualTo(i + 1);
                assertThat(articles.get(i).eid()).isEqualTo("art_" + (i + 1));
                assertThat(articles.get(i).num()).isEqualTo("第" + ChineseNumerals.of(i + 1) + "条");
            }
            List<ParsedProvision> empty = new ArrayList<>();
            for (ParsedProvision p : parsed.provisions()) {
                boolean hasChildren = parsed.provisions().stream().anyMatch(c -> p.eid().equals(c.parentEid()));
                if (p.body().isBlank() && p.heading() == null && !hasChildren) {
                    empty.add(p);
                }
            }
            assertThat(empty).as("provisions without text").isEmpty();
            assertThat(parsed.unparsed()).as("unparsed lines").isEmpty();

            MetadataRecovery.Metadata meta = MetadataRecovery.recover(parsed);
            assertThat(meta.title()).isEqualTo(raw.get(0).substring(2).strip());
            assertThat(meta.issuedOn()).as("issued").isNotNull();
            assertThat(meta.organs()).as("organs").isNotEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> noCorpusTextHasInjectedText() {
        return corpusFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            ParsedText parsed = StructureParser.parse(TextImport.cleanLines(lines(file)));
            assertThat(InjectionScanner.scan(parsed, List.of())).isEmpty();
        }));
    }

    @Test
    void aCountedParagraphLineIsNotMistakenForAnArticle() {
        ParsedText parsed = StructureParser.parse(List.of("第一条 总则。", "第二百零一条第一款所称的，依照本法。"));
        assertThat(parsed.articles()).isEqualTo(1);
        assertThat(parsed.provisions()).extracting(ParsedProvision::eid).containsExactly("art_1", "art_1__para_1",
                "art_1__para_2");
    }

    static int countArticles(List<String> raw) {
        int start = raw.indexOf("<!-- INFO END -->");
        List<String> body = raw.subList(start + 1, raw.size());
        List<String> articles = body.stream().filter(l -> ARTICLE_LINE.matcher(l).matches()).toList();
        if (!articles.isEmpty()) {
            String last = articles.get(articles.size() - 1);
            assertThat(last).as("the last article carries the count").startsWith("第" + ChineseNumerals.of(articles.size()) + "条");
        }
        return articles.size();
    }
}

package cn.gongkai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The real law texts kept in the project ({@code classpath:search/corpus}, 38 laws and regulations
 * with their sources in {@code SOURCES.md}): each law's title and its articles (条), the material
 * the scale-data generator composes records from.
 */
record Corpus(List<Law> laws) {

    /** A law: its title (without 中华人民共和国) and its articles, each "第X条 …". */
    record Law(String title, String shortTitle, List<String> articles) {
    }

    static Corpus load() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:search/corpus/**/*.md");
        List<Law> laws = new ArrayList<>();
        for (Resource file : files) {
            if ("SOURCES.md".equals(file.getFilename())) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                Law law = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (law != null && law.articles().size() >= 3) {
                    laws.add(law);
                }
            }
        }
        if (laws.isEmpty()) {
            throw new IOException("no law texts under classpath:search/corpus");
        }
        return new Corpus(List.copyOf(laws));
    }

    static Law parse(String text) {
        String title = null;
        List<String> articles = new ArrayList<>();
        StringBuilder current = null;
        boolean started = false;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (title == null && line.startsWith("# ")) {
                title = line.substring(2).strip();
            }
            else if (line.startsWith("<!-- INFO END")) {
                started = true;
            }
            else if (started && !line.isEmpty() && !line.startsWith("#")) {
                if (line.matches("^第[一二三四五六七八九十百零〇]+条.*")) {
                    if (current != null) {
                        articles.add(current.toString());
                    }
                    current = new StringBuilder(line);
                }
                else if (current != null) {
                    current.append('\n').append(line);
                }
            }
        }
        if (current != null) {
            articles.add(current.toString());
        }
        if (title == null) {
            return null;
        }
        return new Law(title, title.replace("中华人民共和国", ""), articles);
    }
}

package cn.gongkai.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * English names of the base catalogue's entries and categories
 * ({@code catalog/entry-names_en.properties}, keyed by the Chinese name), for the English UI.
 */
public final class EnglishEntryNames {

    private static final Map<String, String> NAMES = load();

    private EnglishEntryNames() {
    }

    /** {@code chinese} in the UI language: its English name when the UI is English and one is known. */
    public static String in(String chinese, Locale locale) {
        if (chinese == null || locale == null || !"en".equals(locale.getLanguage())) {
            return chinese;
        }
        return NAMES.getOrDefault(chinese, chinese);
    }

    private static Map<String, String> load() {
        Properties p = new Properties();
        try (InputStream in = EnglishEntryNames.class.getResourceAsStream("/catalog/entry-names_en.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> names = new HashMap<>();
        p.forEach((k, v) -> names.put((String) k, (String) v));
        return Map.copyOf(names);
    }
}

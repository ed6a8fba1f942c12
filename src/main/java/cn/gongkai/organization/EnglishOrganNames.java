package cn.gongkai.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * English names of the shipped organs ({@code organization/organ-names_en.properties}: code = full
 * name|short name), for the English UI. Reference data like the organs themselves; an organ added
 * later without an English name keeps its Chinese one.
 */
final class EnglishOrganNames {

    private static final Map<String, String[]> NAMES = load();

    private EnglishOrganNames() {
    }

    /** {full, short}, or null when the organ has no English name. */
    static String[] of(String code) {
        return NAMES.get(code);
    }

    private static Map<String, String[]> load() {
        Properties p = new Properties();
        try (InputStream in = EnglishOrganNames.class.getResourceAsStream("/organization/organ-names_en.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.HashMap<String, String[]> names = new java.util.HashMap<>();
        p.forEach((k, v) -> names.put((String) k, ((String) v).split("\\|", 2)));
        return Map.copyOf(names);
    }
}

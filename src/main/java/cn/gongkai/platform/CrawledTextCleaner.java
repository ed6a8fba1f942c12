package cn.gongkai.platform;

import java.util.regex.Pattern;

/**
 * Cleans text crawled from a web copy of a document (SPEC 7, reference/README.md): removes the
 * {@code @@} marks left where inline tags were stripped (word processors split runs at every
 * change of font) and sets half-width punctuation next to Chinese text (the copy turned ，；：（）
 * into ASCII) back to full width; ASCII elsewhere (URLs, numbers) is left alone. Used by
 * publishing's demo record and the regulations importer; it knows nothing about injected spam.
 */
public final class CrawledTextCleaner {

    private static final Pattern FULL_WIDTH_AFTER_HAN = Pattern.compile(
            "(?<=[\\p{IsHan}\\d”、）〕])[,;:)]|[,;:](?=[\\p{IsHan}“（])|\\((?=[\\p{IsHan}〔])");

    private CrawledTextCleaner() {
    }

    /** The clean text: no {@code @@}, full-width punctuation, paragraphs separated by one blank line. */
    public static String clean(String crawled) {
        String s = crawled.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(cleanLine(line)).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** One line cleaned, so that a caller can keep the line numbers of the source. */
    public static String cleanLine(String line) {
        String s = line.replace("@@", "");
        if (s.chars().noneMatch(c -> c == ',' || c == ';' || c == ':' || c == '(' || c == ')')) {
            return s;
        }
        return FULL_WIDTH_AFTER_HAN.matcher(s).replaceAll(m -> switch (m.group()) {
            case "," -> "，";
            case ";" -> "；";
            case ":" -> "：";
            case "(" -> "（";
            default -> "）";
        });
    }
}

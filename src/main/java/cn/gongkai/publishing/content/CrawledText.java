package cn.gongkai.publishing.content;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gongkai.platform.CrawledTextCleaner;

/**
 * Cleans text crawled from a web copy of a document (SPEC 7, reference/README.md): removes the
 * {@code @@} marks where inline tags were stripped, and undoes known injected spam by restoring
 * the wording of the official copies (hijacked government pages carry gambling and app spam;
 * SPEC M11); the general cleaning (the {@code @@} marks, full-width punctuation) is
 * {@link CrawledTextCleaner}'s.
 */
public final class CrawledText {

    /** Injected text → what official copies read there. */
    static final Map<String, String> KNOWN_INJECTIONS = new LinkedHashMap<>();

    static {
        KNOWN_INJECTIONS.put("互联网+乐动安卓app ”", "互联网+政务服务”");
        KNOWN_INJECTIONS.put("乐动安卓app ", "");
        KNOWN_INJECTIONS.put("乐动安卓app", "");
    }

    private CrawledText() {
    }

    /** The clean text: no {@code @@}, no known injection, paragraphs separated by one blank line. */
    public static String clean(String crawled) {
        String s = crawled.replace("\r\n", "\n").replace("@@", "");
        for (Map.Entry<String, String> e : KNOWN_INJECTIONS.entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return CrawledTextCleaner.clean(s);
    }
}

package cn.gongkai.regulations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that does not belong inside a legal sentence (hijacked pages carry app and gambling
 * spam; SPEC M11): URLs and domains, Latin-letter words with lower-case letters inside Chinese text
 * (an app or brand name such as 乐动安卓app, whose Chinese brand is taken with it), gambling and
 * app-download words, and whatever the source file hid (HTML display:none, DOCX w:vanish).
 * Legal Latin is left alone: upper-case abbreviations (CIF, WTO), single letters (A级), units and
 * symbols the texts use (pH), Roman numerals and digits.
 */
final class InjectionScanner {

    private static final Pattern URL = Pattern.compile(
            "(?i)(?:https?://|www\\.)[\\w./?=&%#:+~-]+|\\b[\\w-]+\\.(?:com|net|org|cc|vip|top|xyz|app|io|me|tv)\\b[\\w./?=&%#-]*");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Set<String> LEGAL_LATIN = Set.of("ph", "kg", "km", "kw", "mg", "ml", "cm", "mm", "db", "no", "id");
    private static final Set<String> APP_WORDS = Set.of("app", "apk", "ios");
    private static final Pattern SPAM = Pattern.compile(
            "博彩|赌场|娱乐城|百家乐|真人视讯|时时彩|六合彩|老虎机|棋牌游戏|体育投注|彩票投注|网上赌|在线赌|澳门威尼斯人|葡京|注册送彩金|下载安装");
    private static final int CONTEXT = 12;

    private InjectionScanner() {
    }

    /** One finding per injected passage; {@code hidden} are the passages the file itself hid. */
    static List<Finding> scan(ParsedText text, List<String> hidden) {
        List<Finding> findings = new ArrayList<>();
        for (ParsedProvision p : text.provisions()) {
            scan(p.eid(), p.body(), p.lines(), hidden, findings);
            if (p.heading() != null) {
                scan(p.eid(), p.heading(), p.lines(), hidden, findings);
            }
        }
        for (Line l : text.preamble()) {
            scan(null, l.text(), List.of(l.number()), hidden, findings);
        }
        return findings;
    }

    private static void scan(String eid, String body, List<Integer> lines, List<String> hidden, List<Finding> out) {
        String[] paragraphs = body.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            String s = paragraphs[i];
            int line = lines.isEmpty() ? 0 : lines.get(Math.min(i, lines.size() - 1));
            List<int[]> spans = new ArrayList<>();
            for (String h : hidden) {
                for (int at = s.indexOf(h); !h.isBlank() && at >= 0; at = s.indexOf(h, at + h.length())) {
                    spans.add(new int[] { at, at + h.length() });
                }
            }
            boolean ascii = s.chars().anyMatch(ch -> ch < 128 && Character.isLetter(ch));
            Matcher url = URL.matcher(ascii ? s : "");
            while (url.find()) {
                spans.add(new int[] { url.start(), url.end() });
            }
            Matcher latin = LATIN.matcher(ascii ? s : "");
            while (latin.find()) {
                String word = latin.group();
                String lower = word.toLowerCase(Locale.ROOT);
                boolean hasLower = !word.equals(word.toUpperCase(Locale.ROOT));
                if (APP_WORDS.contains(lower) || (hasLower && word.length() > 1 && !LEGAL_LATIN.contains(lower))) {
                    int start = latin.start();
                    if (APP_WORDS.contains(lower)) {
                        // the brand name in front of "app" (乐动安卓app): up to four Chinese characters
                        while (start > 0 && latin.start() - start < 4 && Character.UnicodeScript.of(s.codePointAt(start - 1))
                                == Character.UnicodeScript.HAN) {
                            start--;
                        }
                    }
                    spans.add(new int[] { start, latin.end() });
                }
            }
            Matcher spam = SPAM.matcher(s);
            while (spam.find()) {
                spans.add(new int[] { spam.start(), spam.end() });
            }
            for (int[] span : merge(spans)) {
                String injected = s.substring(span[0], span[1]).strip();
                if (injected.isEmpty()) {
                    continue;
                }
                String excerpt = (span[0] > CONTEXT ? "…" : "") + s.substring(Math.max(0, span[0] - CONTEXT),
                        Math.min(s.length(), span[1] + CONTEXT)) + (span[1] + CONTEXT < s.length() ? "…" : "");
                out.add(new Finding("INJECTED_TEXT", line, injected, excerpt, eid));
            }
        }
    }

    /** Overlapping or touching spans become one passage. */
    private static List<int[]> merge(List<int[]> spans) {
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], s[1]);
            }
            else {
                merged.add(new int[] { s[0], s[1] });
            }
        }
        return merged;
    }

    /** A finding before it is stored: {@code injected} is the exact passage a strip removes. */
    record Finding(String code, int line, String injected, String excerpt, String eid) {
    }
}

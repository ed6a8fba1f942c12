package cn.gongkai.requests.reports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two descriptions of wanted information are: the Jaccard similarity of their character
 * bigrams after normalization (NFKC, lower case, only letters and digits kept). Bigrams suit
 * Chinese, which has no spaces, and tolerate reordered phrases; 0.5 (the default threshold,
 * {@code gongkai.requests.similarity}) groups "2024年个人所得税汇算退税统计" with
 * "请公开2024年度个人所得税汇算清缴退税统计数据" but not with other taxes or years.
 */
public final class SimilarDescriptions {

    private SimilarDescriptions() {
    }

    static String normalize(String text) {
        String n = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase();
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    public static Set<String> bigrams(String text) {
        String n = normalize(text);
        Set<String> grams = new HashSet<>();
        int[] cps = n.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        if (cps.length == 1) {
            grams.add(n);
        }
        return grams;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}

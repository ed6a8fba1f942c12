package cn.gongkai.registers.flowcharts;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a box's text into lines that fit its width at 14 px: a Chinese character counts a full
 * em, other characters about half; Latin words are kept whole where they fit. Beyond
 * {@code maxLines} the last line ends in "…" (the text alternative always has the whole text).
 */
final class TextWrap {

    static final double EM = 14;

    private TextWrap() {
    }

    static double width(int codePoint) {
        return codePoint >= 0x2E80 ? EM : codePoint == ' ' ? EM * 0.3 : EM * 0.56;
    }

    static List<String> wrap(String text, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        double used = 0;
        for (String token : tokens(text.strip().replaceAll("\\s+", " "))) {
            double w = token.codePoints().mapToDouble(TextWrap::width).sum();
            if (used + w > maxWidth && line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                used = 0;
                if (token.equals(" ")) {
                    continue;
                }
            }
            if (w > maxWidth) {
                // a single word longer than the line: cut it by characters
                for (int c : token.codePoints().toArray()) {
                    if (used + width(c) > maxWidth && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.appendCodePoint(c);
                    used += width(c);
                }
                continue;
            }
            line.append(token);
            used += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString().stripTrailing());
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            String last = kept.get(maxLines - 1);
            int cut = last.offsetByCodePoints(0, Math.max(0, last.codePointCount(0, last.length()) - 1));
            kept.set(maxLines - 1, last.substring(0, cut) + "…");
            return kept;
        }
        return lines;
    }

    /** A CJK character, a space, or a run of other characters. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            if (c >= 0x2E80 || c == ' ') {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(new String(Character.toChars(c)));
            }
            else {
                word.appendCodePoint(c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }
}

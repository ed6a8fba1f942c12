package cn.gongkai.regulations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A PDF's text layer breaks paragraphs at the page width: a line is joined to the one before
 * unless that one ends a sentence or a heading, or this one begins a numbered unit.
 * Page numbers alone on a line ("- 3 -", "3") are dropped.
 */
final class PdfParagraphs {

    private static final Pattern UNIT_START = Pattern.compile(
            "^(?:第[零〇一二三四五六七八九十百千两\\d]+[条章节编]|[零〇一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.．、]|附件|附表|#).*");
    private static final Pattern ENDS_PARAGRAPH = Pattern.compile(".*[。：；！？:;]$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\s]*\\d{1,4}[-—\\s]*$");
    private static final int SHORT_LINE = 24;

    private PdfParagraphs() {
    }

    static List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            boolean breakBefore = current == null || UNIT_START.matcher(line).matches()
                    || ENDS_PARAGRAPH.matcher(current).matches() || current.length() <= SHORT_LINE
                            && !current.toString().matches(".*[，、]$");
            if (breakBefore) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            else {
                current.append(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }
}

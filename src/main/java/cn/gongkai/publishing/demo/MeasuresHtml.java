package cn.gongkai.publishing.demo;

import org.jsoup.nodes.Entities;

import cn.gongkai.publishing.content.RichText;

/** Lays out the clean text of the notice and the Measures as HTML: the Measures' title and its parts as headings. */
final class MeasuresHtml {

    private MeasuresHtml() {
    }

    static String of(String clean) {
        StringBuilder html = new StringBuilder();
        for (String line : clean.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            String tag = l.equals("全面推进政务公开工作实施办法") ? "h2"
                    : l.matches("^[一二三四五六七八九十]+、.{2,30}$") ? "h3" : "p";
            html.append('<').append(tag).append('>').append(Entities.escape(l)).append("</").append(tag).append(">\n");
        }
        return RichText.sanitize(html.toString());
    }
}

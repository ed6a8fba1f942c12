package cn.gongkai.regulations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.regulations.ProvisionKind;

/**
 * Reads cleaned lines into the provision tree (eIds as REG-PLAN says: {@code art_33},
 * {@code art_33__para_2__point_3}, {@code chp_1__sec_2}, {@code part_1__point_1}). Two layouts:
 * the corpus Markdown ({@code # title}, header lines, {@code <!-- INFO END -->}, {@code ## 第一章},
 * one paragraph per line) and plain text (title, dates and signature found among the lines before
 * the first unit). A 条 holds its 款 (every following unnumbered line), a 款 its 项 （一）, a 项 its
 * 目 1.; a normative document numbered 一、（一）1. holds parts, items and subitems and appends
 * unnumbered lines to the innermost one. Everything from a 附件/附表 line after the body on is the annex.
 */
final class StructureParser {

    private static final String NUM = "[零〇一二三四五六七八九十百千两]+";
    private static final Pattern ARTICLE = Pattern.compile("^第(" + NUM + "|\\d+)条(?:之(" + NUM + "))?(?:[\\s\\u3000]+(.*))?$");
    private static final Pattern DIVISION = Pattern.compile("^第(" + NUM + "|\\d+)([编章节])(?:[\\s\\u3000]*(.*))?$");
    private static final Pattern PART = Pattern.compile("^(" + NUM + ")、[\\s\\u3000]*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[（(](" + NUM + ")[）)][\\s\\u3000]*(.*)$");
    private static final Pattern SUBITEM = Pattern.compile("^(\\d{1,2})[.．、](?!\\d)[\\s\\u3000]*(.*)$");
    private static final Pattern ANNEX = Pattern.compile("^(?:附件|附表|附录)[一二三四五六七八九十\\d]*(?:[：:\\s\\u3000]|$).*|^附[：:].*");
    private static final Pattern DOC_NUMBER_LINE = Pattern.compile("^" + DocumentNumbers.PATTERN + "$");
    private static final Pattern HEADER = Pattern.compile("^" + TextDates.DATE
            + ".{0,200}?(?:通过|公布|发布|修正|修订|施行|批准|印发)[）)]?$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；：，！？;:,]$");

    private final List<Line> header = new ArrayList<>();
    private final List<Line> signature = new ArrayList<>();
    private final List<Line> numberLines = new ArrayList<>();
    private final List<Line> preamble = new ArrayList<>();
    private final List<ParsedProvision> provisions = new ArrayList<>();
    private final List<Line> unparsed = new ArrayList<>();
    private final StringBuilder annex = new StringBuilder();
    private final java.util.Set<String> eids = new java.util.HashSet<>();
    private String title;

    private String book;
    private String chapter;
    private String section;
    private Unit article;
    private Unit part;
    private boolean inAnnex;

    private StructureParser() {
    }

    /** Lines as the source has them (index + 1 = line number), already cleaned of crawl artefacts. */
    static ParsedText parse(List<String> source) {
        StructureParser p = new StructureParser();
        p.read(source);
        return new ParsedText(p.title, p.header, p.signature, p.numberLines, p.preamble, p.provisions,
                p.annex.toString().strip(), p.unparsed);
    }

    private void read(List<String> source) {
        boolean markdown = source.stream().anyMatch(l -> l.strip().equals("<!-- INFO END -->"));
        boolean inHeader = markdown;
        for (int i = 0; i < source.size(); i++) {
            Line line = new Line(i + 1, normalize(source.get(i)));
            String text = line.text();
            if (text.isEmpty()) {
                continue;
            }
            if (inHeader) {
                if (text.equals("<!-- INFO END -->")) {
                    inHeader = false;
                }
                else if (text.startsWith("# ") && title == null) {
                    title = text.substring(2).strip();
                }
                else {
                    header.add(line);
                }
                continue;
            }
            if (inAnnex) {
                annex.append(text).append('\n');
                continue;
            }
            body(line, markdown);
        }
        flushArticle();
        flushPart();
    }

    private void body(Line line, boolean markdown) {
        String text = line.text();
        boolean heading = text.startsWith("#");
        String unmarked = heading ? text.replaceFirst("^#+\\s*", "") : text;
        boolean started = !provisions.isEmpty() || article != null || part != null;
        char c0 = text.charAt(0);
        if (started && c0 == '附' && ANNEX.matcher(text).matches()) {
            flushArticle();
            flushPart();
            inAnnex = true;
            annex.append(text).append('\n');
            return;
        }
        Matcher m;
        boolean di = unmarked.startsWith("第");
        if (di && (m = DIVISION.matcher(unmarked)).matches() && (heading || !SENTENCE_END.matcher(unmarked).find())
                && unmarked.length() <= 60) {
            division(line, m);
            return;
        }
        if (heading) {
            unparsed.add(line);
            return;
        }
        if (di && (m = ARTICLE.matcher(text)).matches()) {
            article(line, m);
            return;
        }
        if (article == null && "零〇一二三四五六七八九十".indexOf(c0) >= 0 && (m = PART.matcher(text)).matches()
                && ChineseNumber.parse(m.group(1)) > 0) {
            part(line, m);
            return;
        }
        if ((c0 == '（' || c0 == '(') && (m = ITEM.matcher(text)).matches()) {
            Unit container = article != null ? article.lastParagraph() : part;
            if (container == null) {
                front(line);
                return;
            }
            container.children.add(new Unit("（" + m.group(1) + "）", ChineseNumber.parse(m.group(1)), m.group(2), line));
            return;
        }
        if (Character.isDigit(c0) && (m = SUBITEM.matcher(text)).matches() && (article != null || part != null)) {
            Unit container = article != null ? article.lastParagraph() : part;
            Unit item = container.children.isEmpty() ? container : container.children.get(container.children.size() - 1);
            item.children.add(new Unit(m.group(1) + ".", Integer.parseInt(m.group(1)), m.group(2), line));
            return;
        }
        if (!HAN.matcher(text).find()) {
            unparsed.add(line);
            return;
        }
        if (text.length() <= 60 && (KnownOrgans.isOrganLine(text) || TextDates.isDateLine(text))) {
            signature.add(line);
            if (article == null && part == null) {
                preamble.add(line);
            }
            return;
        }
        if (article != null) {
            Unit first = article.lastParagraph();
            if (article.children.size() == 1 && first.text.isEmpty() && first.children.isEmpty()) {
                first.append(line); // "第一条" alone on its line: the next line is its text
            }
            else {
                article.children.add(new Unit("", article.children.size() + 1, text, line));
            }
            return;
        }
        if (part != null) {
            part.innermost().append(line);
            return;
        }
        front(line);
    }

    /** A line before the first unit: title, header, document number, signature or preamble. */
    private void front(Line line) {
        String text = line.text();
        if (DOC_NUMBER_LINE.matcher(text).matches()) {
            numberLines.add(line);
        }
        else if (HEADER.matcher(text).matches() && !text.contains("。")) {
            header.add(line);
        }
        else if (title == null && text.length() <= 80 && !SENTENCE_END.matcher(text).find()) {
            title = text;
        }
        else if (title != null && squeeze(text).equals(squeeze(title))) {
            return; // the title repeated above the text (the judicial interpretations)
        }
        else {
            preamble.add(line);
        }
    }

    private void division(Line line, Matcher m) {
        flushArticle();
        flushPart();
        int n = ChineseNumber.parse(m.group(1));
        String heading = m.group(3) == null ? null : m.group(3).replaceAll("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})", "").strip();
        String num = "第" + m.group(1) + m.group(2);
        switch (m.group(2)) {
            case "编" -> {
                book = add(line, "book_" + n, null, ProvisionKind.BOOK, num, n, heading, "");
                chapter = null;
                section = null;
            }
            case "章" -> {
                chapter = add(line, "chp_" + n, book, ProvisionKind.CHAPTER, num, n, heading, "");
                section = null;
            }
            default -> section = add(line, (chapter == null ? "" : chapter + "__") + "sec_" + n,
                    chapter != null ? chapter : book, ProvisionKind.SECTION, num, n, heading, "");
        }
    }

    private void article(Line line, Matcher m) {
        flushArticle();
        flushPart();
        int n = ChineseNumber.parse(m.group(1));
        String num = "第" + m.group(1) + "条" + (m.group(2) == null ? "" : "之" + m.group(2));
        String eid = "art_" + n + (m.group(2) == null ? "" : "-" + ChineseNumber.parse(m.group(2)));
        article = new Unit(num, n, "", line);
        article.eid = eid;
        String text = m.group(3) == null ? "" : m.group(3).strip();
        article.children.add(new Unit("", 1, text, line));
    }

    private void part(Line line, Matcher m) {
        flushPart();
        String rest = m.group(2).strip();
        boolean isHeading = rest.length() <= 40 && !rest.matches(".*[。；：].*");
        part = new Unit(m.group(1) + "、", ChineseNumber.parse(m.group(1)), isHeading ? "" : rest, line);
        part.heading = isHeading ? rest : null;
        part.eid = "part_" + part.ordinal;
    }

    private void flushArticle() {
        if (article == null) {
            return;
        }
        Unit a = article;
        article = null;
        String parent = section != null ? section : chapter != null ? chapter : book;
        boolean single = a.children.size() == 1;
        String eid = add(a.line, a.eid, parent, ProvisionKind.ARTICLE, a.num, a.ordinal, null,
                single ? a.children.get(0).text : "", single ? a.children.get(0).lines() : List.of(a.line.number()));
        for (Unit para : a.children) {
            String paraEid = eid;
            if (!single) {
                paraEid = add(para.line, eid + "__para_" + para.ordinal, eid, ProvisionKind.PARAGRAPH,
                        "第" + cn.gongkai.platform.ChineseNumerals.of(para.ordinal) + "款", para.ordinal, null, para.text,
                        para.lines());
            }
            items(para, paraEid);
        }
    }

    private void items(Unit container, String parentEid) {
        for (Unit item : container.children) {
            ProvisionKind kind = container.num.startsWith("（") ? ProvisionKind.SUBITEM : ProvisionKind.ITEM;
            String eid = add(item.line, parentEid + "__point_" + item.ordinal, parentEid, kind, item.num,
                    item.ordinal, null, item.text, item.lines());
            items(item, eid);
        }
    }

    private void flushPart() {
        if (part == null) {
            return;
        }
        Unit p = part;
        part = null;
        String eid = add(p.line, p.eid, null, ProvisionKind.PART, p.num, p.ordinal, p.heading, p.text, p.lines());
        items(p, eid);
    }

    private String add(Line line, String eid, String parent, ProvisionKind kind, String num, int ordinal,
            String heading, String body) {
        return add(line, eid, parent, kind, num, ordinal, heading, body, List.of(line.number()));
    }

    private String add(Line line, String eid, String parent, ProvisionKind kind, String num, int ordinal,
            String heading, String body, List<Integer> lines) {
        String unique = eid;
        if (!eids.add(unique)) {
            unparsed.add(line); // a number used twice: kept under a distinct eId, reported
            for (int k = 2; !eids.add(unique = eid + "-dup" + k); k++) {
                // next suffix
            }
        }
        provisions.add(new ParsedProvision(unique, parent, kind, num, ordinal, heading, body, lines));
        return unique;
    }

    /** Zero-width characters and the spaces that pad a line go; the words stay. */
    static String normalize(String line) {
        return line.replaceAll("[\\u200b\\u200c\\u200d\\ufeff\\u00ad]", "").replace('\u00a0', ' ').strip();
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000、，]", "");
    }

    /** A unit being read: an article (children = its 款), a 款 or part (children = 项), a 项 (children = 目). */
    private static final class Unit {
        final String num;
        final int ordinal;
        String text;
        String heading;
        final Line line;
        final List<Unit> children = new ArrayList<>();
        private final List<Integer> lineNumbers = new ArrayList<>();
        String eid;

        Unit(String num, int ordinal, String text, Line line) {
            this.num = num;
            this.ordinal = ordinal;
            this.text = text.strip();
            this.line = line;
            if (!this.text.isEmpty()) {
                lineNumbers.add(line.number());
            }
        }

        Unit lastParagraph() {
            return children.get(children.size() - 1);
        }

        /** The unit an unnumbered line continues: the last 目, else the last 项, else this one. */
        Unit innermost() {
            Unit u = this;
            while (!u.children.isEmpty()) {
                u = u.children.get(u.children.size() - 1);
            }
            return u;
        }

        void append(Line l) {
            text = text.isEmpty() ? l.text() : text + "\n" + l.text();
            lineNumbers.add(l.number());
        }

        List<Integer> lines() {
            return lineNumbers.isEmpty() ? List.of(line.number()) : List.copyOf(lineNumbers);
        }
    }
}

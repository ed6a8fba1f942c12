package cn.gongkai.regulations.validity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.regulations.EffectType;

/**
 * Reads what a notice's text says it does to other documents (a pure function; staff confirm what
 * it suggests). Recognised, sentence by sentence (。；and line ends):
 * <ul>
 * <li>{@code 第X条第Y款废止}, {@code 第X条、第Y条废止}, {@code 第X条第Y款第Z项废止} (also 同时/予以废止):
 * REPEAL of each provision, of the document named in 《》 just before, else the last one named;</li>
 * <li>{@code 《…》同时废止}, {@code 《…》全文废止}, {@code 《…》予以废止} (a 文号 in brackets may follow the
 * title; several titles joined by 和/、 all count): REPEAL of the whole document;</li>
 * <li>{@code 删去第X条}: REPEAL of the provision; {@code 第X条修改为：“…”}: AMEND with the quoted text;</li>
 * <li>{@code 自…起施行}: COMMENCE of the notice itself on that day; {@code 有效期至…}: EXPIRE of the
 * notice itself the day after.</li>
 * </ul>
 * A repeal's day is the day of a {@code 自…起} in its own sentence, else the notice's commencement
 * day, else {@code fallback} (null: the caller decides). A title 《国务院关于修改〈X〉的决定》 names X.
 */
final class NoticeReader {

    private static final String N = "[零〇一二三四五六七八九十百千两\\d]+";
    private static final String ADDRESS = "第(" + N + ")条(?:之(" + N + "))?(?:第(" + N + ")款)?(?:第(" + N + ")项)?";
    private static final Pattern ADDRESS_ONE = Pattern.compile(ADDRESS);
    private static final Pattern DATE = Pattern.compile(
            "([\\d〇零一二三四五六七八九]{4})年(" + N + ")月(" + N + ")日");
    private static final Pattern TITLE = Pattern.compile("《([^》]{2,200})》");
    private static final Pattern INNER_TITLE = Pattern.compile("〈([^〉]{2,200})〉");
    private static final Pattern AMEND = Pattern.compile("(?:将)?(" + ADDRESS + ")修改为[：:]?\\s*[“\"]([^”\"]{1,4000})[”\"]");
    private static final String DAY = "(?:[\\d〇零一二三四五六七八九]{4}年" + N + "月" + N + "日)";
    /** 废止, 同时废止, 自2025年3月1日起废止 … */
    private static final String MARKER = "(?:自" + DAY + "起)?(?:同时|予以|全文|即行|一并)?废止";
    private static final Pattern PROVISION_REPEAL = Pattern.compile(
            "((?:" + ADDRESS + ")(?:[、，,和及与](?:" + ADDRESS + "))*)(?:的规定)?" + MARKER);
    private static final Pattern DELETE = Pattern.compile("(?:删去|删除)((?:" + ADDRESS + ")(?:[、，,和及与](?:"
            + ADDRESS + "))*)");
    private static final Pattern TITLE_REPEAL = Pattern.compile("《#(\\d+)》(?:[（(][^）)]{1,60}[）)])?" + MARKER);
    private static final Pattern COMMENCE = Pattern.compile("自(" + DATE.pattern() + ")起(?:施行|执行|实施)");
    private static final Pattern FROM = Pattern.compile("自(" + DATE.pattern() + ")起");
    private static final Pattern EXPIRY = Pattern.compile("有效期至(" + DATE.pattern() + ")");

    /** One thing the text says: {@code title} null = the notice itself; {@code eid} null = the whole document. */
    record Reading(EffectType type, String title, String eid, LocalDate on, String newText, String sentence) {
    }

    private NoticeReader() {
    }

    static List<Reading> read(String text, LocalDate fallback) {
        List<Reading> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        LocalDate commencement = firstDate(COMMENCE, text);
        LocalDate defaultDay = commencement != null ? commencement : fallback;
        String context = null;
        // amendments first: their quoted new text may hold sentence ends and 废止 of its own
        StringBuilder rest = new StringBuilder();
        Matcher amend = AMEND.matcher(text);
        int last = 0;
        while (amend.find()) {
            String before = text.substring(last, amend.start());
            rest.append(before);
            context = lastTitle(before, context);
            String sentence = sentenceAround(text, amend.start(), amend.end());
            out.add(new Reading(EffectType.AMEND, context, eid(amend.group(1)), dayOf(sentence, defaultDay),
                    amend.group(amend.groupCount()).strip(), sentence));
            rest.append("。");
            last = amend.end();
        }
        rest.append(text.substring(last));
        context = null;
        for (String sentence : rest.toString().split("[。；;\\n]")) {
            String s = sentence.strip();
            if (s.isEmpty()) {
                continue;
            }
            context = readSentence(s, context, defaultDay, out);
        }
        return out;
    }

    /** Reads one sentence; returns the document named last (the context of what follows). */
    private static String readSentence(String s, String context, LocalDate defaultDay, List<Reading> out) {
        List<String> titles = new ArrayList<>();
        Matcher t = TITLE.matcher(s);
        StringBuilder masked = new StringBuilder();
        while (t.find()) {
            titles.add(named(t.group(1)));
            t.appendReplacement(masked, "《#" + (titles.size() - 1) + "》");
        }
        t.appendTail(masked);
        String m = masked.toString();
        LocalDate day = dayOf(s, defaultDay);
        Matcher c = COMMENCE.matcher(m);
        if (c.find()) {
            out.add(new Reading(EffectType.COMMENCE, null, null, date(c.group(1)), null, s));
        }
        Matcher e = EXPIRY.matcher(m);
        if (e.find() && date(e.group(1)) != null) {
            out.add(new Reading(EffectType.EXPIRE, null, null, date(e.group(1)).plusDays(1), null, s));
        }
        Matcher p = PROVISION_REPEAL.matcher(m);
        boolean provisions = false;
        while (p.find()) {
            provisions = true;
            String title = titleBefore(m, p.start(), titles, context);
            addresses(p.group(1)).forEach(eid -> out.add(new Reading(EffectType.REPEAL, title, eid, day, null, s)));
        }
        Matcher d = DELETE.matcher(m);
        while (d.find()) {
            String title = titleBefore(m, d.start(), titles, context);
            addresses(d.group(1)).forEach(eid -> out.add(new Reading(EffectType.REPEAL, title, eid, day, null, s)));
        }
        Matcher r = TITLE_REPEAL.matcher(m);
        if (!provisions && r.find()) {
            // every title of the clause: 《A》和…《B》同时废止 (not one cited before a comma: 根据《X》，…)
            for (int i = 0; i <= Integer.parseInt(r.group(1)); i++) {
                String between = m.substring(m.indexOf("《#" + i + "》"), r.start());
                if (i == Integer.parseInt(r.group(1)) || !between.matches("(?s).*[，,：:].*")) {
                    out.add(new Reading(EffectType.REPEAL, titles.get(i), null, day, null, s));
                }
            }
        }
        return titles.isEmpty() ? context : titles.get(titles.size() - 1);
    }

    /** The title written right before the addresses ({@code 《#n》第三条…}), else the context. */
    private static String titleBefore(String masked, int start, List<String> titles, String context) {
        Matcher m = Pattern.compile("《#(\\d+)》(?:[（(][^）)]{1,60}[）)])?$").matcher(masked.substring(0, start));
        if (m.find()) {
            return titles.get(Integer.parseInt(m.group(1)));
        }
        return titles.isEmpty() ? context : titles.get(titles.size() - 1);
    }

    private static List<String> addresses(String list) {
        List<String> out = new ArrayList<>();
        Matcher a = ADDRESS_ONE.matcher(list);
        while (a.find()) {
            out.add(eid(a.group()));
        }
        return out;
    }

    /** 第三条之一第二款第三项 → art_3-1__para_2__point_3 (the plan's eId convention). */
    static String eid(String address) {
        Matcher a = ADDRESS_ONE.matcher(address);
        if (!a.find()) {
            throw new IllegalArgumentException(address);
        }
        StringBuilder eid = new StringBuilder("art_").append(number(a.group(1)));
        if (a.group(2) != null) {
            eid.append('-').append(number(a.group(2)));
        }
        if (a.group(3) != null) {
            eid.append("__para_").append(number(a.group(3)));
        }
        if (a.group(4) != null) {
            eid.append("__point_").append(number(a.group(4)));
        }
        return eid.toString();
    }

    /** A title naming another inside 〈〉 (a decision amending it) names that one. */
    private static String named(String title) {
        Matcher inner = INNER_TITLE.matcher(title);
        return inner.find() ? inner.group(1).strip() : title.strip();
    }

    private static String lastTitle(String text, String context) {
        String found = context;
        Matcher t = TITLE.matcher(text);
        while (t.find()) {
            found = named(t.group(1));
        }
        return found;
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && "。；;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, end).strip();
    }

    private static LocalDate dayOf(String sentence, LocalDate fallback) {
        LocalDate d = firstDate(FROM, sentence);
        return d != null ? d : fallback;
    }

    private static LocalDate firstDate(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? date(m.group(1)) : null;
    }

    static LocalDate date(String written) {
        Matcher m = DATE.matcher(written);
        if (!m.find()) {
            return null;
        }
        String y = m.group(1);
        StringBuilder year = new StringBuilder();
        for (char ch : y.toCharArray()) {
            year.append(Character.isDigit(ch) ? ch : (char) ('0' + digit(ch)));
        }
        try {
            return LocalDate.of(Integer.parseInt(year.toString()), number(m.group(2)), number(m.group(3)));
        }
        catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A number as written: 38, 三十八, 一百三十二, 一百零五, 十. */
    static int number(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(written);
        }
        int total = 0;
        int section = 0;
        int digit = 0;
        for (char ch : written.toCharArray()) {
            int unit = switch (ch) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> 0;
            };
            if (unit == 0) {
                digit = digit(ch);
            }
            else {
                section += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return total + section + digit;
    }

    private static int digit(char ch) {
        return switch (ch) {
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> Character.isDigit(ch) ? ch - '0' : 0;
        };
    }
}

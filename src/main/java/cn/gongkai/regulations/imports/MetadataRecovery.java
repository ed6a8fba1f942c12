package cn.gongkai.regulations.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.regulations.DocumentType;

/**
 * Title, 文号, organs, dates and type of a parsed text, from its header lines (dates with 通过,
 * 公布, 修正, 修订, 施行), its standalone 文号 and signature lines and its final provisions
 * (自…起施行, 有效期至…). Adopted = the first 通过; issued = the latest 公布/发布/修正/修订 or
 * signature date (else the latest 通过); effective = a 施行 header line, else the text's
 * 自…起施行 (自公布之日起施行 = issued); expiry = 有效期至.
 */
final class MetadataRecovery {

    private static final Pattern ISSUING = Pattern.compile("公布|发布|修正|修订|印发");
    private static final Pattern EFFECTIVE_BY_TEXT = Pattern.compile("自(" + TextDates.DATE + ")起(?:施行|执行|实施)");
    private static final Pattern EFFECTIVE_ON_ISSUE = Pattern.compile("自(?:公布|发布|印发)之日起(?:施行|执行|实施)");
    private static final Pattern EXPIRES = Pattern.compile("有效期至(" + TextDates.DATE + ")");
    private static final Pattern DECREE = Pattern.compile("(?:中华人民共和国)?[\\p{IsHan}]{1,12}令第?[\\d零〇一二三四五六七八九十百千]+号");

    private MetadataRecovery() {
    }

    static Metadata recover(ParsedText text) {
        String title = text.title() == null ? null : text.title().strip();
        List<String> headerTexts = text.header().stream().map(Line::text).toList();

        String number = text.numberLines().isEmpty() ? null
                : DocumentNumbers.normalize(text.numberLines().get(0).text());
        if (number == null) {
            for (String h : headerTexts) {
                Matcher m = DECREE.matcher(h);
                while (m.find()) {
                    number = m.group(); // the latest decree: the one that made the current text
                }
            }
        }

        List<String> organs = new ArrayList<>();
        if (!headerTexts.isEmpty()) {
            organs.addAll(KnownOrgans.in(headerTexts.get(0)));
        }
        for (int i = 1; organs.isEmpty() && i < headerTexts.size(); i++) {
            organs.addAll(KnownOrgans.in(headerTexts.get(i)));
        }
        if (organs.isEmpty()) {
            text.signature().stream().filter(l -> KnownOrgans.isOrganLine(l.text()))
                    .forEach(l -> KnownOrgans.in(l.text()).stream().filter(o -> !organs.contains(o)).forEach(organs::add));
        }
        if (organs.isEmpty() && title != null) {
            int about = title.indexOf("关于");
            if (about > 0) {
                organs.addAll(KnownOrgans.in(title.substring(0, about)));
            }
        }
        if (number != null && organs.isEmpty()) {
            organs.addAll(KnownOrgans.in(number));
        }

        LocalDate adopted = null;
        LocalDate issued = null;
        LocalDate effective = null;
        LocalDate latestAdoption = null;
        for (String h : headerTexts) {
            LocalDate d = TextDates.first(h);
            if (d == null) {
                continue;
            }
            String rest = h.replaceFirst("^" + TextDates.DATE, "");
            if (rest.contains("施行") && !ISSUING.matcher(rest).find() && !rest.contains("通过")) {
                effective = d;
                continue;
            }
            if (rest.contains("通过")) {
                adopted = adopted == null ? d : adopted;
                latestAdoption = later(latestAdoption, d);
            }
            if (ISSUING.matcher(rest).find()) {
                issued = later(issued, d);
            }
        }
        for (Line l : text.signature()) {
            if (TextDates.isDateLine(l.text())) {
                issued = later(issued, TextDates.parse(l.text()));
            }
        }
        if (issued == null) {
            issued = latestAdoption;
        }
        if (issued == null && adopted == null && !text.header().isEmpty()) {
            issued = text.header().stream().map(l -> TextDates.first(l.text())).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }

        String body = bodyText(text);
        if (effective == null) {
            Matcher m = EFFECTIVE_BY_TEXT.matcher(body);
            while (m.find()) {
                effective = TextDates.parse(m.group(1)); // the final provisions come last
            }
            if (effective == null && EFFECTIVE_ON_ISSUE.matcher(body).find()) {
                effective = issued;
            }
        }
        LocalDate expires = null;
        Matcher e = EXPIRES.matcher(body);
        if (e.find()) {
            expires = TextDates.parse(e.group(1));
        }
        return new Metadata(title, number, organs, adopted, issued, effective, expires,
                inferType(title, number, organs, headerTexts));
    }

    static DocumentType inferType(String title, String number, List<String> organs, List<String> header) {
        String t = title == null ? "" : title;
        String n = number == null ? "" : number;
        if (organs.contains("最高人民法院") || organs.contains("最高人民检察院") || n.startsWith("法释")
                || n.startsWith("高检发释") || t.startsWith("最高人民法院") || t.startsWith("最高人民检察院")) {
            return DocumentType.JUDICIAL_INTERPRETATION;
        }
        if (t.endsWith("法") && !t.endsWith("办法")) {
            return DocumentType.LAW;
        }
        boolean stateCouncil = organs.contains("国务院") || n.contains("国务院令")
                || header.stream().anyMatch(h -> h.contains("国务院令"));
        if (stateCouncil && t.matches(".*(条例|细则|办法|规定)$")) {
            return DocumentType.ADMINISTRATIVE_REGULATION;
        }
        if (n.matches(".*(总局|部|署)令第.*")) {
            return DocumentType.DEPARTMENTAL_RULE;
        }
        return DocumentType.NORMATIVE_DOCUMENT;
    }

    private static String bodyText(ParsedText text) {
        StringBuilder sb = new StringBuilder();
        text.provisions().forEach(p -> sb.append(p.body()).append('\n'));
        return sb.toString();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    /** What was recovered; any field may be null (organs empty) when the text does not say. */
    record Metadata(String title, String documentNumber, List<String> organs, LocalDate adoptedOn, LocalDate issuedOn,
            LocalDate effectiveOn, LocalDate expiresOn, DocumentType type) {
    }
}

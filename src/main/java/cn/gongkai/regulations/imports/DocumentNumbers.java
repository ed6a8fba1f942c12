package cn.gongkai.regulations.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 as documents write them: 税总发〔2017〕44号 (also with [] or 【】 brackets), 法释〔2024〕4号,
 * 国家税务总局令第X号, 中华人民共和国主席令第X号, 中华人民共和国国务院令第X号, 财政部令第X号.
 */
final class DocumentNumbers {

    static final String PATTERN = "(?:[\\p{IsHan}]{1,10}[〔\\[【(（]\\d{4}[〕\\]】)）]第?\\d+号"
            + "|(?:中华人民共和国)?[\\p{IsHan}]{1,12}令第?[\\d零〇一二三四五六七八九十百千]+号)";
    private static final Pattern ANY = Pattern.compile(PATTERN);

    private DocumentNumbers() {
    }

    /** Every 文号 in the text, brackets set to 〔〕, in order. */
    static List<String> in(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            found.add(normalize(m.group()));
        }
        return found;
    }

    static String normalize(String number) {
        return number.replaceAll("[\\[【(（](\\d{4})[\\]】)）]", "〔$1〕").strip();
    }
}

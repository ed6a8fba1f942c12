package cn.gongkai.regulations.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese documents write them: 2017年4月27日, 二〇一七年四月二十七日. */
final class TextDates {

    static final String DATE = "(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)";
    private static final Pattern ANY = Pattern.compile(DATE);
    private static final Pattern PARTS = Pattern.compile("(.+?)年(.+?)月(.+?)日");
    private static final Pattern DATE_ONLY = Pattern.compile("^" + DATE + "$");

    private TextDates() {
    }

    static List<LocalDate> all(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group());
            if (d != null) {
                dates.add(d);
            }
        }
        return dates;
    }

    static LocalDate first(String text) {
        List<LocalDate> dates = all(text);
        return dates.isEmpty() ? null : dates.get(0);
    }

    static boolean isDateLine(String line) {
        return DATE_ONLY.matcher(line.strip()).matches();
    }

    static LocalDate parse(String s) {
        Matcher m = PARTS.matcher(s.replaceAll("\\s", ""));
        if (!m.matches()) {
            return null;
        }
        String year = m.group(1);
        int y = year.chars().allMatch(Character::isDigit) ? Integer.parseInt(year) : digits(year);
        int mo = ChineseNumber.parse(m.group(2));
        int d = ChineseNumber.parse(m.group(3));
        try {
            return LocalDate.of(y, mo, d);
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    /** 二〇一七 is written digit by digit. */
    private static int digits(String year) {
        int y = 0;
        for (char c : year.toCharArray()) {
            y = y * 10 + Math.max(0, ChineseNumber.parse(String.valueOf(c == '〇' ? '零' : c)));
        }
        return y;
    }
}

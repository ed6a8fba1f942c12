package cn.gongkai.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a year's holiday notice, as shipped ({@code {year, days:[{date, name,
 * isOffDay}]}}) or as CSV ({@code date,name,isOffDay}, header optional). Every problem names its
 * place ({@code days[3].date}, {@code line 5.name}); all are reported at once (up to 20), and
 * nothing is accepted unless the whole file is valid.
 */
final class HolidayFiles {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_DAYS = 400;
    static final int MAX_NAME = 50;
    private static final int MAX_PROBLEMS = 20;

    /** The two accepted formats. */
    enum Format {
        JSON, CSV;

        /** From a content type or a file name; null when neither says JSON or CSV. */
        static Format of(String contentType, String fileName) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".json") || (name.isEmpty() && type.contains("json"))) {
                return JSON;
            }
            if (name.endsWith(".csv") || (name.isEmpty() && (type.contains("csv") || type.startsWith("text/plain")))) {
                return CSV;
            }
            return null;
        }
    }

    private HolidayFiles() {
    }

    /**
     * The validated notice of {@code year}.
     *
     * @throws GongkaiException 400 naming each problem
     */
    static HolidayYear parse(int year, Format format, byte[] content) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw GongkaiException.invalid("year", "calendar.upload.error.year", String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR));
        }
        if (format == null) {
            throw GongkaiException.invalid("file", "calendar.upload.error.format");
        }
        if (content == null || content.length == 0) {
            throw GongkaiException.invalid("file", "calendar.upload.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw GongkaiException.invalid("file", "calendar.upload.error.tooLarge", String.valueOf(MAX_BYTES / 1024));
        }
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Problems problems = new Problems();
        List<Located> days = format == Format.JSON ? json(year, text, problems) : csv(text, problems);
        check(year, days, problems);
        problems.throwIfAny();
        return new HolidayYear(year, days.stream().map(Located::day).toList());
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        }
        catch (CharacterCodingException e) {
            throw GongkaiException.invalid("file", "calendar.upload.error.encoding");
        }
    }

    private static List<Located> json(int year, String text, Problems problems) {
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(text);
        }
        catch (JacksonException e) {
            throw GongkaiException.invalid(e.getLocation() == null ? "file" : "line " + e.getLocation().getLineNr(),
                    "calendar.upload.error.json");
        }
        if (root == null || !root.isObject()) {
            throw GongkaiException.invalid("file", "calendar.upload.error.notObject");
        }
        JsonNode declared = root.get("year");
        if (declared != null && !(declared.isInt() && declared.intValue() == year)) {
            problems.add("year", "calendar.upload.error.yearMismatch", declared.toString(), String.valueOf(year));
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray()) {
            throw GongkaiException.invalid("days", "calendar.upload.error.daysArray");
        }
        List<Located> found = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            String at = "days[" + i + "]";
            JsonNode day = days.get(i);
            if (!day.isObject()) {
                problems.add(at, "calendar.upload.error.dayObject");
                continue;
            }
            JsonNode date = day.get("date");
            JsonNode name = day.get("name");
            JsonNode off = day.get("isOffDay");
            LocalDate parsed = date != null && date.isString() ? date(date.stringValue(), at + ".date", problems)
                    : problems.none(at + ".date", "calendar.upload.error.date");
            String label = name != null && name.isString() ? name(name.stringValue(), at + ".name", problems)
                    : problems.none(at + ".name", "calendar.upload.error.name", String.valueOf(MAX_NAME));
            if (off == null || !off.isBoolean()) {
                problems.add(at + ".isOffDay", "calendar.upload.error.isOffDay");
            }
            else if (parsed != null && label != null) {
                found.add(new Located(at, new HolidayYear.Day(parsed, label, off.booleanValue())));
            }
        }
        return found;
    }

    private static List<Located> csv(String text, Problems problems) {
        List<Located> found = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (first && line.replace(" ", "").replace("\"", "").equalsIgnoreCase("date,name,isOffDay")) {
                first = false;
                continue;
            }
            first = false;
            String at = "line " + (i + 1);
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                problems.add(at, "calendar.upload.error.columns");
                continue;
            }
            LocalDate date = date(unquote(cells[0]), at + ".date", problems);
            String name = name(unquote(cells[1]), at + ".name", problems);
            String off = unquote(cells[2]).toLowerCase(Locale.ROOT);
            if (!off.equals("true") && !off.equals("false")) {
                problems.add(at + ".isOffDay", "calendar.upload.error.isOffDay");
            }
            else if (date != null && name != null) {
                found.add(new Located(at, new HolidayYear.Day(date, name, off.equals("true"))));
            }
        }
        return found;
    }

    /** Rules on the whole list: not empty, not too long, dates in the year or its neighbours, no duplicates. */
    private static void check(int year, List<Located> days, Problems problems) {
        if (days.isEmpty() && problems.isEmpty()) {
            problems.add("days", "calendar.upload.error.noDays");
        }
        if (days.size() > MAX_DAYS) {
            problems.add("days", "calendar.upload.error.tooMany", String.valueOf(MAX_DAYS));
        }
        Map<LocalDate, String> seen = new HashMap<>();
        for (Located day : days) {
            LocalDate date = day.day().date();
            if (Math.abs(date.getYear() - year) > 1) {
                problems.add(day.at() + ".date", "calendar.upload.error.dateOutside", date.toString(),
                        String.valueOf(year));
            }
            String earlier = seen.putIfAbsent(date, day.at());
            if (earlier != null) {
                problems.add(day.at() + ".date", "calendar.upload.error.duplicate", date.toString(), earlier);
            }
        }
    }

    private static LocalDate date(String text, String at, Problems problems) {
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException e) {
            return problems.none(at, "calendar.upload.error.date");
        }
    }

    private static String name(String text, String at, Problems problems) {
        String name = text.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            return problems.none(at, "calendar.upload.error.name", String.valueOf(MAX_NAME));
        }
        return name;
    }

    private static String unquote(String cell) {
        String s = cell.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** A listed day and where it was found, for messages. */
    private record Located(String at, HolidayYear.Day day) {
    }

    /** Problems found so far; the first 20 are reported. */
    private static final class Problems {

        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, String key, Object... args) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(new FieldProblem(field, key, args));
            }
        }

        <T> T none(String field, String key, Object... args) {
            add(field, key, args);
            return null;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        void throwIfAny() {
            if (!list.isEmpty()) {
                throw GongkaiException.invalid(list);
            }
        }
    }
}

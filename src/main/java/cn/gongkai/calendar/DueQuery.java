package cn.gongkai.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;

/**
 * The query of {@code GET /api/v1/calendar/due}, checked: a start ({@code from}), exactly one
 * period parameter and optional pauses. Every problem names its parameter (400).
 */
record DueQuery(Period period, LocalDate start, ZonedDateTime startTime, List<Pause> pauses) {

    static final int MAX_DAYS = 3650;
    static final int MAX_HOURS = MAX_DAYS * 24;
    static final int MAX_PAUSES = 20;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;

    /** The period parameters, by name, as given (null = absent). */
    static DueQuery parse(String from, Map<String, String> periodParameters, List<String> pauseParameters) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> given = new LinkedHashMap<>();
        periodParameters.forEach((name, value) -> {
            if (value != null) {
                given.put(name, value);
            }
        });
        Period period = null;
        if (given.isEmpty()) {
            problems.add(new FieldProblem("period", "calendar.due.error.periodMissing"));
        }
        else if (given.size() > 1) {
            given.keySet().forEach(name -> problems.add(new FieldProblem(name, "calendar.due.error.periodTwice",
                    String.join(", ", given.keySet()))));
        }
        else {
            Map.Entry<String, String> only = given.entrySet().iterator().next();
            period = period(only.getKey(), only.getValue().strip(), problems);
        }
        ZonedDateTime startTime = start(from, period instanceof Period.Hours, problems);
        List<Pause> pauses = pauses(pauseParameters, period, problems);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        boolean hours = period instanceof Period.Hours;
        return new DueQuery(period, startTime.toLocalDate(), hours ? startTime : null, pauses);
    }

    private static Period period(String name, String value, List<FieldProblem> problems) {
        try {
            switch (name) {
                case "workingDays":
                    return new Period.WorkingDays(number(value, MAX_DAYS));
                case "days":
                    return new Period.CalendarDays(number(value, MAX_DAYS));
                case "hours":
                    return new Period.Hours(number(value, MAX_HOURS));
                case "dayOfNextMonth":
                    return new Period.DayOfNextMonth(number(value, 31));
                case "beforeMonthDay":
                    return beforeMonthDay(value, problems);
                case "within":
                    return within(value, problems);
                default:
                    throw new IllegalArgumentException("unknown period parameter " + name);
            }
        }
        catch (NumberFormatException e) {
            int max = name.equals("hours") ? MAX_HOURS : name.equals("dayOfNextMonth") ? 31 : MAX_DAYS;
            problems.add(new FieldProblem(name, "calendar.due.error.number", "1", String.valueOf(max)));
            return null;
        }
    }

    /** A whole number from 1 to {@code max}; anything else (also "+5", "1e3", huge values) is refused. */
    private static int number(String value, int max) {
        if (!value.matches("[0-9]{1,9}")) {
            throw new NumberFormatException(value);
        }
        int n = Integer.parseInt(value);
        if (n < 1 || n > max) {
            throw new NumberFormatException(value);
        }
        return n;
    }

    private static Period beforeMonthDay(String value, List<FieldProblem> problems) {
        try {
            MonthDay md = MonthDay.parse("--" + value);
            return new Period.BeforeMonthDay(md.getMonthValue(), md.getDayOfMonth());
        }
        catch (DateTimeParseException e) {
            problems.add(new FieldProblem("beforeMonthDay", "calendar.due.error.monthDay"));
            return null;
        }
    }

    private static Period within(String value, List<FieldProblem> problems) {
        if (value.equalsIgnoreCase("quarter")) {
            return new Period.QuarterEnd();
        }
        if (value.equalsIgnoreCase("year")) {
            return new Period.YearEnd();
        }
        problems.add(new FieldProblem("within", "calendar.due.error.within"));
        return null;
    }

    /** A date (start of that day) or a date-time, local to Asia/Shanghai or with an offset. */
    private static ZonedDateTime start(String from, boolean needsTime, List<FieldProblem> problems) {
        ZonedDateTime fallback = LocalDate.of(2000, 1, 1).atStartOfDay(WorkingCalendar.ZONE);
        if (from == null || from.isBlank()) {
            problems.add(new FieldProblem("from", "platform.error.required"));
            return fallback;
        }
        String text = from.strip();
        ZonedDateTime start = parse(text, s -> OffsetDateTime.parse(s).atZoneSameInstant(WorkingCalendar.ZONE));
        if (start == null) {
            start = parse(text, s -> LocalDateTime.parse(s).atZone(WorkingCalendar.ZONE));
        }
        if (start == null) {
            LocalDate date = parse(text, LocalDate::parse);
            if (date != null && needsTime) {
                problems.add(new FieldProblem("from", "calendar.due.error.dateTime"));
                return fallback;
            }
            start = date == null ? null : date.atStartOfDay(WorkingCalendar.ZONE);
        }
        if (start == null) {
            problems.add(new FieldProblem("from",
                    needsTime ? "calendar.due.error.dateTime" : "calendar.due.error.date"));
            return fallback;
        }
        if (start.getYear() < MIN_YEAR || start.getYear() > MAX_YEAR) {
            problems.add(new FieldProblem("from", "calendar.due.error.dateRange", String.valueOf(MIN_YEAR),
                    String.valueOf(MAX_YEAR)));
            return fallback;
        }
        return start;
    }

    private static List<Pause> pauses(List<String> values, Period period, List<FieldProblem> problems) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (period != null && !(period instanceof Period.WorkingDays || period instanceof Period.CalendarDays)) {
            problems.add(new FieldProblem("pause", "calendar.due.error.pauseNotAllowed"));
            return List.of();
        }
        if (values.size() > MAX_PAUSES) {
            problems.add(new FieldProblem("pause", "calendar.due.error.tooManyPauses", String.valueOf(MAX_PAUSES)));
            return List.of();
        }
        List<Pause> pauses = new ArrayList<>();
        for (String value : values) {
            String[] ends = value.strip().split("/", -1);
            LocalDate from = ends.length <= 2 ? parse(ends[0].strip(), LocalDate::parse) : null;
            LocalDate to = ends.length == 2 ? parse(ends[1].strip(), LocalDate::parse) : from;
            if (from == null || to == null || to.isBefore(from) || from.getYear() < MIN_YEAR
                    || to.getYear() > MAX_YEAR) {
                problems.add(new FieldProblem("pause", "calendar.due.error.pause"));
                return List.of();
            }
            pauses.add(new Pause(from, to));
        }
        return List.copyOf(pauses);
    }

    private static <T> T parse(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }
}

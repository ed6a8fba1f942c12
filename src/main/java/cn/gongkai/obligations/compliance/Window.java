package cn.gongkai.obligations.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.platform.GongkaiException;

/**
 * A reporting window of the dashboard by due date, in China time: a year ({@code 2026}), a
 * quarter ({@code 2026-Q3}) or a month ({@code 2026-11}). Not a deadline: only obligations are
 * sorted into it.
 */
record Window(Unit unit, int year, int number) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern SPEC = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(\\d{2}))?");

    enum Unit { YEAR, QUARTER, MONTH }

    /** @throws GongkaiException 400 naming {@code period} for anything but YYYY, YYYY-Qn or YYYY-MM */
    static Window parse(String spec, LocalDate today) {
        if (spec == null || spec.isBlank()) {
            return new Window(Unit.YEAR, today.getYear(), 0);
        }
        Matcher m = SPEC.matcher(spec.trim());
        if (!m.matches()) {
            throw GongkaiException.invalid("period", "obligations.error.period",
                    spec.length() > 20 ? spec.substring(0, 20) + "…" : spec);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw GongkaiException.invalid("period", "obligations.error.period", spec);
        }
        if (m.group(2) != null) {
            return new Window(Unit.QUARTER, year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            int month = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                throw GongkaiException.invalid("period", "obligations.error.period", spec);
            }
            return new Window(Unit.MONTH, year, month);
        }
        return new Window(Unit.YEAR, year, 0);
    }

    YearMonth firstMonth() {
        return switch (unit) {
            case YEAR -> YearMonth.of(year, 1);
            case QUARTER -> YearMonth.of(year, number * 3 - 2);
            case MONTH -> YearMonth.of(year, number);
        };
    }

    Instant from() {
        return firstMonth().atDay(1).atStartOfDay(CHINA).toInstant();
    }

    /** The first instant after the window. */
    Instant until() {
        return next().from();
    }

    Window next() {
        return switch (unit) {
            case YEAR -> new Window(unit, year + 1, 0);
            case QUARTER -> number == 4 ? new Window(unit, year + 1, 1) : new Window(unit, year, number + 1);
            case MONTH -> number == 12 ? new Window(unit, year + 1, 1) : new Window(unit, year, number + 1);
        };
    }

    Window previous() {
        return switch (unit) {
            case YEAR -> new Window(unit, year - 1, 0);
            case QUARTER -> number == 1 ? new Window(unit, year - 1, 4) : new Window(unit, year, number - 1);
            case MONTH -> number == 1 ? new Window(unit, year - 1, 12) : new Window(unit, year, number - 1);
        };
    }

    /** The windows of the trend chart: this one and the ones before it (5 years, 8 quarters or 12 months). */
    List<Window> trend() {
        int size = switch (unit) {
            case YEAR -> 5;
            case QUARTER -> 8;
            case MONTH -> 12;
        };
        List<Window> windows = new ArrayList<>();
        Window w = this;
        for (int i = 0; i < size; i++) {
            windows.add(0, w);
            w = w.previous();
        }
        return windows;
    }

    /** Inclusive first and last due day, for drill-down links to the ledger. */
    LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    LocalDate lastDay() {
        return next().firstMonth().atDay(1).minusDays(1);
    }

    @Override
    public String toString() {
        return switch (unit) {
            case YEAR -> String.valueOf(year);
            case QUARTER -> year + "-Q" + number;
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }
}

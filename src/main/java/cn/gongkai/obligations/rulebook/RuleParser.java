package cn.gongkai.obligations.rulebook;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import cn.gongkai.organization.Role;

/** Parses one entry of the rules list; every problem is a {@link RulebookException} for that entry. */
final class RuleParser {

    private static final Set<String> KEYS = Set.of("id", "source", "trigger", "duty", "period", "role", "effective",
            "reminder", "generate", "extension", "ledger");
    private static final Set<String> PERIOD_KEYS = Set.of("kind", "amount", "day", "month-day", "year",
            "percent-of-subordinates");

    private final String file;
    private final int entry;
    private final Object raw;
    private String id;

    RuleParser(String file, int entry, Object raw) {
        this.file = file;
        this.entry = entry;
        this.raw = raw;
    }

    Rule parse() {
        Map<?, ?> map = map(raw, "the entry");
        Object rawId = map.get("id");
        id = rawId == null ? null : rawId.toString();
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw fail(id == null ? "missing 'id'" : "id must be lower-case words joined by '-'");
        }
        unknownKeys(map, KEYS, "");
        LocalizedText source = text(map.get("source"), "source");
        String trigger = string(map, "trigger");
        LocalizedText duty = text(map.get("duty"), "duty");
        Period period = period(map(required(map, "period"), "period"));
        Role role = role(string(map, "role"));
        Effective effective = effective(map(required(map, "effective"), "effective"));
        Duration reminder = reminder(string(map, "reminder"));
        OrganSelection organs = generate(map.get("generate"), trigger);
        Integer extension = extension(map.get("extension"), period);
        boolean ledger = ledger(map.get("ledger"));
        if (!ledger && organs != null) {
            throw fail("a limit ('ledger: false') cannot be periodic: remove 'generate'");
        }
        if (!ledger && period.kind() != PeriodKind.WORKING_DAYS && period.kind() != PeriodKind.CALENDAR_DAYS) {
            throw fail("a limit ('ledger: false') needs a WORKING_DAYS or CALENDAR_DAYS period, not " + period.kind());
        }
        return new Rule(id, source, trigger, duty, period, role, effective, reminder, organs, extension, ledger);
    }

    private boolean ledger(Object raw) {
        if (raw == null) {
            return true;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        throw fail("'ledger' must be true or false, not '" + raw + "'");
    }

    private Period period(Map<?, ?> map) {
        unknownKeys(map, PERIOD_KEYS, "period.");
        String kindName = string(map, "kind", "period.kind");
        PeriodKind kind = Arrays.stream(PeriodKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                .orElseThrow(() -> fail("unknown period kind '" + kindName + "' (expected one of "
                        + Arrays.toString(PeriodKind.values()) + ")"));
        return switch (kind) {
            case WORKING_DAYS, CALENDAR_DAYS, HOURS -> new Period(kind, positive(map, "amount"), null, null, null, null);
            case DAY_OF_NEXT_MONTH -> {
                int day = positive(map, "day");
                if (day > 31) {
                    throw fail("period.day must be a day of the month (1–31), not " + day);
                }
                yield new Period(kind, null, day, null, null, null);
            }
            case BEFORE_DATE -> new Period(kind, null, null, monthDay(string(map, "month-day", "period.month-day")),
                    null, null);
            case BY_END_OF_YEAR -> {
                int year = positive(map, "year");
                if (year < 2000 || year > 2100) {
                    throw fail("period.year must be a year such as 2018, not " + year);
                }
                yield new Period(kind, null, null, null, year, null);
            }
            case AT_LEAST_PER_QUARTER, AT_LEAST_PER_YEAR -> counted(kind, map);
            case SAME_TIME -> new Period(kind, null, null, null, null, null);
        };
    }

    private Period counted(PeriodKind kind, Map<?, ?> map) {
        boolean share = map.containsKey("percent-of-subordinates");
        if (share == map.containsKey("amount")) {
            throw fail("period of kind " + kind + " needs exactly one of 'amount' and 'percent-of-subordinates'");
        }
        if (!share) {
            return new Period(kind, positive(map, "amount"), null, null, null, null);
        }
        int percent = positive(map, "percent-of-subordinates");
        if (percent > 100) {
            throw fail("period.percent-of-subordinates must be at most 100, not " + percent);
        }
        return new Period(kind, null, null, null, null, percent);
    }

    private Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> fail("unknown role '" + name + "' (expected one of "
                        + Arrays.toString(Role.values()) + ")"));
    }

    private Effective effective(Map<?, ?> map) {
        unknownKeys(map, Set.of("from", "to"), "effective.");
        LocalDate from = date(string(map, "from", "effective.from"), "effective.from");
        LocalDate to = map.get("to") == null ? null : date(map.get("to").toString(), "effective.to");
        if (to != null && to.isBefore(from)) {
            throw fail("effective.to " + to + " is before effective.from " + from);
        }
        return new Effective(from, to);
    }

    private Duration reminder(String text) {
        try {
            Duration lead = Duration.parse(text);
            if (lead.isNegative()) {
                throw fail("reminder must not be negative: " + text);
            }
            return lead;
        }
        catch (java.time.format.DateTimeParseException e) {
            throw fail("reminder '" + text + "' is not an ISO-8601 duration such as P3D or PT1H");
        }
    }

    private OrganSelection generate(Object raw, String trigger) {
        boolean periodicTrigger = Recurrence.ofCode(trigger).isPresent();
        if (raw == null) {
            if (periodicTrigger) {
                throw fail("trigger '" + trigger + "' is periodic: the rule needs 'generate' naming its organs");
            }
            return null;
        }
        if (!periodicTrigger) {
            throw fail("'generate' needs a periodic trigger (one of " + Arrays.stream(Recurrence.values())
                    .map(Recurrence::code).toList() + "), not '" + trigger + "'");
        }
        Map<?, ?> map = map(raw, "generate");
        unknownKeys(map, Set.of("organs"), "generate.");
        String organs = string(map, "organs", "generate.organs");
        return Arrays.stream(OrganSelection.values()).filter(o -> o.name().equals(organs)).findFirst()
                .orElseThrow(() -> fail("unknown generate.organs '" + organs + "' (expected one of "
                        + Arrays.toString(OrganSelection.values()) + ")"));
    }

    private Integer extension(Object raw, Period period) {
        if (raw == null) {
            return null;
        }
        Map<?, ?> map = map(raw, "extension");
        unknownKeys(map, Set.of("max-working-days"), "extension.");
        if (period.kind() != PeriodKind.WORKING_DAYS) {
            throw fail("an extension in working days needs a WORKING_DAYS period, not " + period.kind());
        }
        return positive(map, "max-working-days");
    }

    private LocalizedText text(Object raw, String key) {
        if (raw == null) {
            throw fail("missing '" + key + "'");
        }
        Map<?, ?> map = map(raw, key);
        unknownKeys(map, Set.of("zh-CN", "en"), key + ".");
        return new LocalizedText(string(map, "zh-CN", key + ".zh-CN"), string(map, "en", key + ".en"));
    }

    private MonthDay monthDay(String text) {
        try {
            return MonthDay.parse("--" + text);
        }
        catch (DateTimeException e) {
            throw fail("period.month-day '" + text + "' is not a day of the year in the form MM-DD");
        }
    }

    private LocalDate date(String text, String key) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        }
        catch (DateTimeException e) {
            throw fail(key + " '" + text + "' is not a date in the form YYYY-MM-DD");
        }
    }

    private int positive(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof Integer n) || n < 1) {
            throw fail(value == null ? "missing 'period." + key + "'" : key + " must be a positive whole number, not "
                    + value);
        }
        return n;
    }

    private Object required(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw fail("missing '" + key + "'");
        }
        return value;
    }

    private String string(Map<?, ?> map, String key) {
        return string(map, key, key);
    }

    private String string(Map<?, ?> map, String key, String path) {
        Object value = map.get(key);
        if (value == null || value.toString().isBlank()) {
            throw fail("missing '" + path + "'");
        }
        if (value instanceof Map || value instanceof java.util.List) {
            throw fail("'" + path + "' must be a text");
        }
        return value.toString().trim();
    }

    private Map<?, ?> map(Object raw, String what) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw fail(what + " must be a mapping of keys to values");
        }
        return map;
    }

    private void unknownKeys(Map<?, ?> map, Set<String> known, String prefix) {
        map.keySet().stream().map(String::valueOf).filter(k -> !known.contains(k)).findFirst().ifPresent(k -> {
            throw fail("unknown key '" + prefix + k + "' (known: " + known.stream().sorted().toList() + ")");
        });
    }

    private RulebookException fail(String reason) {
        return new RulebookException(file, id, entry, reason);
    }
}

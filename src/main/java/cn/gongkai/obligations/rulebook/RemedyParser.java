package cn.gongkai.obligations.rulebook;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.obligations.Remedy;

/**
 * Parses the optional {@code remedies} section: {@code id}, {@code source} (zh-CN, en),
 * {@code effective} (from, to) and either {@code period} (unit DAYS or MONTHS, amount) or
 * {@code cases} (a list of names the consuming module knows). Versions of one id must not overlap.
 */
final class RemedyParser {

    private static final Set<String> KEYS = Set.of("id", "source", "period", "cases", "effective");

    private RemedyParser() {
    }

    static List<Remedy> parse(String file, Object section) {
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof List<?> entries)) {
            throw new RulebookException(file, null, 0, "'remedies' must be a list");
        }
        List<Remedy> remedies = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            remedies.add(entry(file, i + 1, entries.get(i)));
        }
        for (int i = 0; i < remedies.size(); i++) {
            for (int j = i + 1; j < remedies.size(); j++) {
                Remedy a = remedies.get(i);
                Remedy b = remedies.get(j);
                if (a.id().equals(b.id()) && new Effective(a.from(), a.to()).overlaps(new Effective(b.from(), b.to()))) {
                    throw new RulebookException(file, b.id(), j + 1, "remedies: overlapping effective periods");
                }
            }
        }
        return List.copyOf(remedies);
    }

    private static Remedy entry(String file, int n, Object raw) {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new RulebookException(file, null, n, "remedies: an entry must be a mapping");
        }
        String id = map.get("id") == null ? null : map.get("id").toString();
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new RulebookException(file, id, n, "remedies: missing or malformed 'id'");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new RulebookException(file, id, n, "remedies: unknown key '" + key + "'");
            }
        }
        if (!(map.get("source") instanceof Map<?, ?> source) || source.get("zh-CN") == null || source.get("en") == null) {
            throw new RulebookException(file, id, n, "remedies: 'source' needs zh-CN and en");
        }
        if (!(map.get("effective") instanceof Map<?, ?> effective) || effective.get("from") == null) {
            throw new RulebookException(file, id, n, "remedies: 'effective.from' is required");
        }
        LocalDate from = date(file, id, n, effective.get("from"));
        LocalDate to = effective.get("to") == null ? null : date(file, id, n, effective.get("to"));
        Remedy.Unit unit = null;
        Integer amount = null;
        List<String> cases = List.of();
        if (map.get("period") instanceof Map<?, ?> period) {
            try {
                unit = Remedy.Unit.valueOf(String.valueOf(period.get("unit")));
            }
            catch (IllegalArgumentException e) {
                throw new RulebookException(file, id, n, "remedies: period.unit must be DAYS or MONTHS");
            }
            if (!(period.get("amount") instanceof Integer a) || a < 1) {
                throw new RulebookException(file, id, n, "remedies: period.amount must be a positive number");
            }
            amount = (Integer) period.get("amount");
        }
        else if (map.get("cases") instanceof List<?> list && !list.isEmpty()) {
            cases = list.stream().map(String::valueOf).toList();
        }
        else {
            throw new RulebookException(file, id, n, "remedies: an entry needs 'period' or a non-empty 'cases' list");
        }
        return new Remedy(id, source.get("zh-CN").toString(), source.get("en").toString(), unit, amount, cases, from,
                to);
    }

    private static LocalDate date(String file, String id, int n, Object raw) {
        try {
            return LocalDate.parse(raw.toString());
        }
        catch (DateTimeException e) {
            throw new RulebookException(file, id, n, "remedies: '" + raw + "' is not a date (yyyy-MM-dd)");
        }
    }
}

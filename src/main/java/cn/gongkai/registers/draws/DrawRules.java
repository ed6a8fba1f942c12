package cn.gongkai.registers.draws;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.Rfc3797;

/**
 * The rules a draw's input must meet before anything is computed or written, each refusal naming
 * the field ({@code pool[3]}, {@code sources[1][0]}) and the rule: a pool of distinct, non-blank
 * entries within the reference code's limit; a count from 1 to the pool's size; one to
 * {@value #MAX_SOURCES} sources of one to {@value #MAX_NUMBERS} non-negative integers each.
 */
final class DrawRules {

    static final int MAX_SOURCES = 16;
    static final int MAX_NUMBERS = 64;
    static final int MAX_ENTRY = 200;
    static final int MAX_TITLE = 300;
    /** The column holding the key string ({@code register_draw.key_string}). */
    static final int MAX_KEY = 4000;
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    /** The input normalized: entries and title stripped, sources as integers in announced order. */
    record Checked(List<String> pool, int count, List<List<Long>> sources, String title, Long rowId) {
    }

    private DrawRules() {
    }

    /** @throws GongkaiException 400 naming every field that breaks a rule; nothing is checked further */
    static Checked check(DrawInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> pool = pool(input.pool(), problems);
        List<List<Long>> sources = sources(input.sources(), problems);
        Integer count = input.count();
        if (count == null) {
            problems.add(new FieldProblem("count", "platform.error.required"));
        }
        else if (count < 1) {
            problems.add(new FieldProblem("count", "registers.draws.error.countPositive"));
        }
        else if (pool != null && count > pool.size()) {
            problems.add(new FieldProblem("count", "registers.draws.error.countAbovePool", count, pool.size()));
        }
        String title = input.title() == null || input.title().isBlank() ? null : input.title().strip();
        if (title != null && title.length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "platform.error.tooLong", MAX_TITLE, title.length()));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return new Checked(pool, count, sources, title, input.rowId());
    }

    private static List<String> pool(List<String> raw, List<FieldProblem> problems) {
        if (raw == null || raw.isEmpty()) {
            problems.add(new FieldProblem("pool", "registers.draws.error.poolEmpty"));
            return null;
        }
        if (raw.size() > Rfc3797.MAX_POOL) {
            problems.add(new FieldProblem("pool", "registers.draws.error.poolTooLarge", String.valueOf(Rfc3797.MAX_POOL)));
            return null;
        }
        List<String> pool = new ArrayList<>(raw.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String entry = raw.get(i) == null ? "" : raw.get(i).strip();
            String field = "pool[" + i + "]";
            if (entry.isEmpty()) {
                problems.add(new FieldProblem(field, "registers.draws.error.entryBlank", String.valueOf(i + 1)));
            }
            else if (entry.length() > MAX_ENTRY) {
                problems.add(new FieldProblem(field, "platform.error.tooLong", MAX_ENTRY, entry.length()));
            }
            else {
                Integer first = seen.putIfAbsent(entry, i + 1);
                if (first != null) {
                    problems.add(new FieldProblem(field, "registers.draws.error.entryDuplicate", String.valueOf(i + 1), entry,
                            String.valueOf(first)));
                }
            }
            pool.add(entry);
        }
        return pool;
    }

    private static List<List<Long>> sources(List<List<BigDecimal>> raw, List<FieldProblem> problems) {
        if (raw == null || raw.isEmpty()) {
            problems.add(new FieldProblem("sources", "registers.draws.error.sourcesEmpty"));
            return List.of();
        }
        if (raw.size() > MAX_SOURCES) {
            problems.add(new FieldProblem("sources", "registers.draws.error.sourcesTooMany", MAX_SOURCES));
            return List.of();
        }
        List<List<Long>> sources = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            List<BigDecimal> numbers = raw.get(i);
            if (numbers == null || numbers.isEmpty()) {
                problems.add(new FieldProblem("sources[" + i + "]", "registers.draws.error.sourceEmpty", String.valueOf(i + 1)));
                continue;
            }
            if (numbers.size() > MAX_NUMBERS) {
                problems.add(new FieldProblem("sources[" + i + "]", "registers.draws.error.sourceTooLong", String.valueOf(i + 1), MAX_NUMBERS));
                continue;
            }
            List<Long> source = new ArrayList<>();
            for (int j = 0; j < numbers.size(); j++) {
                BigDecimal n = numbers.get(j);
                if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.compareTo(LONG_MAX) > 0) {
                    problems.add(new FieldProblem("sources[" + i + "][" + j + "]", "registers.draws.error.number", String.valueOf(i + 1),
                            n == null ? "null" : n.toPlainString()));
                }
                else {
                    source.add(n.longValueExact());
                }
            }
            sources.add(source);
        }
        if (problems.isEmpty() && Rfc3797.key(sources).length() > MAX_KEY) {
            problems.add(new FieldProblem("sources", "registers.draws.error.keyTooLong", MAX_KEY));
        }
        return sources;
    }
}

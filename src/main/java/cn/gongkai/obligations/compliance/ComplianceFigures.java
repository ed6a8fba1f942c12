package cn.gongkai.obligations.compliance;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.organization.Organ;

/**
 * Compliance figures of an organ's subtree for a window of due dates (SPEC M2): totals, per rule,
 * the trend of the on-time rate, and the subtree map (each direct subordinate with its own
 * subtree, by rule). An obligation belongs to the window its due time falls in; due times are
 * 24:00 of the last day, so a window is (start, end].
 */
@Service
class ComplianceFigures {

    private final JdbcClient jdbc;

    ComplianceFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Figures of one organ and everything below it that the caller may see. */
    record Compliance(Organ organ, Window window, Counts totals, Map<String, Counts> byRule,
            List<Point> trend, List<MapRow> map) {
    }

    record Point(Window window, Counts counts) {
    }

    /** One organ of the map: itself only (the root's own row) or with its subtree (a subordinate). */
    record MapRow(Organ organ, boolean subtree, Counts total, Map<String, Counts> byRule) {
    }

    Compliance compute(Organ root, List<Organ> visible, Window window) {
        List<Long> ids = visible.stream().map(Organ::getId).toList();
        List<Row> rows = ids.isEmpty() ? List.of() : rows(ids, window);
        Map<String, Counts> byRule = new LinkedHashMap<>();
        Counts totals = Counts.NONE;
        for (Row r : rows) {
            byRule.merge(r.rule(), r.counts(), Counts::plus);
            totals = totals.plus(r.counts());
        }
        List<Point> trend = new ArrayList<>();
        for (Window w : window.trend()) {
            trend.add(new Point(w, w.equals(window) ? totals : ids.isEmpty() ? Counts.NONE : total(ids, w)));
        }
        return new Compliance(root, window, totals, byRule, trend, map(root, visible, rows));
    }

    /** The root's own row, then each direct subordinate with its subtree. */
    private static List<MapRow> map(Organ root, List<Organ> visible, List<Row> rows) {
        Map<Long, Organ> branchOf = new HashMap<>();
        Map<Long, Organ> branches = new LinkedHashMap<>();
        branches.put(root.getId(), root);
        for (Organ o : visible) {
            Organ branch = o.getId().equals(root.getId()) ? root : branchBelow(root, o, visible);
            if (branch != null) {
                branchOf.put(o.getId(), branch);
                branches.putIfAbsent(branch.getId(), branch);
            }
        }
        Map<Long, Map<String, Counts>> byBranch = new LinkedHashMap<>();
        branches.keySet().forEach(id -> byBranch.put(id, new LinkedHashMap<>()));
        for (Row r : rows) {
            Organ branch = branchOf.get(r.organId());
            if (branch != null) {
                byBranch.get(branch.getId()).merge(r.rule(), r.counts(), Counts::plus);
            }
        }
        List<MapRow> map = new ArrayList<>();
        for (Organ branch : branches.values()) {
            Map<String, Counts> cells = byBranch.get(branch.getId());
            Counts total = cells.values().stream().reduce(Counts.NONE, Counts::plus);
            map.add(new MapRow(branch, !branch.getId().equals(root.getId()), total, cells));
        }
        return map;
    }

    /** The direct subordinate of {@code root} on the path to {@code organ}. */
    private static Organ branchBelow(Organ root, Organ organ, List<Organ> visible) {
        if (!organ.getPath().startsWith(root.getPath())) {
            return null;
        }
        String rest = organ.getPath().substring(root.getPath().length());
        long childId = Long.parseLong(rest.substring(0, rest.indexOf('/')));
        return visible.stream().filter(o -> o.getId() == childId).findFirst().orElse(organ);
    }

    private List<Row> rows(Collection<Long> organIds, Window window) {
        List<Row> raw = jdbc.sql("""
                select organ_id, rule_id, state, count(*) from obligation
                where organ_id in (:organs) and due_at > :from and due_at <= :until
                group by organ_id, rule_id, state""")
                .param("organs", organIds).param("from", Timestamp.from(window.from()))
                .param("until", Timestamp.from(window.until()))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), single(rs.getString(3), rs.getLong(4))))
                .list();
        Map<String, Row> merged = new LinkedHashMap<>();
        raw.forEach(r -> merged.merge(r.organId() + "/" + r.rule(), r,
                (a, b) -> new Row(a.organId(), a.rule(), a.counts().plus(b.counts()))));
        return List.copyOf(merged.values());
    }

    private Counts total(Collection<Long> organIds, Window window) {
        Map<ObligationState, Long> byState = new EnumMap<>(ObligationState.class);
        jdbc.sql("""
                select state, count(*) from obligation
                where organ_id in (:organs) and due_at > :from and due_at <= :until group by state""")
                .param("organs", organIds).param("from", Timestamp.from(window.from()))
                .param("until", Timestamp.from(window.until()))
                .query((rs, n) -> Map.entry(ObligationState.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> byState.put(e.getKey(), e.getValue()));
        return Counts.of(byState);
    }

    /** An obligation past its due time and not done (nor paused, nor waived): what a supervisor acts on first. */
    record Overdue(long id, long organId, String rule, String subjectType, String subjectId, String consolePath,
            java.time.Instant dueAt) {
    }

    /** The obligations of these organs past due at {@code now}, oldest due first (at most {@code limit}). */
    List<Overdue> overdue(Collection<Long> organIds, java.time.Instant now, int limit) {
        if (organIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, organ_id, rule_id, subject_type, subject_id, subject_path, due_at from obligation
                where organ_id in (:organs) and state in ('OPEN', 'DUE_SOON', 'OVERDUE') and paused = false
                  and due_at <= :now
                order by due_at, id
                fetch first %d rows only""".formatted(Math.max(1, limit)))
                .param("organs", organIds).param("now", Timestamp.from(now))
                .query((rs, n) -> new Overdue(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private static Counts single(String state, long count) {
        return Counts.of(Map.of(ObligationState.valueOf(state), count));
    }

    private record Row(long organId, String rule, Counts counts) {
    }
}

package cn.gongkai.registers.rows;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gongkai.registers.RowState;

/**
 * Reading rows for lists. The public methods read only public_json and search_text of rows
 * visible on the given day (published, within their last public day, not expired).
 */
@Repository
class RowQueries {

    static final String VISIBLE = """
            state = 'PUBLISHED' and expired_at is null and (visible_until is null or visible_until >= :today)""";

    /** A row as the public list shows it: public values only. */
    record PublicRow(long id, long organId, Map<String, String> values, Instant publishedAt, int version) {
    }

    /** Per register: visible rows and the instant of the last public change. */
    record Summary(long rows, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    RowQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<PublicRow> visible(String code, String q, Collection<Long> organs, LocalDate today, int offset, int limit) {
        return filtered("""
                select id, organ_id, public_json, published_at, version from register_row
                where register_code = :code and""" + " " + VISIBLE + organFilter(organs) + searchFilter(q)
                + " order by sort_key desc nulls last, id desc offset :offset rows fetch next :limit rows only",
                code, q, organs, today)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new PublicRow(rs.getLong(1), rs.getLong(2), RowJsonText.read(rs.getString(3)),
                        Rows.instant(rs.getTimestamp(4)), rs.getInt(5)))
                .list();
    }

    int countVisible(String code, String q, Collection<Long> organs, LocalDate today) {
        return filtered("select count(*) from register_row where register_code = :code and " + VISIBLE
                + organFilter(organs) + searchFilter(q), code, q, organs, today).query(Integer.class).single();
    }

    /** Visible rows and last public change per register code. */
    Map<String, Summary> summaries(LocalDate today) {
        Map<String, Summary> out = new HashMap<>();
        jdbc.sql("select register_code, count(*) from register_row where " + VISIBLE + " group by register_code")
                .param("today", today)
                .query((rs, n) -> out.put(rs.getString(1), new Summary(rs.getLong(2), null))).list();
        jdbc.sql("""
                select register_code, max(updated_at) from register_row where published_at is not null
                group by register_code""")
                .query((rs, n) -> {
                    Summary s = out.getOrDefault(rs.getString(1), new Summary(0, null));
                    return out.put(rs.getString(1), new Summary(s.rows(), Rows.instant(rs.getTimestamp(2))));
                }).list();
        return out;
    }

    /** Staff: rows of a register in the organs given (null: all), optionally of one state, newest first. */
    List<RegisterRow> staffList(String code, RowState state, Collection<Long> organs, int offset, int limit) {
        return staff("select " + Rows.COLUMNS + " from register_row where register_code = :code", code, state, organs,
                " order by id desc offset :offset rows fetch next :limit rows only")
                .param("offset", offset).param("limit", limit).query(Rows::row).list();
    }

    int staffCount(String code, RowState state, Collection<Long> organs) {
        return staff("select count(*) from register_row where register_code = :code", code, state, organs, "")
                .query(Integer.class).single();
    }

    /** Staff console overview: [code, state, count] over the organs given (null: all), without STAGED rows. */
    List<Object[]> counts(Collection<Long> organs) {
        var spec = jdbc.sql("select register_code, state, count(*) from register_row where state <> 'STAGED'"
                + organFilter(organs) + " group by register_code, state");
        if (organs != null && !organs.isEmpty()) {
            spec = spec.param("organs", organs);
        }
        return spec.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3) }).list();
    }

    /** Rows past their last public day that the expiry job has not taken off yet: [id, code, organ]. */
    List<Object[]> expiring(LocalDate today) {
        return jdbc.sql("""
                select id, register_code, organ_id from register_row
                where state = 'PUBLISHED' and expired_at is null and visible_until < ?""").param(today)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3) }).list();
    }

    /** Claims one row's expiry; false when another node (or run) had it already. */
    boolean claimExpiry(long id, Instant at) {
        return jdbc.sql("update register_row set expired_at = ?, updated_at = ? where id = ? and expired_at is null")
                .params(Timestamp.from(at), Timestamp.from(at), id).update() == 1;
    }

    private JdbcClient.StatementSpec filtered(String sql, String code, String q, Collection<Long> organs,
            LocalDate today) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("code", code).param("today", today);
        if (organs != null && !organs.isEmpty()) {
            spec = spec.param("organs", organs);
        }
        if (q != null && !q.isBlank()) {
            spec = spec.param("q", "%" + like(q.strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return spec;
    }

    private JdbcClient.StatementSpec staff(String select, String code, RowState state, Collection<Long> organs,
            String tail) {
        String sql = select + " and state <> 'STAGED'" + (state == null ? "" : " and state = :state")
                + organFilter(organs) + tail;
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("code", code);
        if (state != null) {
            spec = spec.param("state", state.name());
        }
        if (organs != null && !organs.isEmpty()) {
            spec = spec.param("organs", organs);
        }
        return spec;
    }

    private static String organFilter(Collection<Long> organs) {
        return organs == null || organs.isEmpty() ? "" : " and organ_id in (:organs)";
    }

    private static String searchFilter(String q) {
        return q == null || q.isBlank() ? "" : " and search_text like :q escape '!'";
    }

    private static String like(String q) {
        return q.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

package cn.gongkai.requests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers of section 三 of the national annual-report template (国办公开办函〔2021〕30号) for one
 * organ and year, counted in the database: 一 new applications received in the year; 二 carried
 * over from earlier years (received before the year, not finished before it); 三 results finished
 * in the year by class and reason; 四 carried over to the next year (not finished by its end).
 * Columns: natural persons and the five kinds of legal persons, and the total. 一 + 二 = 三 + 四
 * holds by construction. A request is finished on its reply or closure date.
 */
@Service
@Transactional(readOnly = true)
public class RequestStatistics {

    /** The template's columns. */
    public enum Column {
        NATURAL_PERSON, COMMERCIAL, RESEARCH, PUBLIC_WELFARE, LEGAL_SERVICE, OTHER, TOTAL
    }

    /** One row: a stable key ("received", "carriedIn", "result.DISCLOSED", "reason.NOT_HELD", "total", "carriedOut"), the template's row name, counts by column. */
    public record Row(String key, String row, Map<Column, Long> counts) {
    }

    /** Section 三 of one organ's annual report for {@code year}. */
    public record Table(long organId, int year, List<Row> rows, boolean balanced) {
    }

    private final JdbcClient jdbc;

    RequestStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Table forYear(long organId, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<String, Map<Column, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select applicant_type, legal_person_kind, is_new, result_class, result_reason, count(*) as n
                from (select applicant_type, legal_person_kind,
                             case when received_on >= :start then 1 else 0 end as is_new,
                             case when coalesce(replied_on, closed_on) <= :end then reply_class end as result_class,
                             case when coalesce(replied_on, closed_on) <= :end then reply_reason end as result_reason
                      from disclosure_request
                      where organ_id = :organ and received_on <= :end
                        and (coalesce(replied_on, closed_on) is null or coalesce(replied_on, closed_on) >= :start)) t
                group by applicant_type, legal_person_kind, is_new, result_class, result_reason""")
                .param("organ", organId).param("start", start).param("end", end)
                .query((rs, i) -> {
                    Column column = column(rs.getString("applicant_type"), rs.getString("legal_person_kind"));
                    long n = rs.getLong("n");
                    add(counts, rs.getInt("is_new") == 1 ? "received" : "carriedIn", column, n);
                    String replyClass = rs.getString("result_class");
                    if (replyClass == null) {
                        add(counts, "carriedOut", column, n);
                    }
                    else {
                        add(counts, "result." + replyClass, column, n);
                        add(counts, "total", column, n);
                        if (rs.getString("result_reason") != null
                                && ReplyClass.valueOf(replyClass).needsReason()) {
                            add(counts, "reason." + rs.getString("result_reason"), column, n);
                        }
                    }
                    return n;
                }).list();
        List<Row> rows = new ArrayList<>();
        rows.add(row(counts, "received", "一、本年新收政府信息公开申请数量"));
        rows.add(row(counts, "carriedIn", "二、上年结转政府信息公开申请数量"));
        for (ReplyClass c : ReplyClass.values()) {
            rows.add(row(counts, "result." + c.name(), c.row()));
            if (c.needsReason()) {
                ReplyReason.of(c).forEach(r -> rows.add(row(counts, "reason." + r.name(), r.row())));
            }
        }
        rows.add(row(counts, "total", "（七）总计"));
        rows.add(row(counts, "carriedOut", "四、结转下年度继续办理"));
        long in = total(counts, "received") + total(counts, "carriedIn");
        long out = total(counts, "total") + total(counts, "carriedOut");
        return new Table(organId, year, rows, in == out);
    }

    static Column column(String type, String kind) {
        if (ApplicantType.NATURAL_PERSON.name().equals(type)) {
            return Column.NATURAL_PERSON;
        }
        return kind == null ? Column.OTHER : Column.valueOf(kind);
    }

    private static void add(Map<String, Map<Column, Long>> counts, String key, Column column, long n) {
        Map<Column, Long> row = counts.computeIfAbsent(key, k -> new EnumMap<>(Column.class));
        row.merge(column, n, Long::sum);
        row.merge(Column.TOTAL, n, Long::sum);
    }

    private static Row row(Map<String, Map<Column, Long>> counts, String key, String name) {
        Map<Column, Long> values = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
            values.put(c, counts.getOrDefault(key, Map.of()).getOrDefault(c, 0L));
        }
        return new Row(key, name, values);
    }

    private static long total(Map<String, Map<Column, Long>> counts, String key) {
        return counts.getOrDefault(key, Map.of()).getOrDefault(Column.TOTAL, 0L);
    }
}

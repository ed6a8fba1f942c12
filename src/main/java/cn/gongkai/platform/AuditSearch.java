package cn.gongkai.platform;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Searches the audit log by actor, action, subject and date range, newest first, paged. */
@Service
public class AuditSearch {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Query(String actor, String action, String subject,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

        int pageIndex() {
            return page == null || page < 1 ? 0 : Math.min(page - 1, 100_000);
        }
    }

    public record Page(List<AuditEntry> entries, long total, int page, int pages) {
    }

    public Page find(Query q) {
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> params = new ArrayList<>();
        if (has(q.actor())) {
            where.append(" and actor = ?");
            params.add(q.actor().trim());
        }
        if (has(q.action())) {
            where.append(" and action like ?");
            params.add(q.action().trim() + "%");
        }
        if (has(q.subject())) {
            where.append(" and (subject_id = ? or subject_type = ?)");
            params.add(q.subject().trim());
            params.add(q.subject().trim());
        }
        if (q.from() != null) {
            where.append(" and at >= ?");
            params.add(Timestamp.valueOf(q.from().atStartOfDay()));
        }
        if (q.to() != null) {
            where.append(" and at < ?");
            params.add(Timestamp.valueOf(q.to().plusDays(1).atStartOfDay()));
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> rows = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit "
                + PAGE_SIZE + " offset " + (long) q.pageIndex() * PAGE_SIZE).params(params)
                .query(AuditVerifier::map).list();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        return new Page(rows, total, q.pageIndex() + 1, pages);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}

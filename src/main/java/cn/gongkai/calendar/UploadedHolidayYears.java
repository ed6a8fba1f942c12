package cn.gongkai.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holiday notices uploaded by administrators, one per year (tables {@code calendar_year*}). */
@Repository
class UploadedHolidayYears {

    private final JdbcClient jdbc;

    UploadedHolidayYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who uploaded a year, when, and from which file. */
    record Upload(int year, String format, String fileName, int dayCount, Instant uploadedAt, String uploadedBy) {
    }

    /** Changes whenever an upload is stored (by any node), so a node can tell its data is stale. */
    record Signature(long count, Instant lastUpload) {
    }

    List<HolidayYear> all() {
        Map<Integer, List<HolidayYear.Day>> days = new LinkedHashMap<>();
        jdbc.sql("select year_number, on_date, name, off_day from calendar_year_day order by year_number, on_date")
                .query(rs -> {
                    days.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>()).add(new HolidayYear.Day(
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getBoolean(4)));
                });
        return days.entrySet().stream().map(e -> new HolidayYear(e.getKey(), e.getValue())).toList();
    }

    List<Upload> uploads() {
        return jdbc.sql("""
                select year_number, format, file_name, day_count, uploaded_at, uploaded_by
                from calendar_year order by year_number""")
                .query((rs, n) -> new Upload(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    Optional<Upload> upload(int year) {
        return uploads().stream().filter(u -> u.year() == year).findFirst();
    }

    Signature signature() {
        return jdbc.sql("select count(*), max(uploaded_at) from calendar_year")
                .query((rs, n) -> new Signature(rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    /** Stores the notice, replacing an earlier upload of its year. Joins the caller's transaction. */
    void save(HolidayYear notice, String format, String fileName, Instant at, String by) {
        jdbc.sql("delete from calendar_year_day where year_number = ?").param(notice.year()).update();
        jdbc.sql("delete from calendar_year where year_number = ?").param(notice.year()).update();
        jdbc.sql("""
                insert into calendar_year (year_number, format, file_name, day_count, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(notice.year(), format, fileName, notice.days().size(), Timestamp.from(at), by).update();
        for (HolidayYear.Day day : notice.days()) {
            jdbc.sql("insert into calendar_year_day (year_number, on_date, name, off_day) values (?, ?, ?, ?)")
                    .params(notice.year(), Date.valueOf(day.date()), day.name(), day.offDay()).update();
        }
    }
}

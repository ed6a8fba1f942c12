package cn.gongkai.publishing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;

/**
 * Assigns index numbers (索引号, SPEC M3) at publication: unique per organ and year. The per-organ,
 * per-year counter row is incremented inside the publishing transaction, so its row lock orders
 * concurrent publications and a rolled-back publication gives its number back (works on H2 and
 * PostgreSQL alike).
 */
@Component
class IndexNumbers {

    private final JdbcClient jdbc;
    private final PublishingSettings settings;

    IndexNumbers(JdbcClient jdbc, PublishingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(Organ organ, int year) {
        jdbc.sql("insert into index_counter (organ_id, counter_year, last_value) values (:organ, :year, 0) "
                + "on conflict do nothing").param("organ", organ.getId()).param("year", year).update();
        jdbc.sql("update index_counter set last_value = last_value + 1 where organ_id = :organ and counter_year = :year")
                .param("organ", organ.getId()).param("year", year).update();
        int seq = jdbc.sql("select last_value from index_counter where organ_id = :organ and counter_year = :year")
                .param("organ", organ.getId()).param("year", year).query(Integer.class).single();
        return format(settings.indexNumberFormat(), settings.sequenceDigits(), organ, year, seq);
    }

    static String format(String pattern, int digits, Organ organ, int year, int seq) {
        return pattern.replace("{organizationCode}", organ.getOrganizationCode())
                .replace("{organCode}", organ.getCode())
                .replace("{year}", String.valueOf(year))
                .replace("{seq}", String.format("%0" + Math.max(1, digits) + "d", seq));
    }
}

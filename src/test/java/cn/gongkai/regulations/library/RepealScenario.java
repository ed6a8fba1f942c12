package cn.gongkai.regulations.library;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.regulations.LibraryFixture;

/**
 * A law of 33 articles whose art_3 a second law repeals on {@link #D}: a CONFIRMED effect row and
 * the validity timeline derivation would write (written here, so the library's tests need not
 * wait for the validity listener). art_5 got a new version on {@link #D} too (amended).
 */
record RepealScenario(String lawId, String repealerId) {

    static final LocalDate D = LocalDate.of(2024, 7, 1);

    static RepealScenario write(JdbcClient jdbc) {
        String law = LibraryFixture.aLaw(jdbc, "测试税法（库）").articles(33).save();
        String repealer = LibraryFixture.aLaw(jdbc, "关于废止测试税法第三条的决定").articles(2).effectiveOn(D).save();
        jdbc.sql("""
                insert into reg_effect (affected_document_id, affected_eid, affecting_document_id, affecting_eid,
                  effect_type, effective_on, origin, state, entered_by, entered_at, reviewed_by, reviewed_at, note)
                values (?, 'art_3', ?, 'art_1', 'REPEAL', ?, 'STAFF', 'CONFIRMED', 'sat-drafter', ?, 'sat-publisher', ?,
                  '第三条废止')""")
                .params(law, repealer, D, LocalDateTime.of(2024, 6, 1, 9, 0), LocalDateTime.of(2024, 6, 2, 9, 0))
                .update();
        period(jdbc, law, "art_3", null, D, "IN_FORCE");
        period(jdbc, law, "art_3", D, null, "REPEALED");
        period(jdbc, law, "", LocalDate.of(2020, 1, 1), D, "IN_FORCE");
        period(jdbc, law, "", D, null, "PARTLY_REPEALED");
        jdbc.sql("update reg_provision_version set valid_until = ? where document_id = ? and eid = 'art_5'")
                .params(D, law).update();
        jdbc.sql("insert into reg_provision_version (document_id, eid, valid_from, body) values (?, 'art_5', ?, ?)")
                .params(law, D, "第5条修改后正文。").update();
        jdbc.sql("update reg_document set changes_recorded_on = ? where id = ?").params(LocalDate.of(2025, 3, 31), law)
                .update();
        return new RepealScenario(law, repealer);
    }

    private static void period(JdbcClient jdbc, String doc, String eid, LocalDate from, LocalDate until, String v) {
        jdbc.sql("insert into reg_validity_period (document_id, eid, valid_from, valid_until, validity) values (?, ?, ?, ?, ?)")
                .params(doc, eid, from, until, v).update();
    }
}

package cn.gongkai.regulations.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.regulations.LibraryChanged;
import cn.gongkai.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** Publishes records through the real workflow and repeals library documents the way H2's derivation writes them. */
public final class LinkFixtures {

    private final ApiClient anonymous;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    public LinkFixtures(int port, JdbcClient jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.anonymous = new ApiClient(port);
        this.jdbc = jdbc;
        this.tx = tx;
        this.events = events;
    }

    public ApiClient anonymous() {
        return anonymous;
    }

    /** {@code organ} ("sat" or "guangdong") publishes a record of {@code type} (drafter, office, publisher). */
    public long publishes(String organ, String type, String title, String validity) {
        String who = organ.equals("sat") ? "sat" : "gd";
        ApiClient drafter = anonymous.as(who + "-drafter");
        ApiClient office = anonymous.as(who + "-office");
        String json = """
                {"organ":"%s","title":"%s","type":"%s","topic":"税收法规","catalogEntry":"%s",
                 "attribute":"PROACTIVE","validity":"%s","writtenOn":"2020-01-01","body":"<p>%s正文。</p>"}"""
                .formatted(organ, title, type, organ.equals("sat") ? "12.01" : "01.01", validity, title);
        ApiClient.Response created = drafter.post("/api/v1/records", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(drafter.post("/api/v1/records/" + id + "/submit", "").status()).isEqualTo(200);
        String state = "SUBMITTED";
        for (int i = 0; i < 4 && !state.equals("APPROVED"); i++) {
            ApiClient.Response r = office.post("/api/v1/records/" + id + "/review",
                    "{\"decision\":\"approve\",\"reason\":\"同意\"}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            state = r.json().get("state").asString();
        }
        ApiClient.Response published = anonymous.as(who + "-publisher").post("/api/v1/records/" + id + "/publish", "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /**
     * Library document {@code affected} repealed as a whole on {@code on} by {@code by}'s art_1: the
     * confirmed effect, the derived timeline (in force before, repealed from then) and
     * {@link LibraryChanged}, in one transaction as H2's derivation does it.
     */
    public void repeal(String affected, String by, LocalDate on) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into reg_effect (affected_document_id, affected_eid, affecting_document_id, affecting_eid,
                      effect_type, effective_on, origin, state, entered_by, entered_at, reviewed_by, reviewed_at)
                    values (?, null, ?, 'art_1', 'REPEAL', ?, 'STAFF', 'CONFIRMED', 'fixture', ?, 'fixture2', ?)""")
                    .params(affected, by, on, LocalDateTime.now(), LocalDateTime.now()).update();
            jdbc.sql("delete from reg_validity_period where document_id = ? and eid = ''").param(affected).update();
            period(affected, null, on, "IN_FORCE");
            period(affected, on, null, "REPEALED");
            events.publishEvent(new LibraryChanged(affected));
        });
    }

    /** Article {@code eid} of {@code affected} repealed on {@code on}: the document becomes partly repealed. */
    void repealArticle(String affected, String eid, String by, LocalDate on) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("""
                    insert into reg_effect (affected_document_id, affected_eid, affecting_document_id, affecting_eid,
                      effect_type, effective_on, origin, state, entered_by, entered_at, reviewed_by, reviewed_at)
                    values (?, ?, ?, 'art_1', 'REPEAL', ?, 'STAFF', 'CONFIRMED', 'fixture', ?, 'fixture2', ?)""")
                    .params(affected, eid, by, on, LocalDateTime.now(), LocalDateTime.now()).update();
            jdbc.sql("delete from reg_validity_period where document_id = ?").param(affected).update();
            period(affected, null, on, "IN_FORCE");
            period(affected, on, null, "PARTLY_REPEALED");
            jdbc.sql("insert into reg_validity_period (document_id, eid, valid_from, valid_until, validity) values (?, ?, ?, null, 'REPEALED')")
                    .params(affected, eid, on).update();
            events.publishEvent(new LibraryChanged(affected));
        });
    }

    private void period(String doc, LocalDate from, LocalDate until, String validity) {
        jdbc.sql("insert into reg_validity_period (document_id, eid, valid_from, valid_until, validity) values (?, '', ?, ?, ?)")
                .params(doc, from, until, validity).update();
    }

    JsonNode search(String q, String more) {
        ApiClient.Response r = anonymous.get("/api/v1/public/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                + (more.isEmpty() ? "" : "&" + more));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    boolean finds(long id, String q, String more) {
        for (JsonNode hit : search(q, more).get("hits")) {
            if (hit.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }
}

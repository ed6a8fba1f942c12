package cn.gongkai.regulations.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.ProvisionsAffected;
import cn.gongkai.regulations.Validity;
import cn.gongkai.requests.RequestsTestConfig;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.MutableClock;
import tools.jackson.databind.JsonNode;

/**
 * Effects through the real API: entered by one person, confirmed by another, counting from their
 * day (D−1 in force, D repealed); separation of duties; bad input answered 400/404/422 naming the
 * field and writing nothing; versions of amended and inserted text; ProvisionsAffected once, at
 * confirmation for a past day and by the daily job on a future day. Shares the context (and its
 * settable clock) of the requests web tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RequestsTestConfig.class)
class EffectReviewWebTests {

    private static final LocalDate D = LocalDate.of(2024, 7, 1);
    private static final List<ProvisionsAffected> ANNOUNCED = new CopyOnWriteArrayList<>();
    /** Contexts already listened to (the context cache keeps them; each gets one listener). */
    private static final java.util.Set<ConfigurableApplicationContext> LISTENING =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Validities validities;
    @Autowired
    MutableClock clock;
    @Autowired
    EffectAnnouncements announcements;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Effects effects;
    @Autowired
    Expiries expiries;
    @Autowired
    cn.gongkai.organization.Organization organization;

    ApiClient drafter;
    ApiClient office;
    ApiClient admin;

    @BeforeEach
    void setUp() {
        ANNOUNCED.clear();
        if (LISTENING.add(context)) {
            context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
                if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ProvisionsAffected a) {
                    ANNOUNCED.add(a);
                }
            });
        }
        ApiClient api = new ApiClient(port);
        drafter = api.as("sat-drafter");
        office = api.as("sat-office");
        admin = api.as("admin");
    }

    @AfterEach
    void realTime() {
        clock.set(java.time.Instant.now());
    }

    private String law(String title) {
        return LibraryFixture.aLaw(jdbc, title).articles(3).save();
    }

    private static String effect(String eid, String type, String on, String extra) {
        return "{" + (eid == null ? "" : "\"affectedEid\":\"" + eid + "\",") + "\"type\":\"" + type
                + "\",\"effectiveOn\":\"" + on + "\"" + (extra == null ? "" : "," + extra) + "}";
    }

    private long enter(String id, String body) {
        ApiClient.Response r = drafter.post("/api/v1/regulations/documents/" + id + "/effects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("state").asString()).isEqualTo("SUGGESTED");
        assertThat(r.header("Location")).endsWith("/api/v1/regulations/effects/" + r.json().get("id").asLong());
        return r.json().get("id").asLong();
    }

    private JsonNode confirm(ApiClient who, long effectId) {
        ApiClient.Response r = who.post("/api/v1/regulations/effects/" + effectId + "/review",
                "{\"decision\":\"CONFIRM\",\"note\":\"核对原文无误\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private void today(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aRepealEnteredAndConfirmedByAnotherCountsFromItsDayAndEveryArticleRepealedRepealsTheDocument() {
        String id = law("效力测试法甲");
        assertThat(validities.provisionsOn(id, LocalDate.of(2019, 12, 31))).as("never derived: by the dates")
                .hasSize(5).containsEntry("art_2__para_2", Validity.NOT_YET_EFFECTIVE);
        long art3 = enter(id, effect("art_3", "REPEAL", D.toString(), "\"note\":\"第三条废止\""));
        assertThat(validities.provisionsOn(id, D)).containsEntry("art_3", Validity.IN_FORCE);
        assertThat(validities.documentOn(id, D)).contains(Validity.IN_FORCE);

        JsonNode confirmed = confirm(office, art3);
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("reviewedBy").asString()).isEqualTo("sat-office");
        assertThat(validities.provisionsOn(id, D.minusDays(1))).containsEntry("art_3", Validity.IN_FORCE);
        assertThat(validities.provisionsOn(id, D)).containsEntry("art_3", Validity.REPEALED)
                .containsEntry("art_1", Validity.IN_FORCE);
        assertThat(validities.documentOn(id, D.minusDays(1))).contains(Validity.IN_FORCE);
        assertThat(validities.documentOn(id, D)).contains(Validity.PARTLY_REPEALED);
        assertThat(validities.documentOn(id, LocalDate.of(2019, 12, 31))).contains(Validity.NOT_YET_EFFECTIVE);
        assertThat(jdbc.sql("select changes_recorded_on from reg_document where id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now(clock));

        LocalDate later = D.plusMonths(6);
        confirm(office, enter(id, effect("art_1", "REPEAL", later.toString(), null)));
        confirm(admin, enter(id, effect("art_2", "REPEAL", later.toString(), null)));
        assertThat(validities.documentOn(id, later.minusDays(1))).contains(Validity.PARTLY_REPEALED);
        assertThat(validities.documentOn(id, later)).contains(Validity.REPEALED);
        assertThat(validities.provisionsOn(id, later)).containsEntry("art_2__para_2", Validity.REPEALED);

        ApiClient.Response list = drafter.get("/api/v1/regulations/documents/" + id + "/effects");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(3);
        assertThat(list.json().get(0).get("affectedEid").asString()).isEqualTo("art_3");
    }

    @Test
    void nobodyReviewsTheirOwnEntryAndAnEffectIsReviewedOnce() {
        String id = law("效力测试法乙");
        ApiClient.Response entered = admin.post("/api/v1/regulations/documents/" + id + "/effects", effect(null, "REPEAL",
                D.toString(), null));
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        long own = entered.json().get("id").asLong();
        ApiClient.Response self = admin.post("/api/v1/regulations/effects/" + own + "/review", "{\"decision\":\"CONFIRM\"}");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("code").asString()).isEqualTo("SEPARATION_OF_DUTIES");
        assertThat(validities.documentOn(id, D)).contains(Validity.IN_FORCE);

        ApiClient.Response byDrafter = drafter.post("/api/v1/regulations/effects/" + own + "/review",
                "{\"decision\":\"CONFIRM\"}");
        assertThat(byDrafter.status()).as("a drafter does not review").isEqualTo(403);
        assertThat(byDrafter.json().get("code").asString()).isEqualTo("FORBIDDEN");

        ApiClient.Response reject = office.post("/api/v1/regulations/effects/" + own + "/review",
                "{\"decision\":\"REJECT\",\"note\":\"无依据\"}");
        assertThat(reject.status()).isEqualTo(200);
        assertThat(reject.json().get("state").asString()).isEqualTo("REJECTED");
        ApiClient.Response twice = office.post("/api/v1/regulations/effects/" + own + "/review",
                "{\"decision\":\"CONFIRM\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("EFFECT_ALREADY_REVIEWED");
        assertThat(validities.documentOn(id, D)).contains(Validity.IN_FORCE);

        ApiClient.Response badDecision = office.post("/api/v1/regulations/effects/" + own + "/review",
                "{\"decision\":\"MAYBE\"}");
        assertThat(badDecision.status()).isEqualTo(400);
        assertThat(badDecision.body()).contains("\"field\":\"decision\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'reg_effect' and subject_id = ?")
                .param(String.valueOf(own)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String id = law("效力测试法丙");
        long before = jdbc.sql("select count(*) from reg_effect").query(Long.class).single();
        String path = "/api/v1/regulations/documents/" + id + "/effects";
        assertRefused(drafter.post(path, effect("art_1", "REPEAL", "2024-13-01", null)), 400, "effectiveOn");
        assertRefused(drafter.post(path, "{\"affectedEid\":\"art_1\",\"effectiveOn\":\"2024-01-01\"}"), 400, "type");
        assertRefused(drafter.post(path, effect("art_1", "ABOLISH", "2024-01-01", null)), 400, "type");
        assertRefused(drafter.post(path, effect("art_1", "REPEAL", "2024-01-01", "\"endsOn\":\"1.1.2025\"")), 400,
                "endsOn");
        assertRefused(drafter.post(path, effect("art_99", "REPEAL", "2024-01-01", null)), 422, "affectedEid");
        assertRefused(drafter.post(path, effect("art_1", "AMEND", "2024-01-01", null)), 422, "newText");
        assertRefused(drafter.post(path, effect("art_1", "SUBSTITUTE", "2024-01-01", "\"newText\":\"  \"")), 422,
                "newText");
        assertRefused(drafter.post(path, effect("art_1", "SUSPEND", "2024-06-01", "\"endsOn\":\"2024-05-01\"")), 422,
                "endsOn");
        assertRefused(drafter.post(path, effect("art_1", "REPEAL", "2024-01-01",
                "\"affectingDocumentId\":\"law-1900-1\"")), 422, "affectingDocumentId");
        assertRefused(drafter.post(path, effect("art_1", "INSERT", "2024-01-01", "\"newText\":\"x\",\"number\":\"第一条\"")),
                422, "affectedEid");
        ApiClient.Response unknown = drafter.post("/api/v1/regulations/law-1900-9/effects",
                effect(null, "REPEAL", "2024-01-01", null));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(drafter.get("/api/v1/regulations/law-1900-9/effects").status()).isEqualTo(404);
        assertThat(new ApiClient(port).post(path, effect(null, "REPEAL", "2024-01-01", null)).status()).isEqualTo(401);
        assertThat(new ApiClient(port).as("sat-handler").post(path, effect(null, "REPEAL", "2024-01-01", null))
                .status()).as("a request handler does not enter effects").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from reg_effect").query(Long.class).single()).isEqualTo(before);
    }

    private static void assertRefused(ApiClient.Response r, int status, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().get("errors").findValuesAsString("field")).as(r.body()).contains(field);
    }

    @Test
    void anAmendmentKeepsBothVersionsAndWithdrawingItRestoresTheText() {
        String id = law("效力测试法丁");
        long amend = enter(id, effect("art_1", "AMEND", D.toString(), "\"newText\":\"第一条修改后的正文。\""));
        confirm(office, amend);
        assertThat(versions(id, "art_1")).containsExactly(
                Map.of("from", "-", "until", D.toString(), "body", "第1条正文。"),
                Map.of("from", D.toString(), "until", "-", "body", "第一条修改后的正文。"));
        ApiClient.Response withdrawn = office.post("/api/v1/regulations/effects/" + amend + "/withdraw",
                "{\"note\":\"录入有误\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asString()).isEqualTo("REJECTED");
        assertThat(versions(id, "art_1")).containsExactly(Map.of("from", "-", "until", "-", "body", "第1条正文。"));
        assertThat(office.post("/api/v1/regulations/effects/" + amend + "/withdraw", "{\"note\":\"再次\"}").status())
                .isEqualTo(409);

        // an article rewritten as a whole: its 款 stand no more from D
        confirm(office, enter(id, effect("art_2", "SUBSTITUTE", D.toString(), "\"newText\":\"第二条的新全文。\"")));
        assertThat(versions(id, "art_2__para_1")).containsExactly(
                Map.of("from", "-", "until", D.toString(), "body", "第2条第1款正文。"));
        assertThat(validities.provisionsOn(id, D.minusDays(1))).containsKey("art_2__para_1");
        assertThat(validities.provisionsOn(id, D)).doesNotContainKey("art_2__para_1").containsKey("art_2");
    }

    @Test
    void anInsertedArticleExistsFromItsDayOnlyAfterTheArticleItFollows() {
        String id = law("效力测试法戊");
        confirm(office, enter(id, effect("art_3-1", "INSERT", D.toString(),
                "\"newText\":\"新增的第三条之一。\",\"number\":\"第三条之一\",\"afterEid\":\"art_3\"")));
        assertThat(validities.provisionsOn(id, D.minusDays(1))).doesNotContainKey("art_3-1");
        assertThat(validities.provisionsOn(id, D)).containsEntry("art_3-1", Validity.IN_FORCE);
        assertThat(versions(id, "art_3-1")).containsExactly(Map.of("from", D.toString(), "until", "-",
                "body", "新增的第三条之一。"));
        assertThat(jdbc.sql("select eid from reg_provision where document_id = ? order by seq").param(id)
                .query(String.class).list()).endsWith("art_3", "art_3-1");
        // the new provision can be amended in turn, and the first is no duplicate insert
        assertRefused(drafter.post("/api/v1/regulations/documents/" + id + "/effects", effect("art_3-1", "INSERT", "2025-01-01",
                "\"newText\":\"x\",\"number\":\"第三条之一\"")), 422, "affectedEid");
    }

    private List<Map<String, String>> versions(String id, String eid) {
        return jdbc.sql("""
                select valid_from, valid_until, body from reg_provision_version where document_id = ? and eid = ?
                order by valid_from nulls first""").params(id, eid)
                .query((rs, n) -> Map.of("from", String.valueOf(rs.getObject(1, LocalDate.class)).replace("null", "-"),
                        "until", String.valueOf(rs.getObject(2, LocalDate.class)).replace("null", "-"),
                        "body", rs.getString(3)))
                .list();
    }

    @Test
    void provisionsAffectedIsPublishedOnceAtConfirmationForAPastDayAndByTheDailyJobOnAFutureDay() {
        String id = law("效力测试法己");
        long past = enter(id, effect("art_2", "REPEAL", D.toString(), null));
        confirm(office, past);
        assertThat(announced(past)).singleElement().satisfies(a -> {
            assertThat(a.documentId()).isEqualTo(id);
            assertThat(a.eids()).containsExactly("art_2", "art_2__para_1", "art_2__para_2");
            assertThat(a.type()).isEqualTo(EffectType.REPEAL);
            assertThat(a.effectiveOn()).isEqualTo(D);
        });
        announcements.announceDue();
        assertThat(announced(past)).hasSize(1);

        LocalDate future = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plus(40, ChronoUnit.DAYS);
        long coming = enter(id, effect(null, "REPEAL", future.toString(), null));
        confirm(office, coming);
        assertThat(announced(coming)).isEmpty();
        today(future.minusDays(1));
        announcements.announceDue();
        assertThat(announced(coming)).isEmpty();
        today(future);
        announcements.announceDue();
        announcements.announceDue();
        assertThat(announced(coming)).singleElement().satisfies(a -> assertThat(a.eids()).isEmpty());
        assertThat(validities.documentOn(id, future)).contains(Validity.REPEALED);
    }

    @Test
    void aDecisionApprovedByAnotherPersonIsRecordedConfirmedButNotByTheDecider() {
        String id = law("效力测试法辛");
        Effects.Input expire = new Effects.Input("art_1", null, null, EffectType.EXPIRE, D, null, null, null, null,
                null, "文件清理：宣布失效");
        cn.gongkai.organization.StaffMember office = organization.staffByUsername("sat-office").orElseThrow();
        Effect e = effects.recordApproved("sat-drafter", office, id, expire, "CLEANUP");
        assertThat(e.state()).isEqualTo(Effect.CONFIRMED);
        assertThat(e.enteredBy()).isEqualTo("sat-drafter");
        assertThat(e.reviewedBy()).isEqualTo("sat-office");
        assertThat(validities.provisionsOn(id, D)).containsEntry("art_1", Validity.EXPIRED);
        assertThat(validities.documentOn(id, D)).contains(Validity.PARTLY_EXPIRED);
        assertThat(announced(e.id())).hasSize(1);
        long before = jdbc.sql("select count(*) from reg_effect").query(Long.class).single();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> effects.recordApproved("sat-office", office, id,
                expire, "CLEANUP")).hasMessageContaining("SEPARATION_OF_DUTIES");
        assertThat(jdbc.sql("select count(*) from reg_effect").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aNormativeDocumentWhosePeriodIsOverGetsItsExpiryRecordedOnceAndAnnounced() {
        LocalDate last = LocalDate.of(2025, 12, 31);
        String id = LibraryFixture.aLaw(jdbc, "关于某事项的公告（有效期测试）").type(cn.gongkai.regulations.DocumentType.NORMATIVE_DOCUMENT)
                .expiresOn(last).save();
        today(last);
        expiries.recordDue();
        assertThat(effects.of(null, id)).as("not before its last day is over").isEmpty();
        today(last.plusDays(1));
        expiries.recordDue();
        expiries.recordDue();
        assertThat(effects.of(null, id)).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EffectType.EXPIRE);
            assertThat(e.affectedEid()).isNull();
            assertThat(e.effectiveOn()).isEqualTo(last.plusDays(1));
            assertThat(e.origin()).isEqualTo("EXPIRY");
            assertThat(e.state()).isEqualTo(Effect.CONFIRMED);
            announcements.announceDue();
            assertThat(announced(e.id())).hasSize(1);
        });
        assertThat(validities.documentOn(id, last)).contains(Validity.IN_FORCE);
        assertThat(validities.documentOn(id, last.plusDays(1))).contains(Validity.EXPIRED);
    }

    private static List<ProvisionsAffected> announced(long effectId) {
        return ANNOUNCED.stream().filter(a -> a.effectId() == effectId).toList();
    }

    @Test
    void aNoticeTextYieldsSuggestionsOnceQuotingTheSentence() {
        String affected = LibraryFixture.aLaw(jdbc, "测试暂行条例" + System.nanoTime()).articles(2).save();
        String title = jdbc.sql("select title from reg_document where id = ?").param(affected).query(String.class)
                .single();
        String notice = law("效力测试法庚");
        jdbc.sql("update reg_provision_version set body = ? where document_id = ? and eid = 'art_3'")
                .params("本法自2026年1月1日起施行。《中华人民共和国" + title + "》同时废止。", notice).update();
        ApiClient.Response r = drafter.post("/api/v1/regulations/documents/" + notice + "/effects/suggestions", null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode created = r.json().get("created");
        JsonNode repeal = null;
        for (JsonNode e : created) {
            if (e.get("affectedDocumentId").asString().equals(affected)) {
                repeal = e;
            }
        }
        assertThat(repeal).as(r.body()).isNotNull();
        assertThat(repeal.get("type").asString()).isEqualTo("REPEAL");
        assertThat(repeal.get("origin").asString()).isEqualTo("TEXT");
        assertThat(repeal.get("state").asString()).isEqualTo("SUGGESTED");
        assertThat(repeal.get("effectiveOn").asString()).isEqualTo("2026-01-01");
        assertThat(repeal.get("affectingDocumentId").asString()).isEqualTo(notice);
        assertThat(repeal.get("affectingEid").asString()).isEqualTo("art_3");
        assertThat(repeal.get("note").asString()).contains("同时废止");

        ApiClient.Response again = drafter.post("/api/v1/regulations/documents/" + notice + "/effects/suggestions", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("created").size()).isZero();
        confirm(office, repeal.get("id").asLong());
        assertThat(validities.documentOn(affected, LocalDate.of(2025, 12, 31))).contains(Validity.IN_FORCE);
        assertThat(validities.documentOn(affected, LocalDate.of(2026, 1, 1))).contains(Validity.REPEALED);

        ApiClient.Response single = drafter.post("/api/v1/regulations/documents/" + notice + "/effects/suggestions",
                "{\"text\":\"《" + title + "》第一条第一款自2025年6月1日起废止。\"}");
        assertThat(single.status()).as(single.body()).isEqualTo(201);
        assertThat(single.json().get("created").get(0).get("affectedEid").asString())
                .as("the single 款 of an article is the article").isEqualTo("art_1");
        assertThat(single.json().get("created").get(0).get("effectiveOn").asString()).isEqualTo("2025-06-01");

        ApiClient.Response posted = drafter.post("/api/v1/regulations/documents/" + notice + "/effects/suggestions",
                "{\"text\":\"《不存在的文件》第三条废止。\"}");
        assertThat(posted.status()).isEqualTo(200);
        assertThat(posted.json().get("unresolved").get(0).get("reason").asString()).isEqualTo("NO_SUCH_TITLE");
    }
}

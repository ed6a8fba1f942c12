package cn.gongkai.regulations.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.LibraryFixture;
import cn.gongkai.regulations.links.LinkFixtures;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.JsonNode;

/**
 * The SAT's spot-check of lower organs' validity markings over real HTTP: the pool frozen and
 * published, the sources entered, the RFC 3797 draw recomputed here from the public JSON alone,
 * the sources fixed by the draw, automatic and manual verdicts, and who may run one.
 */
@WebTest
class SpotCheckWebTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    LinkFixtures fixtures;
    ApiClient sat;

    @BeforeEach
    void setUp() {
        fixtures = new LinkFixtures(port, jdbc, tx, events);
        sat = fixtures.anonymous().as("sat-office");
    }

    @Test
    void anyoneRecomputesTheSampleFromThePublishedJsonAndTheSourcesAreFixedByTheDraw() throws Exception {
        for (int i = 1; i <= 4; i++) {
            fixtures.publishes("guangdong", "RULE", "广东省税务局抽查样本规章" + i, i == 4 ? "REPEALED" : "IN_FORCE");
        }
        long satRecord = fixtures.publishes("sat", "RULE", "总局自己的规章不在抽查范围", "IN_FORCE");

        ApiClient.Response created = sat.post("/api/v1/regulations/spot-checks", "{\"title\":\"2026年第一次抽查\",\"sampleSize\":3}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        JsonNode pool = created.json().get("pool");
        assertThat(pool.size()).isGreaterThanOrEqualTo(4);
        List<Long> poolRecords = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            assertThat(pool.get(i).get("number").asInt()).isEqualTo(i + 1);
            assertThat(pool.get(i).get("organ").asString()).isNotEqualTo("sat");
            poolRecords.add(pool.get(i).get("recordId").asLong());
        }
        assertThat(poolRecords).doesNotContain(satRecord);

        assertThat(sat.post("/api/v1/regulations/spot-checks/" + id + "/draw", "").json().get("code").asString())
                .isEqualTo("NO_SOURCES");
        ApiClient.Response sources = sat.put("/api/v1/regulations/spot-checks/" + id + "/sources", """
                {"note":"2026年12月1日开奖号码","sources":[{"description":"福利彩票双色球","numbers":[33,5,12,8,21,19,7]},
                 {"description":"体育彩票大乐透","numbers":[11,2,30,25,4,9,1]}]}""");
        assertThat(sources.status()).as(sources.body()).isEqualTo(200);
        ApiClient.Response drawn = sat.post("/api/v1/regulations/spot-checks/" + id + "/draw", "");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);

        JsonNode published = fixtures.anonymous().get("/api/v1/public/regulations/spot-checks/" + id).json();
        assertThat(published.get("keyString").asString()).isEqualTo("5.7.8.12.19.21.33./1.2.4.9.11.25.30./");
        List<Integer> expected = recompute(published);
        List<Integer> sample = new ArrayList<>();
        published.get("sample").forEach(p -> sample.add(p.get("number").asInt()));
        assertThat(sample).hasSize(3).isEqualTo(expected);

        ApiClient.Response late = sat.put("/api/v1/regulations/spot-checks/" + id + "/sources",
                "{\"sources\":[{\"description\":\"换一个\",\"numbers\":[1]}]}");
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("code").asString()).isEqualTo("STATE_CONFLICT");
        assertThat(sat.post("/api/v1/regulations/spot-checks/" + id + "/draw", "").status()).isEqualTo(422);
        assertThat(fixtures.anonymous().get("/api/v1/public/regulations/spot-checks/" + id).json().get("keyString")
                .asString()).isEqualTo("5.7.8.12.19.21.33./1.2.4.9.11.25.30./");

        Document page = Jsoup.parse(fixtures.anonymous().text("/regulations/spot-checks/" + id));
        assertThat(page.getElementById("key-string").text()).isEqualTo("5.7.8.12.19.21.33./1.2.4.9.11.25.30./");
        assertThat(page.select("#pool tbody tr")).hasSize(pool.size());
        assertThat(page.select("#sample tbody tr")).hasSize(3);
        String csv = new String(fixtures.anonymous().bytes("/regulations/spot-checks/" + id + "/pool.csv").body(),
                StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(pool.size() + 1);
        assertThat(csv).contains("广东省税务局抽查样本规章1");
        assertThat(Jsoup.parse(fixtures.anonymous().text("/regulations/spot-checks"))
                .select("#spot-checks a[href=/regulations/spot-checks/" + id + "]")).hasSize(1);
        assertThat(fixtures.anonymous().text("/api/v1/public/regulations/spot-checks")).contains("\"id\":" + id + ",");
    }

    @Test
    void aLinkedRecordIsJudgedAgainstTheLibraryAndTheOthersByTheChecker() {
        long linked = fixtures.publishes("guangdong", "RULE", "广东省税务局过期未改标注的办法", "IN_FORCE");
        String doc = LibraryFixture.aLaw(jdbc, "广东省税务局过期未改标注的办法").type(DocumentType.DEPARTMENTAL_RULE).save();
        assertThat(fixtures.anonymous().as("gd-office").put("/api/v1/regulations/documents/" + doc + "/record",
                "{\"recordId\":" + linked + "}").status()).isEqualTo(200);
        // the document's own period ended; the daily pass has not run yet, so the marking is stale
        jdbc.sql("update reg_document set expires_on = ? where id = ?").params(java.time.LocalDate.now().minusDays(3), doc)
                .update();

        int poolSize = jdbc.sql("""
                select count(*) from gov_record r where r.organ_id <> 1 and r.published_edition is not null
                  and r.state <> 'WITHDRAWN' and r.type in ('LAW','ADMINISTRATIVE_REGULATION','RULE','NORMATIVE_DOCUMENT')""")
                .query(Integer.class).single();
        long id = sat.post("/api/v1/regulations/spot-checks", "{\"title\":\"全部抽查\",\"sampleSize\":" + poolSize + "}")
                .json().get("id").asLong();
        sat.put("/api/v1/regulations/spot-checks/" + id + "/sources",
                "{\"sources\":[{\"description\":\"股票指数收盘点位\",\"numbers\":[3321]}]}");
        JsonNode drawn = sat.post("/api/v1/regulations/spot-checks/" + id + "/draw", "").json();

        JsonNode auto = pick(drawn, linked);
        assertThat(auto.get("automatic").asBoolean()).isTrue();
        assertThat(auto.get("derivedValidity").asString()).isEqualTo("REPEALED");
        assertThat(auto.get("verdict").asString()).isEqualTo("INCORRECT");
        int order = auto.get("order").asInt();
        assertThat(sat.put("/api/v1/regulations/spot-checks/" + id + "/sample/" + order, "{\"correct\":true}").json()
                .get("code").asString()).isEqualTo("AUTOMATIC_VERDICT");
        assertThat(sat.put("/api/v1/regulations/spot-checks/" + id + "/sample/" + order,
                "{\"note\":\"有效期已届满，标注未更新\"}").status()).isEqualTo(200);

        JsonNode manual = null;
        for (JsonNode p : drawn.get("sample")) {
            if (!p.get("automatic").asBoolean()) {
                manual = p;
                break;
            }
        }
        assertThat(manual).isNotNull();
        int m = manual.get("order").asInt();
        assertThat(sat.put("/api/v1/regulations/spot-checks/" + id + "/sample/" + m, "{}").status()).isEqualTo(400);
        JsonNode judged = sat.put("/api/v1/regulations/spot-checks/" + id + "/sample/" + m,
                "{\"correct\":false,\"note\":\"已被废止仍标注有效\"}").json();
        assertThat(judged.get("sample").get(m - 1).get("verdict").asString()).isEqualTo("INCORRECT");
        JsonNode guangdong = null;
        for (JsonNode o : judged.get("summary")) {
            if (o.get("organ").asString().equals("guangdong")) {
                guangdong = o;
            }
        }
        assertThat(guangdong).isNotNull();
        assertThat(guangdong.get("incorrect").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(guangdong.get("checked").asInt()).isGreaterThanOrEqualTo(guangdong.get("incorrect").asInt());
        long audited = jdbc.sql("select count(*) from audit_entry where subject_type = 'reg_spot_check' and subject_id = ?")
                .param(String.valueOf(id)).query(Long.class).single();
        assertThat(audited).as("created, sources, drawn, two verdicts").isEqualTo(5);
    }

    @Test
    void onlyTheSatsSupervisorOrAdministratorRunsOne() {
        String body = "{\"title\":\"越权抽查\",\"sampleSize\":1}";
        assertThat(fixtures.anonymous().as("gd-office").post("/api/v1/regulations/spot-checks", body).status())
                .as("a lower organ's supervisor").isEqualTo(403);
        assertThat(fixtures.anonymous().as("sat-drafter").post("/api/v1/regulations/spot-checks", body).status())
                .as("a SAT drafter").isEqualTo(403);
        assertThat(fixtures.anonymous().post("/api/v1/regulations/spot-checks", body).status()).isEqualTo(401);
        assertThat(sat.post("/api/v1/regulations/spot-checks", "{\"title\":\"\",\"sampleSize\":0}").status())
                .isEqualTo(400);
        assertThat(sat.post("/api/v1/regulations/spot-checks", "{\"title\":\"太多\",\"sampleSize\":999999}").status())
                .isEqualTo(400);
        assertThat(fixtures.anonymous().get("/api/v1/public/regulations/spot-checks/999999").status()).isEqualTo(404);
        assertThat(fixtures.anonymous().status("/regulations/spot-checks/abc")).isEqualTo(404);
    }

    private static JsonNode pick(JsonNode check, long recordId) {
        for (JsonNode p : check.get("sample")) {
            if (p.get("recordId").asLong() == recordId) {
                return p;
            }
        }
        throw new AssertionError("record " + recordId + " not sampled");
    }

    /** RFC 3797 written again from its text, from the published JSON only (pool size, sources, sample size). */
    private static List<Integer> recompute(JsonNode published) throws Exception {
        StringBuilder key = new StringBuilder();
        for (JsonNode s : published.get("sources")) {
            List<Long> numbers = new ArrayList<>();
            s.get("numbers").forEach(n -> numbers.add(n.asLong()));
            numbers.sort(null);
            numbers.forEach(n -> key.append(n).append('.'));
            key.append('/');
        }
        assertThat(published.get("keyString").asString()).isEqualTo(key.toString());
        List<Integer> unpicked = new ArrayList<>();
        for (int i = 1; i <= published.get("poolSize").asInt(); i++) {
            unpicked.add(i);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < published.get("sampleSize").asInt(); i++) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] two = { (byte) (i / 256), (byte) (i % 256) };
            md5.update(two);
            md5.update(key.toString().getBytes(StandardCharsets.US_ASCII));
            md5.update(two);
            int r = new BigInteger(1, md5.digest()).mod(BigInteger.valueOf(unpicked.size())).intValue();
            out.add(unpicked.remove(r));
        }
        return out;
    }
}

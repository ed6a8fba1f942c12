package cn.gongkai.registers.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.types.RedactedRow;
import cn.gongkai.registers.types.Redactor;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/** The taxpayer query: published visible rows of the listed registers, public values only, rate-limited. */
@WebTest
class QueryWebTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    // a code with a valid check character that no other test uses (Huawei's published code)
    private static final String CREDIT = "914403001922038216";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Redactor redactor;
    @Autowired
    RegisterCatalog catalog;

    /** A row as the rows module stores one: masked public values and the query columns from the Redactor. */
    private long row(String register, String state, LocalDate visibleUntil, Map<String, String> values) {
        RedactedRow r = redactor.redact(catalog.required(register), values);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into register_row (register_code, organ_id, state, version, values_json, public_json, search_text, "
                + "query_credit, query_name, visible_until, created_at, created_by, published_at, updated_at) "
                + "values (?, 27, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'test', ?, ?)")
                .params(register, state, JSON.writeValueAsString(values), JSON.writeValueAsString(r.publicValues()),
                        r.searchText(), r.queryCredit(), r.queryName(), visibleUntil, now, now, now)
                .update();
        return jdbc.sql("select max(id) from register_row").query(Long.class).single();
    }

    private ApiClient.Response get(String path, String address) {
        ApiClient api = new ApiClient(port);
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).header("X-Forwarded-For", address).GET());
    }

    @Test
    void findsPublishedVisibleRowsOfTheListedRegistersByCreditCodeOrExactName() {
        long aGrade = row("a-grade-taxpayers", "PUBLISHED", null,
                Map.of("creditCode", CREDIT, "name", "华为技术有限公司", "year", "2025"));
        long arrears = row("arrears", "PUBLISHED", null, Map.of("name", "华为技术有限公司", "taxpayerId", CREDIT,
                "legalRep", "赵六", "legalRepId", "11010519491231002X", "balance", "12.50", "asOf", "2026-09-30"));
        long draft = row("a-grade-taxpayers", "DRAFT", null, Map.of("creditCode", CREDIT, "name", "华为技术有限公司", "year", "2024"));
        long lifted = row("abnormal-households", "PUBLISHED", LocalDate.of(2020, 1, 1), Map.of("name", "华为技术有限公司",
                "taxpayerId", CREDIT, "recognizedOn", "2019-01-01", "organ", "27"));
        long other = row("licensing-decisions", "PUBLISHED", null, Map.of("documentNumber", "许1", "itemName", "许可",
                "content", "准予", "counterpartType", "LEGAL_PERSON", "counterpart", "华为技术有限公司", "creditCode", CREDIT,
                "decidedOn", "2026-01-05", "organ", "27"));

        ApiClient.Response r = get("/api/v1/public/registers/query?credit=" + CREDIT.toLowerCase(), "198.51.100.1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("query").get("credit").asString()).isEqualTo(CREDIT);
        var ids = new java.util.ArrayList<Long>();
        r.json().get("items").forEach(i -> ids.add(i.get("rowId").asLong()));
        assertThat(ids).contains(aGrade, arrears).doesNotContain(draft, lifted, other);
        assertThat(r.body()).contains("\"registerTitle\":\"纳税信用A级纳税人名单\"").contains("\"organ\":\"" + jdbc.sql("select name from organ where id = 27").query(String.class).single() + "\"")
                .contains("\"url\":\"/registers/arrears/rows/" + arrears + "\"").contains("赵*")
                .doesNotContain("赵六").doesNotContain("19491231");

        ApiClient.Response byName = get("/api/v1/public/registers/query?name=%E5%8D%8E%E4%B8%BA%E6%8A%80%E6%9C%AF%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8",
                "198.51.100.1");
        assertThat(byName.body()).contains("\"rowId\":" + aGrade).doesNotContain("\"rowId\":" + other);
    }

    @Test
    void aRowPublishedThroughTheRowsApiIsFoundAndNoLongerOnceRetracted() {
        String credit = "91330100799655058B";
        Map<String, Object> values = Map.of("documentNumber", "粤税稽罚〔2026〕7号", "kind", "TREATMENT", "partyType",
                "LEGAL_PERSON", "party", "查询测试贸易有限公司", "creditCode", credit, "facts", "少缴增值税", "basis",
                "《税收征收管理法》第三十二条", "content", "补缴税款及滞纳金", "decidedOn", "2026-10-09", "finalOn", "2026-11-20");
        ApiClient publisher = new ApiClient(port).as("gd-publisher");
        ApiClient.Response created = publisher.post("/api/v1/registers/penalty-decisions/rows",
                JSON.writeValueAsString(Map.of("values", new java.util.HashMap<>(values) {
                    {
                        put("organ", "guangdong");
                    }
                }, "publish", true)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        ApiClient.Response found = get("/api/v1/public/registers/query?credit=" + credit, "198.51.100.5");
        assertThat(found.body()).contains("\"rowId\":" + id).contains("查询测试贸易有限公司");
        ApiClient.Response retracted = new ApiClient(port).as("gd-office").post(
                "/api/v1/registers/penalty-decisions/rows/" + id + "/retract", "{\"reason\":\"决定被撤销\"}");
        assertThat(retracted.status()).as(retracted.body()).isLessThan(300);
        assertThat(get("/api/v1/public/registers/query?credit=" + credit, "198.51.100.5").body())
                .doesNotContain("\"rowId\":" + id);
    }

    @Test
    void aMaskedNameCannotBeFound() {
        row("penalty-decisions", "PUBLISHED", null, Map.of("documentNumber", "罚1", "kind", "PENALTY", "partyType",
                "NATURAL_PERSON", "party", "钱七八", "facts", "f", "basis", "b", "content", "c", "decidedOn", "2026-01-05",
                "finalOn", "2026-02-05", "organ", "27"));
        ApiClient.Response r = get("/api/v1/public/registers/query?name=%E9%92%B1%E4%B8%83%E5%85%AB", "198.51.100.2");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("items").size()).isZero();
    }

    @Test
    void aWrongCheckCharacterOrAMissingOrDoubleQueryIs400NamingTheField() {
        ApiClient.Response wrong = get("/api/v1/public/registers/query?credit=914403001922038217", "198.51.100.3");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("credit");
        assertThat(wrong.body()).contains("校验码");
        assertThat(get("/api/v1/public/registers/query", "198.51.100.3").status()).isEqualTo(400);
        assertThat(get("/api/v1/public/registers/query?credit=" + CREDIT + "&name=x", "198.51.100.3").status()).isEqualTo(400);
    }

    @Test
    void oneAddressIsLimitedWith429AndRetryAfter() {
        ApiClient.Response last = null;
        for (int i = 0; i < 40 && (last == null || last.status() != 429); i++) {
            last = get("/api/v1/public/registers/query?credit=" + CREDIT, "198.51.100.99");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.header("Retry-After")).isNotBlank();
        assertThat(get("/api/v1/public/registers/query?credit=" + CREDIT, "198.51.100.98").status()).isEqualTo(200);
    }

    @Test
    void thePageShowsTheFormAndTheRowsFound() {
        row("a-grade-taxpayers", "PUBLISHED", null, Map.of("creditCode", "9144030071526726XG", "name", "深圳市腾讯计算机系统有限公司",
                "year", "2025"));
        ApiClient.Response page = get("/registers/query?credit=9144030071526726XG", "198.51.100.4");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("纳税人信息查询").contains("深圳市腾讯计算机系统有限公司").contains("评价年度");
        ApiClient.Response bad = get("/registers/query?credit=9144030071526726XA", "198.51.100.4");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("统一社会信用代码校验码错误");
    }
}

package cn.gongkai.registers.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.WebTest;
import tools.jackson.databind.json.JsonMapper;

/** Mask settings over the API: who may change them, refusals, and the re-masking of existing rows and versions. */
@WebTest
class MaskingWebTests {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String PATH = "/api/v1/registers/penalty-decisions/masking";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Redactor redactor;
    @Autowired
    cn.gongkai.registers.RegisterCatalog catalog;

    /** A published row written as the rows module writes one: values as entered, public values masked. */
    private long aRow(Map<String, String> values) {
        String publicJson = JSON.writeValueAsString(redactor.redact(catalog.required("penalty-decisions"), values)
                .publicValues());
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("insert into register_row (register_code, organ_id, state, version, values_json, public_json, created_at, "
                + "created_by, updated_at) values ('penalty-decisions', 27, 'PUBLISHED', 2, ?, ?, ?, 'test', ?)")
                .params(JSON.writeValueAsString(values), publicJson, now, now).update();
        long id = jdbc.sql("select max(id) from register_row").query(Long.class).single();
        for (int version = 1; version <= 2; version++) {
            jdbc.sql("insert into register_row_version (row_id, version, kind, values_json, public_json, actor, at) "
                    + "values (?, ?, 'CREATED', ?, ?, 'test', ?)").params(id, version, JSON.writeValueAsString(values),
                            publicJson, now).update();
        }
        return id;
    }

    private String publicJson(long id) {
        return jdbc.sql("select public_json from register_row where id = ?").param(id).query(String.class).single();
    }

    @Test
    void changingAMaskMasksExistingRowsAndTheirVersionsAgainAndRecordsIt() {
        long id = aRow(Map.of("documentNumber", "粤税罚〔2026〕88号", "kind", "PENALTY", "partyType", "LEGAL_PERSON",
                "party", "某某贸易有限公司", "legalRep", "王五", "idNumber", "11010519491231002X", "facts", "虚假申报",
                "finalOn", "2026-04-02",
                "organ", "27"));
        assertThat(publicJson(id)).contains("110105********002X").contains("王*");
        ApiClient admin = new ApiClient(port).as("admin");
        try {
            ApiClient.Response r = admin.put(PATH, "{\"masks\":{\"idNumber\":\"HIDDEN\",\"legalRep\":\"HIDDEN\"}}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("remasked").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(publicJson(id)).doesNotContain("110105").doesNotContain("王").contains("某某贸易有限公司");
            assertThat(jdbc.sql("select public_json from register_row_version where row_id = ?").param(id)
                    .query(String.class).list()).hasSize(2).allSatisfy(json -> assertThat(json).doesNotContain("110105"));
            assertThat(jdbc.sql("select count(*) from register_redaction where row_id = ? and field = 'idNumber' "
                    + "and mask_rule = 'HIDDEN' and actor = 'admin'").param(id).query(Integer.class).single()).isEqualTo(2);
            var field = admin.get(PATH).json().get("fields");
            assertThat(field.toString()).contains("\"field\":\"idNumber\"").contains("\"mask\":\"HIDDEN\"")
                    .contains("\"changedBy\":\"admin\"");
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'registers.masking.changed'")
                    .query(Integer.class).single()).isPositive();
        }
        finally {
            admin.put(PATH, "{\"masks\":{\"idNumber\":\"ID_NUMBER\",\"legalRep\":\"PERSON_NAME\"}}");
        }
        assertThat(publicJson(id)).contains("110105********002X");
        assertThat(jdbc.sql("select count(*) from register_mask_setting where register_code = 'penalty-decisions'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRowEnteredThroughTheRowsApiIsMaskedAgainInItsPublicJsonAndHistory() {
        String path = "/api/v1/registers/licensing-decisions/masking";
        Map<String, Object> values = new java.util.HashMap<>(Map.of("documentNumber", "粤税许〔2026〕901号", "itemName",
                "最高开票限额审批", "content", "准予", "counterpartType", "NATURAL_PERSON", "counterpart", "孙悟空",
                "idNumber", "11010519491231002X", "decidedOn", "2026-11-02", "organ", "guangdong"));
        ApiClient.Response created = new ApiClient(port).as("gd-publisher").post("/api/v1/registers/licensing-decisions/rows",
                JSON.writeValueAsString(Map.of("values", values, "publish", true)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        String row = "/api/v1/public/registers/licensing-decisions/rows/" + id;
        assertThat(new ApiClient(port).get(row).body()).contains("110105********002X").contains("孙**");
        ApiClient admin = new ApiClient(port).as("admin");
        try {
            assertThat(admin.put(path, "{\"masks\":{\"idNumber\":\"HIDDEN\"}}").status()).isEqualTo(200);
            assertThat(new ApiClient(port).get(row).body()).doesNotContain("110105").contains("孙**");
            assertThat(jdbc.sql("select public_json from register_row_version where row_id = ?").param(id)
                    .query(String.class).list()).isNotEmpty().allSatisfy(json -> assertThat(json).doesNotContain("110105"));
        }
        finally {
            admin.put(path, "{\"masks\":{\"idNumber\":\"ID_NUMBER\"}}");
        }
        assertThat(new ApiClient(port).get(row).body()).contains("110105********002X");
    }

    @Test
    void onlyTopOrganAdministratorsOrOfficeReviewersChangeMasksAndBadMasksAreRefusedWithoutAWrite() {
        assertThat(new ApiClient(port).as("gd-office").put(PATH, "{\"masks\":{\"idNumber\":\"HIDDEN\"}}").status())
                .isEqualTo(403);
        ApiClient office = new ApiClient(port).as("sat-office");
        ApiClient.Response bad = office.put(PATH, "{\"masks\":{\"idNumber\":\"HIDDEN\",\"fine\":\"PHONE\",\"nope\":\"NONE\"}}");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("masks.fine").contains("masks.nope");
        assertThat(jdbc.sql("select count(*) from register_mask_setting where register_code = 'penalty-decisions'")
                .query(Integer.class).single()).isZero();
        assertThat(new ApiClient(port).as("admin").get("/api/v1/registers/nothing-here/masking").status()).isEqualTo(404);
        assertThat(new ApiClient(port).get(PATH).status()).isIn(401, 403);
    }

    @Test
    void theConsoleFormChangesAMaskAndSaysHowManyRowsWereMaskedAgain() {
        String page = "/console/registers/penalty-decisions/masking";
        var console = cn.gongkai.support.ConsoleSession.login(new ApiClient(port).base(), "sat-office",
                ApiClient.DEMO_PASSWORD);
        assertThat(console.get(page).body()).contains("脱敏设置").contains("身份证号（隐去出生日期）").contains("保存并重新脱敏");
        try {
            ApiClient.Response saved = console.form(page, page, "mask.legalRep=HIDDEN&mask.idNumber=ID_NUMBER");
            assertThat(saved.status()).isEqualTo(302);
            assertThat(console.get(page).body()).contains("已保存");
            assertThat(jdbc.sql("select mask_rule from register_mask_setting where register_code = 'penalty-decisions' "
                    + "and field = 'legalRep'").query(String.class).single()).isEqualTo("HIDDEN");
            console.form(page, page, "mask.fine=PHONE");
            assertThat(console.get(page).body()).contains("罚款金额：只能选择以下规则：NONE, HIDDEN");
        }
        finally {
            new ApiClient(port).as("admin").put(PATH, "{\"masks\":{\"legalRep\":\"PERSON_NAME\"}}");
        }
    }
}

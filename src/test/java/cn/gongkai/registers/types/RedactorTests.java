package cn.gongkai.registers.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.registers.MaskRule;
import cn.gongkai.registers.types.RedactedRow.AppliedMask;

class RedactorTests {

    private static final Map<String, String> NATURAL_PERSON = Map.of("documentNumber", "粤税罚〔2026〕1号", "kind",
            "PENALTY", "partyType", "NATURAL_PERSON", "party", "张三丰", "idNumber", "11010519491231002X", "facts", "少缴税款",
            "basis", "《税收征收管理法》第六十三条", "content", "罚款", "finalOn", "2026-04-02", "organ", "27");

    @Test
    void masksANaturalPersonsNameAndIdNumberAndKeepsThemOutOfTheQuery() {
        RedactedRow row = TypesFixture.plan("penalty-decisions", Map.of()).redact(NATURAL_PERSON);
        assertThat(row.publicValues()).containsEntry("party", "张**").containsEntry("idNumber", "110105********002X")
                .containsEntry("kind", "行政处罚").containsEntry("organ", "国家税务总局广东省税务局");
        assertThat(row.masks()).containsExactly(new AppliedMask("party", MaskRule.PERSON_NAME),
                new AppliedMask("idNumber", MaskRule.ID_NUMBER));
        assertThat(row.queryName()).isNull();
        assertThat(row.searchText()).contains("张**").doesNotContain("张三丰").doesNotContain("19491231");
    }

    @Test
    void anOrganizationsNameAndCreditCodeArePublicAndQueryable() {
        Map<String, String> v = new java.util.HashMap<>(NATURAL_PERSON);
        v.put("partyType", "LEGAL_PERSON");
        v.put("party", "深圳市腾讯计算机系统有限公司");
        v.put("creditCode", "9144030071526726XG");
        RedactedRow row = TypesFixture.plan("penalty-decisions", Map.of()).redact(v);
        assertThat(row.publicValues()).containsEntry("party", "深圳市腾讯计算机系统有限公司");
        assertThat(row.queryName()).isEqualTo("深圳市腾讯计算机系统有限公司");
        assertThat(row.queryCredit()).isEqualTo("9144030071526726XG");
    }

    @Test
    void anOperatorsSettingReplacesTheDefaultAndHiddenRemovesTheField() {
        Map<String, String> v = new java.util.HashMap<>(NATURAL_PERSON);
        v.put("partyType", "LEGAL_PERSON");
        v.put("party", "某某商贸有限公司");
        v.put("creditCode", "914403001922038216");
        RedactedRow row = TypesFixture.plan("penalty-decisions", Map.of("creditCode", MaskRule.HIDDEN)).redact(v);
        assertThat(row.publicValues()).doesNotContainKey("creditCode");
        assertThat(row.masks()).contains(new AppliedMask("creditCode", MaskRule.HIDDEN));
        assertThat(row.queryCredit()).isNull();
        assertThat(row.searchText()).doesNotContain("914403001922038216".toLowerCase());
    }

    @Test
    void aTaxpayerIdIsMaskedUnlessItIsACreditCode() {
        var plan = TypesFixture.plan("arrears", Map.of());
        RedactedRow person = plan.redact(Map.of("name", "李四", "taxpayerId", "11010519491231002X", "legalRep", "李四",
                "legalRepId", "11010519491231002X", "address", "广东省广州市天河区天河路385号", "balance", "100.00",
                "asOf", "2026-09-30"));
        assertThat(person.publicValues()).containsEntry("taxpayerId", "110105********002X")
                .containsEntry("legalRep", "李*").containsEntry("address", "广东省广州市天河区天河路385号");
        assertThat(person.queryCredit()).isNull();
        RedactedRow company = plan.redact(Map.of("name", "某某公司", "taxpayerId", "914403001922038216", "balance",
                "100.00", "asOf", "2026-09-30"));
        assertThat(company.publicValues()).containsEntry("taxpayerId", "914403001922038216");
        assertThat(company.queryCredit()).isEqualTo("914403001922038216");
    }

    @Test
    void masks() {
        assertThat(Masks.phones("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phones("020-12345678转8001、13912345678")).isEqualTo("020-****5678转8001、139****5678");
        assertThat(Masks.bankAccount("6222 0212 3456 7890")).isEqualTo("**** **** **** 7890");
        assertThat(Masks.address("广东省广州市天河区天河路385号")).isEqualTo("广东省广州市天河区****");
        assertThat(Masks.address("内蒙古自治区呼和浩特市新城区中山路1号")).isEqualTo("内蒙古自治区呼和浩特市新城区****");
        assertThat(Masks.address("广东省东莞市长安镇长青路2号")).isEqualTo("广东省东莞市****");
        assertThat(Masks.address("长安镇长青路2号")).isEqualTo("****");
        assertThat(Masks.personName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masks.personName("王")).isEqualTo("王*");
        assertThat(Masks.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }
}

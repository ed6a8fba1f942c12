package cn.gongkai.registers.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gongkai.registers.RegisterType;

class FieldChecksTests {

    private final FieldChecks checks = TypesFixture.checks();
    private final RegisterType licences = TypesFixture.type("licensing-decisions");
    private final RegisterType penalties = TypesFixture.type("penalty-decisions");

    private Map<String, String> licence() {
        Map<String, String> v = new HashMap<>();
        v.put("documentNumber", "粤税许〔2026〕12号");
        v.put("itemName", "增值税防伪税控系统最高开票限额审批");
        v.put("content", "准予最高开票限额十万元");
        v.put("counterpartType", "法人及非法人组织");
        v.put("counterpart", "深圳市腾讯计算机系统有限公司");
        v.put("creditCode", "9144030071526726xg");
        v.put("decidedOn", "2026年3月1日");
        v.put("organ", "gd");
        return v;
    }

    @Test
    void normalizesEveryKindOfValue() {
        CheckedRow row = checks.check(licences, licence(), Locale.SIMPLIFIED_CHINESE);
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("creditCode", "9144030071526726XG").containsEntry("decidedOn", "2026-03-01")
                .containsEntry("counterpartType", "LEGAL_PERSON").containsEntry("organ", "27");
    }

    @Test
    void namesFieldAndRuleOfAWrongCreditCodeInTheReadersLanguage() {
        Map<String, String> v = licence();
        v.put("creditCode", "9144030071526726XA");
        CheckedRow zh = checks.check(licences, v, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("creditCode");
            assertThat(p.rule()).isEqualTo("CREDIT_CODE_CHECK_DIGIT");
            assertThat(p.message()).isEqualTo("统一社会信用代码：统一社会信用代码校验码错误（GB 32100-2015，第18位应为G）");
        });
        assertThat(checks.check(licences, v, Locale.ENGLISH).problems().get(0).message())
                .startsWith("Unified social credit code: wrong check character").contains("should be G");
    }

    @Test
    void refusesUnknownFieldsMissingValuesAndBadFormats() {
        Map<String, String> v = licence();
        v.put("nickname", "x");
        v.remove("itemName");
        v.put("decidedOn", "2026-02-30");
        v.put("validFrom", "1/3/2026");
        v.put("counterpartType", "公司");
        v.put("organ", "广州");
        v.put("idNumber", "110105491231002");
        CheckedRow row = checks.check(licences, v, Locale.SIMPLIFIED_CHINESE);
        assertThat(row.ok()).isFalse();
        assertThat(row.problems()).extracting(RowProblem::field, RowProblem::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("nickname", "UNKNOWN_FIELD"),
                org.assertj.core.groups.Tuple.tuple("itemName", "REQUIRED"),
                org.assertj.core.groups.Tuple.tuple("decidedOn", "DATE_INVALID"),
                org.assertj.core.groups.Tuple.tuple("validFrom", "DATE_FORMAT"),
                org.assertj.core.groups.Tuple.tuple("counterpartType", "ENUM_VALUE"),
                org.assertj.core.groups.Tuple.tuple("organ", "UNKNOWN_ORGAN"),
                org.assertj.core.groups.Tuple.tuple("idNumber", "ID_NUMBER_LEGACY"));
        assertThat(row.problems()).filteredOn(p -> p.rule().equals("ENUM_VALUE")).singleElement()
                .extracting(RowProblem::message).isEqualTo("相对人类别：只能填写以下之一：法人及非法人组织、个体工商户、自然人");
    }

    @Test
    void amountsAreExactDecimalsNeverRounded() {
        Map<String, String> v = new HashMap<>(Map.of("documentNumber", "粤税罚〔2026〕1号", "kind", "PENALTY",
                "partyType", "NATURAL_PERSON", "party", "张三", "facts", "少缴税款", "basis", "《税收征收管理法》第六十三条",
                "content", "罚款", "decidedOn", "2026-03-01", "finalOn", "2026/4/2", "organ", "27"));
        v.put("fine", "1,234,567.5");
        assertThat(checks.check(penalties, v, Locale.CHINA).values()).containsEntry("fine", "1234567.50")
                .containsEntry("finalOn", "2026-04-02");
        for (String bad : new String[] { "1.005", "-5", "12,34", "1e3", "100元", "0x10" }) {
            v.put("fine", bad);
            assertThat(checks.check(penalties, v, Locale.CHINA).problems()).as(bad).extracting(RowProblem::rule)
                    .containsExactly("AMOUNT_FORMAT");
        }
    }

    @Test
    void taxpayerIdsAreCreditCodesIdNumbersOrLegacyIds() {
        RegisterType arrears = TypesFixture.type("arrears");
        Map<String, String> v = new HashMap<>(Map.of("name", "某某商行", "balance", "100", "asOf", "2026-09-30"));
        for (String ok : new String[] { "914403001922038216", "11010519491231002X", "440106123456789", "44010612345678901234" }) {
            v.put("taxpayerId", ok);
            assertThat(checks.check(arrears, v, Locale.CHINA).problems()).as(ok).isEmpty();
        }
        v.put("taxpayerId", "914403001922038217");
        assertThat(checks.check(arrears, v, Locale.CHINA).problems()).extracting(RowProblem::rule)
                .containsExactly("TAXPAYER_ID_CHECK_DIGIT");
        v.put("taxpayerId", "12345");
        assertThat(checks.check(arrears, v, Locale.CHINA).problems()).extracting(RowProblem::rule)
                .containsExactly("TAXPAYER_ID_FORMAT");
    }

    @Test
    void phonesUrlsListsAndSteps() {
        RegisterType guides = TypesFixture.type("licensing");
        Map<String, String> v = new HashMap<>(Map.of("itemCode", "L1", "name", "最高开票限额审批", "basis", "国务院令第412号",
                "conditions", "已办理税务登记", "organ", "1"));
        v.put("phone", "12366、020-12345678转8001");
        v.put("sampleUrl", "https://www.chinatax.gov.cn/sample.docx");
        v.put("materials", "《税务行政许可申请表》\n\n 经办人身份证件 ");
        v.put("procedure", "[{\"name\":\"受理\",\"unit\":\"办税服务厅\",\"next\":[1,2]},{\"name\":\"准予\"},{\"name\":\"不予\"}]");
        CheckedRow row = checks.check(guides, v, Locale.CHINA);
        assertThat(row.problems()).isEmpty();
        assertThat(row.values().get("materials")).isEqualTo("[\"《税务行政许可申请表》\",\"经办人身份证件\"]");
        assertThat(FieldValues.steps(row.values().get("procedure"))).extracting(FlowStep::name, FlowStep::next)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("受理", java.util.List.of(1, 2)),
                        org.assertj.core.groups.Tuple.tuple("准予", java.util.List.of()),
                        org.assertj.core.groups.Tuple.tuple("不予", java.util.List.of()));

        v.put("phone", "call me");
        v.put("sampleUrl", "javascript:alert(1)");
        v.put("materials", "[1,2]");
        v.put("procedure", "[{\"name\":\"受理\",\"next\":[0]}]");
        assertThat(checks.check(guides, v, Locale.CHINA).problems()).extracting(RowProblem::rule)
                .containsExactlyInAnyOrder("PHONE_FORMAT", "URL_FORMAT", "LIST_FORMAT", "STEP_NEXT");
        v.put("procedure", "[{\"name\":\"受理\",\"script\":\"x\"}]");
        assertThat(checks.check(guides, v, Locale.CHINA).problems()).extracting(RowProblem::rule).contains("STEP_INVALID");
    }

    @Test
    void textsHaveLimitsAndNoControlCharacters() {
        Map<String, String> v = licence();
        v.put("documentNumber", "文".repeat(301));
        v.put("itemName", "a\u0000b");
        assertThat(checks.check(licences, v, Locale.CHINA).problems()).extracting(RowProblem::rule)
                .containsExactlyInAnyOrder("TOO_LONG", "CONTROL_CHARACTER");
    }
}

package cn.gongkai.requests.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.LegalPersonKind;

class ApplicationRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static ApplicationInput citizen(String description) {
        return new ApplicationInput("NATURAL_PERSON", null, "张三", "11010519491231002X", null, "13800138000",
                "zhang@example.cn", "北京市海淀区", "sat", description, "ELECTRONIC", "EMAIL", null, null, null);
    }

    static ApplicationInput company() {
        return new ApplicationInput("LEGAL_PERSON", "RESEARCH", "某研究院", null, "91350100M000100Y43", "010-63417114",
                null, null, "guangdong", "2024年研发费用加计扣除政策执行情况统计", "PAPER", "COLLECT", null, null, null);
    }

    @Test
    void acceptsACitizensAndAnOrganizationsApplication() {
        ApplicationRules.Valid citizen = ApplicationRules.check(citizen("2024年度个人所得税汇算清缴退税统计数据"), TODAY);
        assertThat(citizen.applicant().identity()).isEqualTo("11010519491231002X");
        assertThat(citizen.applicant().kind()).isNull();
        ApplicationRules.Valid org = ApplicationRules.check(company(), TODAY);
        assertThat(org.applicant().kind()).isEqualTo(LegalPersonKind.RESEARCH);
        assertThat(org.applicant().identity()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        ApplicationInput bad = new ApplicationInput("ROBOT", null, "", "123", null, "abc", "not-an-email", null, "",
                " ", "VIDEO", "EMAIL", null, null, null);
        GongkaiException e = catchThrowableOfType(GongkaiException.class, () -> ApplicationRules.check(bad, TODAY));
        assertThat(e.fields()).extracting(GongkaiException.FieldProblem::field)
                .contains("applicantType", "name", "phone", "email", "description", "form", "organ");
    }

    @Test
    void refusesAnInvalidIdNumberAndAnInvalidCreditCode() {
        ApplicationInput badId = new ApplicationInput("NATURAL_PERSON", null, "张三", "110105194912310021", null,
                "13800138000", null, null, "sat", "某某文件的全文内容", "PAPER", "COLLECT", null, null, null);
        assertThat(problems(badId)).containsExactly("idNumber:requests.apply.error.idNumber");
        ApplicationInput badCode = new ApplicationInput("LEGAL_PERSON", null, "某公司", null, "91350100M000100Y44",
                "13800138000", null, null, "sat", "某某文件的全文内容", "PAPER", "COLLECT", null, null, null);
        assertThat(problems(badCode)).containsExactly("creditCode:requests.apply.error.creditCode");
    }

    @Test
    void refusesEmptyAndOversizedDescriptions() {
        assertThat(problems(citizen(""))).containsExactly("description:requests.apply.error.required");
        assertThat(problems(citizen("税".repeat(100 * 1024 / 3)))).containsExactly("description:requests.apply.error.tooLong");
    }

    @Test
    void refusesScriptsAndMarkupInAnyField() {
        assertThat(problems(citizen("<script>alert(1)</script>请公开"))).containsExactly(
                "description:requests.apply.error.markup");
        ApplicationInput name = new ApplicationInput("NATURAL_PERSON", null, "<b>张三</b>", "11010519491231002X", null,
                "13800138000", null, "<img src=x onerror=alert(1)>", "sat", "某某文件的全文内容", "PAPER", "POST",
                null, null, null);
        assertThat(problems(name)).containsExactly("name:requests.apply.error.markup",
                "address:requests.apply.error.markup");
    }

    @Test
    void requiresTheAddressForPostAndTheEmailForEmailDelivery() {
        ApplicationInput post = new ApplicationInput("NATURAL_PERSON", null, "张三", "11010519491231002X", null,
                "13800138000", null, null, "sat", "某某文件的全文内容", "PAPER", "POST", null, null, null);
        assertThat(problems(post)).containsExactly("address:requests.apply.error.required");
        ApplicationInput mail = new ApplicationInput("NATURAL_PERSON", null, "张三", "11010519491231002X", null,
                "13800138000", null, null, "sat", "某某文件的全文内容", "ELECTRONIC", "EMAIL", null, null, null);
        assertThat(problems(mail)).containsExactly("email:requests.apply.error.required");
    }

    private static java.util.List<String> problems(ApplicationInput in) {
        GongkaiException e = catchThrowableOfType(GongkaiException.class, () -> ApplicationRules.check(in, TODAY));
        return e == null ? java.util.List.of()
                : e.fields().stream().map(f -> f.field() + ":" + f.messageKey()).toList();
    }
}

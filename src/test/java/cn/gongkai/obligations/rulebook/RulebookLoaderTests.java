package cn.gongkai.obligations.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.Role;

class RulebookLoaderTests {

    private static final String RULE = """
              - id: reg-33-request-reply
                source: { zh-CN: "《政府信息公开条例》第三十三条", en: "Regulations art. 33" }
                trigger: request-received
                duty: { zh-CN: 答复申请, en: Reply }
                period: { kind: WORKING_DAYS, amount: 20 }
                role: REQUEST_HANDLER
                effective: { from: "2019-05-15" }
                reminder: P5D
            """;

    private final RulebookLoader loader = new RulebookLoader(List.of());

    @Test
    void shippedRulebookHoldsEveryRuleOfSectionEightWithSourcesAndPeriods() {
        Rulebook rulebook = new RulebookLoader(RuleIds.all()).load(new ClassPathResource("obligations/rulebook.yml"));

        assertThat(rulebook.version()).isNotBlank();
        assertThat(rulebook.ids()).containsAll(RuleIds.all()).contains("measures-7-3-base-catalogue",
                "measures-7-3-organ-catalogue", "measures-12-3-training", "measures-8-4-head-attendance",
                "measures-8-4-leaders-attendance", "measures-8-4-head-interpretation");
        assertThat(rulebook.all()).allSatisfy(rule -> {
            assertThat(rule.source().zh()).isNotBlank();
            assertThat(rule.source().en()).isNotBlank();
            assertThat(rule.duty().zh()).isNotBlank();
        });
        Rule reply = rulebook.find(RuleIds.REQUEST_REPLY, LocalDate.of(2024, 3, 1)).orElseThrow();
        assertThat(reply.source().zh()).isEqualTo("《政府信息公开条例》第三十三条");
        assertThat(reply.period()).isEqualTo(new Period(PeriodKind.WORKING_DAYS, 20, null, null, null, null));
        assertThat(reply.role()).isEqualTo(Role.REQUEST_HANDLER);
        assertThat(reply.extensionWorkingDays()).isEqualTo(20);
        assertThat(rulebook.find(RuleIds.INSPECTION, LocalDate.of(2024, 1, 1)).orElseThrow().period()
                .requiredCount(36)).isEqualTo(8);
    }

    /** Measures 六(三) for the reports of 2016–2018 (before 03-31); Regulations art. 49 (in force 2019-05-15) after. */
    @Test
    void annualReportRuleVersionFollowsTheTriggerDate() {
        Rulebook rulebook = new RulebookLoader(RuleIds.all()).load(new ClassPathResource("obligations/rulebook.yml"));

        // a year-ended trigger is raised on the last day of the year the report covers
        Rule for2016 = rulebook.find(RuleIds.ANNUAL_REPORT, LocalDate.of(2016, 12, 31)).orElseThrow();
        Rule for2018 = rulebook.find(RuleIds.ANNUAL_REPORT, LocalDate.of(2018, 12, 31)).orElseThrow();
        Rule for2019 = rulebook.find(RuleIds.ANNUAL_REPORT, LocalDate.of(2019, 12, 31)).orElseThrow();

        assertThat(for2016).isEqualTo(for2018);
        assertThat(for2018.source().zh()).isEqualTo("《全面推进政务公开工作实施办法》六(三)");
        assertThat(for2018.period().parameter()).isEqualTo("03-31");
        assertThat(for2019.source().zh()).isEqualTo("《政府信息公开条例》第四十九条");
        assertThat(for2019.period().parameter()).isEqualTo("01-31");
        assertThat(rulebook.find(RuleIds.ANNUAL_REPORT, LocalDate.of(2015, 12, 31))).isEmpty();
        assertThat(rulebook.find(RuleIds.REQUEST_REPLY, LocalDate.of(2019, 5, 14)).orElseThrow().period().amount())
                .isEqualTo(15);
    }

    @Test
    void parsesEveryFieldOfARule() {
        Rule rule = load(RULE).all().get(0);

        assertThat(rule.id()).isEqualTo("reg-33-request-reply");
        assertThat(rule.trigger()).isEqualTo("request-received");
        assertThat(rule.effective()).isEqualTo(new Effective(LocalDate.of(2019, 5, 15), null));
        assertThat(rule.reminder()).isEqualTo(Duration.ofDays(5));
        assertThat(rule.isPeriodic()).isFalse();
    }

    @Test
    void refusesAnUnknownRoleNamingFileRuleAndReason() {
        assertThatThrownBy(() -> load(RULE.replace("REQUEST_HANDLER", "CLERK")))
                .isInstanceOfSatisfying(RulebookException.class, e -> {
                    assertThat(e.file()).contains("test-rulebook.yml");
                    assertThat(e.ruleId()).isEqualTo("reg-33-request-reply");
                    assertThat(e.reason()).contains("unknown role 'CLERK'");
                })
                .hasMessageContaining("test-rulebook.yml").hasMessageContaining("reg-33-request-reply")
                .hasMessageContaining("entry 1");
    }

    @Test
    void refusesAnUnknownPeriodKind() {
        assertThatThrownBy(() -> load(RULE.replace("WORKING_DAYS", "WEEKS")))
                .isInstanceOf(RulebookException.class).hasMessageContaining("unknown period kind 'WEEKS'");
    }

    @Test
    void refusesARuleWithoutSource() {
        assertThatThrownBy(() -> load(RULE.replace(
                "    source: { zh-CN: \"《政府信息公开条例》第三十三条\", en: \"Regulations art. 33\" }\n", "")))
                .isInstanceOf(RulebookException.class).hasMessageContaining("reg-33-request-reply")
                .hasMessageContaining("missing 'source'");
    }

    @Test
    void refusesASourceWithoutEnglish() {
        assertThatThrownBy(() -> load(RULE.replace(", en: \"Regulations art. 33\"", "")))
                .isInstanceOf(RulebookException.class).hasMessageContaining("missing 'source.en'");
    }

    @Test
    void refusesOverlappingEffectivePeriodsOfOneRule() {
        String older = RULE.replace("\"2019-05-15\" }", "\"2008-05-01\", to: \"2019-05-15\" }");

        assertThatThrownBy(() -> load(older + RULE))
                .isInstanceOfSatisfying(RulebookException.class, e -> assertThat(e.ruleId())
                        .isEqualTo("reg-33-request-reply"))
                .hasMessageContaining("overlapping effective periods for trigger 'request-received'")
                .hasMessageContaining("entry 2");
    }

    @Test
    void acceptsConsecutiveEffectivePeriodsOfOneRule() {
        String older = RULE.replace("\"2019-05-15\" }", "\"2008-05-01\", to: \"2019-05-14\" }");

        assertThat(load(older + RULE).versions("reg-33-request-reply")).hasSize(2);
    }

    @Test
    void refusesVersionsWithDifferentTriggers() {
        String older = RULE.replace("\"2019-05-15\" }", "\"2008-05-01\", to: \"2019-05-14\" }");

        assertThatThrownBy(() -> load(older + RULE.replace("request-received", "request-filed")))
                .isInstanceOf(RulebookException.class).hasMessageContaining("versions name different triggers");
    }

    @Test
    void refusesBadParametersWithTheirNames() {
        assertThatThrownBy(() -> load(RULE.replace("amount: 20", "amount: 0")))
                .hasMessageContaining("amount must be a positive whole number");
        assertThatThrownBy(() -> load(RULE.replace("P5D", "five days")))
                .hasMessageContaining("reminder 'five days' is not an ISO-8601 duration");
        assertThatThrownBy(() -> load(RULE.replace("\"2019-05-15\" }", "\"2019-02-30\" }")))
                .hasMessageContaining("effective.from '2019-02-30' is not a date");
        assertThatThrownBy(() -> load(RULE.replace("\"2019-05-15\" }", "\"2019-05-15\", to: \"2019-01-01\" }")))
                .hasMessageContaining("effective.to 2019-01-01 is before effective.from 2019-05-15");
        assertThatThrownBy(() -> load(RULE.replace("{ kind: WORKING_DAYS, amount: 20 }",
                "{ kind: BEFORE_DATE, month-day: \"02-30\" }")))
                .hasMessageContaining("period.month-day '02-30'");
    }

    @Test
    void refusesUnknownKeysSoThatTyposDoNotPassSilently() {
        assertThatThrownBy(() -> load(RULE.replace("reminder: P5D", "remnder: P5D")))
                .hasMessageContaining("unknown key 'remnder'");
    }

    @Test
    void refusesPeriodicTriggerWithoutGenerateAndGenerateWithoutPeriodicTrigger() {
        assertThatThrownBy(() -> load(RULE.replace("request-received", "year-ended")))
                .hasMessageContaining("trigger 'year-ended' is periodic");
        assertThatThrownBy(() -> load(RULE + "    generate: { organs: ALL }\n"))
                .hasMessageContaining("'generate' needs a periodic trigger");
        assertThatThrownBy(() -> load(RULE.replace("request-received", "year-ended")
                + "    generate: { organs: PROVINCES }\n")).hasMessageContaining("unknown generate.organs 'PROVINCES'");
    }

    @Test
    void refusesAMissingRuleThatOtherModulesRaiseEventsFor() {
        RulebookLoader strict = new RulebookLoader(List.of("reg-33-request-reply", "reg-26-proactive-disclosure"));

        assertThatThrownBy(() -> strict.load(resource("version: \"1\"\nrules:\n" + RULE)))
                .isInstanceOfSatisfying(RulebookException.class, e -> assertThat(e.ruleId())
                        .isEqualTo("reg-26-proactive-disclosure"))
                .hasMessageContaining("missing");
    }

    @Test
    void refusesAFileWithoutVersionOrRulesOrThatIsNotYaml() {
        assertThatThrownBy(() -> loader.load(resource("rules:\n" + RULE))).hasMessageContaining("missing 'version'");
        assertThatThrownBy(() -> loader.load(resource("version: 1\nrules: []\n")))
                .hasMessageContaining("missing or empty 'rules'");
        assertThatThrownBy(() -> loader.load(resource("version: 1\nrules: [ { id: x\n")))
                .hasMessageContaining("is not valid YAML");
    }

    private Rulebook load(String rules) {
        return loader.load(resource("version: \"test\"\nrules:\n" + rules));
    }

    private static ByteArrayResource resource(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test-rulebook.yml");
    }
}

package cn.gongkai.obligations.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import cn.gongkai.obligations.LegalRemedies;
import cn.gongkai.obligations.Remedy;
import cn.gongkai.obligations.RuleIds;

/** The {@code remedies} section: the periods and gates a letter states, versioned by the law in force. */
class RemedyRulebookTests {

    private static final String RULES = """
            version: "t"
            rules:
              - id: reg-33-request-reply
                source: { zh-CN: "第三十三条", en: "art. 33" }
                trigger: request-received
                duty: { zh-CN: 答复, en: Reply }
                period: { kind: WORKING_DAYS, amount: 20 }
                role: REQUEST_HANDLER
                effective: { from: "2019-05-15" }
                reminder: P5D
            """;

    @Test
    void shippedRulebookStatesTheRemediesOfThe2023ReconsiderationLawFromItsEntryIntoForce() {
        Rulebook rulebook = new RulebookLoader(RuleIds.all()).load(new ClassPathResource("obligations/rulebook.yml"));
        Remedy apply = rulebook.remedy(LegalRemedies.RECONSIDERATION, LocalDate.of(2024, 1, 1)).orElseThrow();
        assertThat(apply.amount()).isEqualTo(60);
        assertThat(apply.unit()).isEqualTo(Remedy.Unit.DAYS);
        assertThat(apply.sourceZh()).contains("行政复议法", "第二十条");
        assertThat(rulebook.remedy(LegalRemedies.RECONSIDERATION, LocalDate.of(2023, 12, 31)).orElseThrow().sourceZh())
                .contains("1999", "第九条");
        assertThat(rulebook.remedy(LegalRemedies.LITIGATION_AFTER_RECONSIDERATION, LocalDate.of(2025, 1, 1))
                .orElseThrow().amount()).isEqualTo(15);
        Remedy direct = rulebook.remedy(LegalRemedies.DIRECT_LITIGATION, LocalDate.of(2025, 1, 1)).orElseThrow();
        assertThat(direct.unit()).isEqualTo(Remedy.Unit.MONTHS);
        assertThat(direct.amount()).isEqualTo(6);
        LegalRemedies remedies = new LegalRemedies(rulebook);
        assertThat(remedies.reconsiderationFirst("NOT_DISCLOSED", LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(remedies.reconsiderationFirst("NOT_DISCLOSED", LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(remedies.reconsiderationFirst("UNABLE_TO_PROVIDE", LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void aMalformedRemedyStopsTheLoadNamingTheEntry() {
        assertThatThrownBy(() -> load("""
                remedies:
                  - id: direct-litigation
                    source: { zh-CN: "第四十六条", en: "art. 46" }
                    period: { unit: WEEKS, amount: 6 }
                    effective: { from: "2015-05-01" }
                """)).isInstanceOf(RulebookException.class).hasMessageContaining("direct-litigation")
                .hasMessageContaining("DAYS or MONTHS");
        assertThatThrownBy(() -> load("""
                remedies:
                  - id: direct-litigation
                    source: { zh-CN: "第四十六条", en: "art. 46" }
                    period: { unit: MONTHS, amount: 6 }
                    effective: { from: "2015-05-01" }
                  - id: direct-litigation
                    source: { zh-CN: "第四十六条", en: "art. 46" }
                    period: { unit: MONTHS, amount: 3 }
                    effective: { from: "2020-01-01" }
                """)).isInstanceOf(RulebookException.class).hasMessageContaining("overlapping");
        assertThat(load("").remedies()).isEmpty();
    }

    private static Rulebook load(String remedies) {
        return new RulebookLoader(List.of()).load(new ByteArrayResource((RULES + remedies)
                .getBytes(StandardCharsets.UTF_8), "test rulebook"));
    }
}

package cn.gongkai.regulations.validity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.Validity;
import cn.gongkai.support.WebTest;

/**
 * The demo effect read from the demo library's 增值税法 第三十八条 and confirmed by a second person:
 * 增值税暂行条例 in force on 2025-12-31 and 全文废止 from 2026-01-01, 增值税法 not yet effective before
 * 2026-01-01; loading again adds nothing.
 */
@WebTest
class DemoEffectsWebTests {

    private static final LocalDate COMMENCEMENT = LocalDate.of(2026, 1, 1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Validities validities;
    @Autowired
    Effects effects;
    @Autowired
    DemoEffects demo;

    private String byTitle(String title) {
        List<String> ids = jdbc.sql("select id, title from reg_document").query((rs, n) -> new String[] {
                rs.getString(1), rs.getString(2) }).list().stream()
                .filter(r -> EffectSuggestions.normal(r[1]).equals(title)).map(r -> r[0]).toList();
        assertThat(ids).as(title).hasSize(1);
        return ids.get(0);
    }

    @Test
    void theVatLawRepealsTheProvisionalRegulationsFromItsCommencementByDerivation() {
        String law = byTitle("增值税法");
        String provisional = byTitle("增值税暂行条例");
        List<Effect> on = effects.of(null, provisional);
        assertThat(on).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EffectType.REPEAL);
            assertThat(e.affectedEid()).isNull();
            assertThat(e.effectiveOn()).isEqualTo(COMMENCEMENT);
            assertThat(e.affectingDocumentId()).isEqualTo(law);
            assertThat(e.affectingEid()).isEqualTo("art_38");
            assertThat(e.origin()).isEqualTo("TEXT");
            assertThat(e.state()).isEqualTo(Effect.CONFIRMED);
            assertThat(e.enteredBy()).isEqualTo("sat-drafter");
            assertThat(e.reviewedBy()).isEqualTo("sat-office");
            assertThat(e.note()).contains("《中华人民共和国增值税暂行条例》同时废止");
        });
        assertThat(validities.documentOn(provisional, COMMENCEMENT.minusDays(1))).contains(Validity.IN_FORCE);
        assertThat(validities.documentOn(provisional, COMMENCEMENT)).contains(Validity.REPEALED);
        assertThat(validities.provisionsOn(provisional, COMMENCEMENT)).isNotEmpty()
                .allSatisfy((eid, v) -> assertThat(v).isEqualTo(Validity.REPEALED));
        assertThat(validities.documentOn(law, COMMENCEMENT.minusDays(1))).contains(Validity.NOT_YET_EFFECTIVE);
        assertThat(validities.documentOn(law, COMMENCEMENT)).contains(Validity.IN_FORCE);
        assertThat(jdbc.sql("select changes_recorded_on from reg_document where id = ?").param(provisional)
                .query(LocalDate.class).single()).isNotNull();

        long before = jdbc.sql("select count(*) from reg_effect").query(Long.class).single();
        demo.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from reg_effect").query(Long.class).single()).isEqualTo(before);
    }
}

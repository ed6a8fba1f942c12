package cn.gongkai.regulations.validity;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.regulations.EffectType;

/**
 * Demo effects, after the demo library is loaded ({@code @Order(40)}), in the same demo mode
 * ({@code gongkai.demo.mode} on, or auto with H2). The corpus's one repeal between two of its own
 * texts: 增值税法 (2024-12-25) 第三十八条 "本法自2026年1月1日起施行。《中华人民共和国增值税暂行条例》同时废止。"
 * is read by the suggestion parser as sat-drafter and confirmed by sat-office (two people), so
 * the 暂行条例 is 全文废止 from 2026-01-01 and in force the day before, and the 增值税法 is not yet
 * effective before 2026-01-01. The corpus holds no other pair (the texts the other new laws repeal
 * were not copied, see SOURCES.md), so no other effect is made up. Idempotent: suggestions already
 * on file are not repeated and only suggestions still awaiting review are confirmed.
 */
@Component
@Order(41)
class DemoEffects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEffects.class);

    private final EffectSuggestions suggestions;
    private final Effects effects;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String mode;
    private final String jdbcUrl;

    DemoEffects(EffectSuggestions suggestions, Effects effects, Organization organization, JdbcClient jdbc,
            TransactionTemplate tx, @Value("${gongkai.demo.mode:auto}") String mode,
            @Value("${spring.datasource.url}") String jdbcUrl) {
        this.suggestions = suggestions;
        this.effects = effects;
        this.organization = organization;
        this.jdbc = jdbc;
        this.tx = tx;
        this.mode = mode;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
        Optional<StaffMember> drafter = organization.staffByUsername("sat-drafter");
        Optional<StaffMember> office = organization.staffByUsername("sat-office");
        if (!enabled || drafter.isEmpty() || office.isEmpty()) {
            return;
        }
        Optional<String> vatLaw = byTitle("增值税法");
        Optional<String> provisional = byTitle("增值税暂行条例");
        if (vatLaw.isEmpty() || provisional.isEmpty()) {
            log.info("Demo effects: the demo library has no 增值税法 and 增值税暂行条例; nothing to do");
            return;
        }
        tx.executeWithoutResult(s -> {
            EffectSuggestions.Outcome outcome = suggestions.suggest(drafter.get(), vatLaw.get(), null);
            int confirmed = 0;
            for (String affected : List.of(provisional.get(), vatLaw.get())) {
                for (Effect e : effects.of(office.get(), affected)) {
                    if (Effect.SUGGESTED.equals(e.state()) && "TEXT".equals(e.origin())
                            && vatLaw.get().equals(e.affectingDocumentId())
                            && (e.type() == EffectType.REPEAL || e.type() == EffectType.COMMENCE)) {
                        effects.review(office.get(), e.id(), Effects.Decision.CONFIRM, "核对《中华人民共和国增值税法》第三十八条原文");
                        confirmed++;
                    }
                }
            }
            jdbc.sql("update reg_document set changes_recorded_on = ? where id in (?, ?) and changes_recorded_on is null")
                    .params(effects.today(), vatLaw.get(), provisional.get()).update();
            if (confirmed > 0 || !outcome.created().isEmpty()) {
                log.info("Demo effects: {} suggested from {} and {} confirmed", outcome.created().size(), vatLaw.get(),
                        confirmed);
            }
        });
    }

    /** The published library document with that title, with or without 中华人民共和国. */
    private Optional<String> byTitle(String title) {
        return jdbc.sql("select id, title from reg_document order by issued_on desc nulls last, id")
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list().stream()
                .filter(r -> EffectSuggestions.normal(r[1]).equals(title)).map(r -> r[0]).findFirst();
    }
}

package cn.gongkai.obligations.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;

/**
 * A year of demo history for the compliance dashboard, loaded once with the demo data
 * ({@code gongkai.demo.mode} on, or auto with H2): licensing decisions (实施办法 二(二)) of SAT
 * and four provincial-level bureaus and penalty decisions (实施办法 四(三)) of the provincial
 * ones, triggered over the twelve months before today and published after a varying number of
 * days, so that the trend has points, the grid has colours and a few are overdue. The ledger opens
 * each with its due time from the rulebook and the calendar, exactly as for a real trigger.
 */
@Component
@Order(30)
class DemoHistory implements ApplicationRunner {

    static final String LICENCE = "licence-decision";
    static final String PENALTY = "penalty-decision";
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final List<String> ORGANS = List.of("sat", "beijing", "jiangsu", "zhejiang", "guangdong");
    private static final int MONTHS = 12;

    private final Ledger ledger;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoHistory(Ledger ledger, Organization organization, JdbcClient jdbc, TransactionTemplate tx, Clock clock,
            @Value("${gongkai.demo.mode:auto}") String mode, @Value("${spring.datasource.url}") String jdbcUrl,
            @Value("${gongkai.demo.history:true}") boolean history) {
        this.ledger = ledger;
        this.organization = organization;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = history && ("on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:")));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || loaded()) {
            return;
        }
        Instant now = clock.instant();
        YearMonth current = YearMonth.from(LocalDate.ofInstant(now, Window.CHINA));
        int opened = 0;
        for (String code : ORGANS) {
            Optional<Organ> organ = organization.organByCode(code);
            if (organ.isEmpty()) {
                continue;
            }
            for (int back = MONTHS; back >= 1; back--) {
                YearMonth month = current.minusMonths(back);
                opened += history(organ.get(), month, LICENCE, RuleIds.LICENCE_DECISION, 10, now);
                if (!"sat".equals(code)) {
                    opened += history(organ.get(), month, PENALTY, RuleIds.PENALTY_DECISION, 16, now);
                }
            }
        }
        log.info("Demo compliance history: {} obligations over the {} months before {}", opened, MONTHS, current);
    }

    /**
     * One decision made on {@code day} of {@code month}, published {@link #delay} days later; the
     * most recent ones of some organs stay unpublished, so they show as overdue.
     */
    private int history(Organ organ, YearMonth month, String type, String rule, int day, Instant now) {
        Instant decided = month.atDay(day).atTime(10, 0).atZone(Window.CHINA).toInstant();
        SubjectRef subject = new SubjectRef(type, "DEMO-" + organ.getCode() + "-" + month + "-" + day, null);
        int seed = Math.floorMod((organ.getCode() + month + type + day).hashCode(), 100);
        // one short transaction per decision: the audit chain's head is locked only briefly, so the
        // listeners of the other demo data, running meanwhile, are not kept waiting
        tx.executeWithoutResult(status -> {
            ledger.open(rule, organ.getId(), subject, decided);
            boolean recent = month.plusMonths(2).isAfter(YearMonth.from(LocalDate.ofInstant(now, Window.CHINA)));
            if (recent && (seed < 40 || "guangdong".equals(organ.getCode()))) {
                return;
            }
            Instant published = decided.plus(Duration.ofDays(delay(seed)));
            if (published.isBefore(now)) {
                ledger.fulfil(rule, subject, published, "demo");
            }
        });
        return 1;
    }

    /** Days from decision to publication: mostly prompt, sometimes late (the period is the rulebook's, not this). */
    private static int delay(int seed) {
        return seed < 70 ? 2 + seed % 6 : 12 + seed % 25;
    }

    private boolean loaded() {
        return jdbc.sql("select count(*) from obligation where subject_type in (:types) and subject_id like 'DEMO-%'")
                .param("types", List.of(LICENCE, PENALTY)).query(Long.class).single() > 0;
    }
}

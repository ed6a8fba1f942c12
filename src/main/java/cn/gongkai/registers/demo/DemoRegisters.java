package cn.gongkai.registers.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.registers.rows.RowStore;

/**
 * Demo registers (演示公开事项), loaded on first start in demo mode (the rule of the demo accounts:
 * {@code gongkai.demo.mode} on, or auto with H2), after the demo library and answers: the rows of
 * {@link DemoData} entered through {@link RowStore} as staff would — published by the organ's
 * publisher, the drafts entered by the Guangdong drafter (so the dashboard shows their duties due
 * and overdue), corrections and retractions with their public reasons — and an RFC 3797 draw for
 * the first inspection item. A register that already holds rows is left alone, so a restart or a
 * second node adds nothing; each register is one transaction.
 */
@Component
@Order(50)
class DemoRegisters implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRegisters.class);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RowStore rows;
    private final DemoDraw draw;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String mode;
    private final String jdbcUrl;

    DemoRegisters(RowStore rows, DemoDraw draw, Organization organization, JdbcClient jdbc, TransactionTemplate tx,
            Clock clock, @Value("${gongkai.demo.mode:auto}") String mode, @Value("${spring.datasource.url}") String jdbcUrl) {
        this.rows = rows;
        this.draw = draw;
        this.organization = organization;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.mode = mode;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
        Optional<StaffMember> drafter = organization.staffByUsername("gd-drafter");
        if (!enabled || drafter.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, List<DemoRow>> byRegister = new LinkedHashMap<>();
        for (DemoRow row : DemoData.rows(LocalDate.now(clock.withZone(CHINA)))) {
            byRegister.computeIfAbsent(row.register(), c -> new java.util.ArrayList<>()).add(row);
        }
        int entered = 0;
        for (var register : byRegister.entrySet()) {
            if (holdsRows(register.getKey())) {
                continue;
            }
            try {
                entered += tx.execute(s -> enter(register.getKey(), register.getValue(), drafter.get()));
            }
            catch (RuntimeException e) {
                log.warn("Demo registers: {} not loaded: {}", register.getKey(), e.getMessage());
            }
        }
        if (entered > 0) {
            log.info("Demo registers: {} rows entered in {} ms", entered, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private int enter(String register, List<DemoRow> demoRows, StaffMember drafter) {
        Long firstId = null;
        for (DemoRow row : demoRows) {
            Organ organ = organization.organByCode(row.organ()).orElseThrow(() -> new IllegalStateException(
                    "demo organ '" + row.organ() + "' does not exist: the organization demo data did not load"));
            StaffMember actor = row.publish() ? publisherFor(organ) : drafter;
            long id = rows.create(register, organ.getId(), row.values(), row.publish(), actor);
            firstId = firstId == null ? id : firstId;
            if (row.correctionReason() != null) {
                rows.correct(id, row.corrected(), row.correctionReason(), publisherFor(organ));
            }
            if (row.retractionReason() != null) {
                rows.retract(id, row.retractionReason(), publisherFor(organ));
            }
        }
        if ("random-inspections".equals(register) && firstId != null) {
            draw.drawFor(firstId, LocalDate.now(clock.withZone(CHINA)).getYear());
        }
        return demoRows.size();
    }

    /**
     * The organ's publisher (the demo has publishers for the SAT and Guangdong only, so the rows of
     * Guangdong's district bureaus belong to the provincial bureau and name the district bureau in
     * their organ field, as the provincial portal publishes them).
     */
    private StaffMember publisherFor(Organ organ) {
        String username = organ.getCode().equals("sat") ? "sat-publisher" : "gd-publisher";
        return organization.staffByUsername(username).orElseThrow(() -> new IllegalStateException(
                "demo account '" + username + "' does not exist: the demo accounts did not load"));
    }

    private boolean holdsRows(String register) {
        return jdbc.sql("select count(*) from register_row where register_code = ?").param(register)
                .query(Integer.class).single() > 0;
    }
}

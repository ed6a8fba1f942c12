package cn.gongkai.organization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.AuditLog;

/**
 * Creates the demo staff accounts on first start (embedded mode): admin, sat-office, sat-drafter,
 * sat-secrecy (confidentiality review), sat-publisher, gd-office, gd-drafter and gd-publisher
 * (Guangdong provincial bureau), plus a request handler. The password comes from GONGKAI_DEMO_PASSWORD or is generated, printed once in the
 * log and written to {@code <data>/demo-credentials.txt}.
 */
@Component
@Order(0)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final DemoSettings settings;
    private final StaffAccounts accounts;
    private final Organs organs;
    private final Departments departments;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final String jdbcUrl;
    private final Path dataFolder;

    DemoAccounts(DemoSettings settings, StaffAccounts accounts, Organs organs, Departments departments,
            PasswordEncoder encoder, Clock clock, AuditLog audit, TransactionTemplate tx,
            @Value("${spring.datasource.url}") String jdbcUrl, @Value("${gongkai.data}") String dataFolder) {
        this.settings = settings;
        this.accounts = accounts;
        this.organs = organs;
        this.departments = departments;
        this.encoder = encoder;
        this.clock = clock;
        this.audit = audit;
        this.tx = tx;
        this.jdbcUrl = jdbcUrl;
        this.dataFolder = Path.of(dataFolder);
    }

    private record Demo(String username, String displayName, String organ, String department, List<Role> roles) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("admin", "系统管理员", "sat", null, List.of(Role.ADMINISTRATOR)),
            // separation of duties (issue 10 B.4): each review stage and the publication by a different
            // person; the office accounts keep PUBLISHER to show the console's refusal with its reason
            new Demo("sat-office", "总局公开办审核人", "sat", "办公厅", List.of(Role.OFFICE_REVIEWER,
                    Role.PUBLISHER, Role.SUPERVISOR)),
            new Demo("sat-drafter", "总局办公厅起草人", "sat", "办公厅", List.of(Role.DRAFTER)),
            new Demo("sat-secrecy", "总局保密审查人", "sat", "办公厅", List.of(Role.CONFIDENTIALITY_REVIEWER)),
            new Demo("sat-publisher", "总局信息发布人", "sat", "办公厅", List.of(Role.PUBLISHER)),
            new Demo("sat-handler", "总局依申请公开承办人", "sat", "办公厅", List.of(Role.REQUEST_HANDLER)),
            new Demo("gd-office", "广东省局公开办审核人", "guangdong", "办公室", List.of(Role.OFFICE_REVIEWER,
                    Role.PUBLISHER, Role.REQUEST_HANDLER, Role.SUPERVISOR)),
            new Demo("gd-drafter", "广东省局起草人", "guangdong", "办公室", List.of(Role.DRAFTER)),
            new Demo("gd-publisher", "广东省局信息发布人", "guangdong", "办公室", List.of(Role.PUBLISHER)));

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.enabledFor(jdbcUrl) || accounts.count() > 0) {
            return;
        }
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated ? generatePassword() : settings.password();
        String hash = encoder.encode(password);
        tx.executeWithoutResult(status -> DEMO.forEach(d -> create(d, hash)));
        Files.createDirectories(dataFolder);
        Path file = dataFolder.resolve("demo-credentials.txt");
        StringBuilder text = new StringBuilder("# Gongkai demo accounts (all share one password)\n");
        DEMO.forEach(d -> text.append(d.username()).append(' ').append(password).append('\n'));
        Files.writeString(file, text);
        log.info("Demo accounts created: {} — password: {} (also in {})",
                DEMO.stream().map(Demo::username).toList(), generated ? password : "from GONGKAI_DEMO_PASSWORD",
                file.toAbsolutePath());
    }

    private void create(Demo d, String hash) {
        Organ organ = organs.findByCode(d.organ()).orElseThrow();
        Long department = d.department() == null ? null
                : departments.findByOrganIdOrderBySortOrderAscIdAsc(organ.getId()).stream()
                        .filter(dep -> dep.getName().equals(d.department())).findFirst().orElseThrow().getId();
        StaffAccount account = accounts.save(new StaffAccount(d.username(), d.displayName(), null, organ.getId(),
                department, hash, clock.instant()));
        account.replaceGrants(d.roles().stream().map(r -> new Grant(r, organ.getId(), null)).toList());
        audit.recordAs("system", "staff.created", "user", d.username(), "demo account, roles " + d.roles());
    }

    private static String generatePassword() {
        return StaffAdministration.temporaryPassword();
    }
}

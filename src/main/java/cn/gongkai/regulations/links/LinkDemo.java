package cn.gongkai.regulations.links;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.gongkai.platform.GongkaiException;

/**
 * Demo data (same switch as publishing's demo records: {@code gongkai.demo.mode} on, or auto with
 * H2): links SAT's demo record of the Implementation Measures (税总发〔2017〕44号, the notice that
 * issues them) to the seed's library document, found by its 文号 or its title. Runs after the
 * library's demo load; does nothing when either is missing or the link exists (idempotent).
 */
@Component
@Order(43)
class LinkDemo implements ApplicationRunner {

    static final String MEASURES_NUMBER = "税总发〔2017〕44号";
    static final String MEASURES_TITLE = "全面推进政务公开工作实施办法";
    private static final Logger log = LoggerFactory.getLogger(LinkDemo.class);

    private final RecordLinks links;
    private final JdbcClient jdbc;
    private final String mode;
    private final String jdbcUrl;

    LinkDemo(RecordLinks links, JdbcClient jdbc, @Value("${gongkai.demo.mode:auto}") String mode,
            @Value("${spring.datasource.url}") String jdbcUrl) {
        this.links = links;
        this.jdbc = jdbc;
        this.mode = mode;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
        if (!enabled) {
            return;
        }
        Optional<Long> record = jdbc.sql("select id from gov_record where organ_id = 1 and document_number = ? order by id limit 1")
                .param(MEASURES_NUMBER).query(Long.class).optional();
        Optional<String> document = jdbc.sql("""
                select id from reg_document where state = 'PUBLISHED'
                  and (document_number = ? or title = ? or title like ?) order by id limit 1""")
                .params(MEASURES_NUMBER, MEASURES_TITLE, "%《" + MEASURES_TITLE + "》%").query(String.class).optional();
        if (record.isEmpty() || document.isEmpty()) {
            return;
        }
        boolean linked = jdbc.sql("select count(*) from reg_document where record_id = ?").param(record.get())
                .query(Long.class).single() > 0;
        if (linked) {
            return;
        }
        try {
            links.linkAsSystem("demo", document.get(), record.get());
            log.info("Demo: record {} ({}) linked to library document {}", record.get(), MEASURES_NUMBER, document.get());
        }
        catch (GongkaiException e) {
            log.warn("Demo: could not link record {} to library document {}: {}", record.get(), document.get(), e.code());
        }
    }
}

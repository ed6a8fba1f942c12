package cn.gongkai.regulations.answers;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * Demo 12366 answers (demo mode, as {@code publishing.demo.DemoRecords}), after the corpus loader
 * (40) and the demo effects (41): realistic questions citing corpus provisions, found by title at
 * run time. One cites 《增值税暂行条例》, which the demo effects repeal as a whole from 2026-01-01;
 * the answers were written before that, so catching up with the effects since flags it and opens
 * its review. Idempotent: skipped once loaded, and while the corpus is not there.
 */
@Component
@Order(42)
class DemoAnswers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAnswers.class);
    private static final String DEMO = "demo";

    private final AnswerStore store;
    private final AnswerFlagging flagging;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String mode;
    private final String jdbcUrl;

    DemoAnswers(AnswerStore store, AnswerFlagging flagging, Organization organization, JdbcClient jdbc,
            TransactionTemplate tx, @Value("${gongkai.demo.mode:auto}") String mode,
            @Value("${spring.datasource.url}") String jdbcUrl) {
        this.store = store;
        this.flagging = flagging;
        this.organization = organization;
        this.jdbc = jdbc;
        this.tx = tx;
        this.mode = mode;
        this.jdbcUrl = jdbcUrl;
    }

    private record Demo(String question, String answer, String category, String keywords, LocalDate writtenOn,
            String title, List<String> eids) {
    }

    private static final List<Demo> ANSWERS = List.of(
            new Demo("一般纳税人购进货物用于职工食堂等集体福利，进项税额能否抵扣？",
                    "根据《中华人民共和国增值税暂行条例》第十条规定，用于简易计税方法计税项目、免征增值税项目、集体福利或者"
                            + "个人消费的购进货物、劳务、服务、无形资产和不动产，其进项税额不得从销项税额中抵扣。",
                    "增值税", "进项税额,集体福利,抵扣", LocalDate.of(2025, 6, 10), "增值税暂行条例", List.of("art_10")),
            new Demo("纳税人多缴的税款，能否申请退还？",
                    "根据《中华人民共和国税收征收管理法》第五十一条规定，纳税人超过应纳税额缴纳的税款，税务机关发现后应当立即退还；"
                            + "纳税人自结算缴纳税款之日起三年内发现的，可以向税务机关要求退还多缴的税款并加算银行同期存款利息。",
                    "征收管理", "多缴税款,退税,利息", LocalDate.of(2025, 9, 3), "税收征收管理法", List.of("art_51")),
            new Demo("纳税人未按期办理纳税申报，会受到什么处罚？",
                    "根据《中华人民共和国税收征收管理法》第六十二条规定，纳税人未按照规定的期限办理纳税申报和报送纳税资料的，"
                            + "由税务机关责令限期改正，可以处二千元以下的罚款；情节严重的，可以处二千元以上一万元以下的罚款。",
                    "征收管理", "逾期申报,罚款", LocalDate.of(2025, 9, 3), "税收征收管理法", List.of("art_62")),
            new Demo("个体工商户取得经营所得，个人所得税如何预缴和汇算清缴？",
                    "根据《中华人民共和国个人所得税法》第十二条规定，纳税人取得经营所得，按年计算个人所得税，由纳税人在月度或者季度"
                            + "终了后十五日内向税务机关报送纳税申报表，并预缴税款；在取得所得的次年三月三十一日前办理汇算清缴。",
                    "个人所得税", "经营所得,预缴,汇算清缴", LocalDate.of(2025, 3, 18), "个人所得税法", List.of("art_12")),
            new Demo("企业的哪些所得可以免征、减征企业所得税？",
                    "根据《中华人民共和国企业所得税法》第二十七条规定，企业从事农、林、牧、渔业项目的所得，从事国家重点扶持的公共"
                            + "基础设施项目投资经营的所得，从事符合条件的环境保护、节能节水项目的所得，符合条件的技术转让所得等，"
                            + "可以免征、减征企业所得税。",
                    "企业所得税", "税收优惠,免征,减征", LocalDate.of(2025, 4, 22), "企业所得税法", List.of("art_27")));

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
        if (!enabled || loaded()) {
            return;
        }
        Optional<String> vat = document("增值税暂行条例");
        if (vat.isEmpty()) {
            log.info("Demo 12366 answers skipped: the corpus (增值税暂行条例) is not in the library yet");
            return;
        }
        long sat = organization.sat().getId();
        List<Long> ids = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (Demo d : ANSWERS) {
                Optional<String> doc = document(d.title());
                List<Answer.CitationInput> citations = doc.map(id -> d.eids().stream()
                        .filter(e -> store.provisionExists(id, e)).map(e -> new Answer.CitationInput(id, e)).toList())
                        .orElse(List.of());
                if (citations.isEmpty()) {
                    log.warn("Demo 12366 answer '{}' skipped: {} {} not in the library", d.question(), d.title(), d.eids());
                    continue;
                }
                ids.add(store.insert(sat, new Answer.Input(d.question(), d.answer(), d.category(), d.keywords(), null,
                        Answer.AnswerState.PUBLISHED, citations), d.writtenOn(), DEMO));
            }
            ids.forEach(flagging::catchUp);
        });
        log.info("Demo 12366 answers loaded: {}", ids.size());
    }

    private boolean loaded() {
        return jdbc.sql("select count(*) from reg_answer where created_by = ?").param(DEMO).query(Integer.class)
                .single() > 0;
    }

    /** The library document of that short title (with or without 中华人民共和国), the latest issued. */
    private Optional<String> document(String shortTitle) {
        return jdbc.sql("""
                select id from reg_document where title = ? or title = ? order by issued_on desc, id desc
                fetch first 1 rows only""").params(shortTitle, "中华人民共和国" + shortTitle).query(String.class)
                .optional();
    }
}

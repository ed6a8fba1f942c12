package cn.gongkai.publishing.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import cn.gongkai.publishing.DisclosureAttribute;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.InterpretationForm;
import cn.gongkai.publishing.Publication;
import cn.gongkai.publishing.RecordInput;
import cn.gongkai.publishing.RecordState;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Reviewing;
import cn.gongkai.publishing.Validity;
import cn.gongkai.publishing.content.CrawledText;

/**
 * Demo content, loaded once on first start when demo data is on (the rule of the demo accounts:
 * {@code gongkai.demo.mode} on, or auto with H2): SAT's notice issuing the Implementation Measures
 * (税总发〔2017〕44号, 2017-04-27) in catalogue entry 12.01, cleaned from the crawled copy kept in
 * this project, and a normative document with its interpretation. Everything goes through the
 * real workflow (drafted by sat-drafter, reviewed by sat-office and published by sat-publisher: three
 * people, as separation of duties requires).
 */
@Component
@Order(10)
class DemoRecords implements ApplicationRunner {

    static final String MEASURES_NUMBER = "税总发〔2017〕44号";
    private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);

    private final Drafting drafting;
    private final Reviewing reviewing;
    private final Publication publication;
    private final Organization organization;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String mode;
    private final String jdbcUrl;

    DemoRecords(Drafting drafting, Reviewing reviewing, Publication publication, Organization organization,
            JdbcClient jdbc, TransactionTemplate tx, @Value("${gongkai.demo.mode:auto}") String mode,
            @Value("${spring.datasource.url}") String jdbcUrl) {
        this.drafting = drafting;
        this.reviewing = reviewing;
        this.publication = publication;
        this.organization = organization;
        this.jdbc = jdbc;
        this.tx = tx;
        this.mode = mode;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean enabled = "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
        Optional<StaffMember> drafter = organization.staffByUsername("sat-drafter");
        Optional<StaffMember> office = organization.staffByUsername("sat-office");
        Optional<StaffMember> publisher = organization.staffByUsername("sat-publisher");
        if (!enabled || drafter.isEmpty() || office.isEmpty() || publisher.isEmpty() || loaded()) {
            return;
        }
        String text = CrawledText.clean(resource("/publishing/demo/measures-2017-crawled.txt"));
        tx.executeWithoutResult(s -> {
            GovernmentRecord notice = drafting.create(drafter.get(), new RecordInput("sat",
                    "国家税务总局关于印发《全面推进政务公开工作实施办法》的通知", RecordType.OTHER, MEASURES_NUMBER, List.of(),
                    "政务公开", "12.01", DisclosureAttribute.PROACTIVE, null, Validity.IN_FORCE, LocalDate.of(2017, 4, 27),
                    LocalDate.of(2017, 4, 27), LocalDate.of(2017, 4, 27), LocalDate.of(2017, 4, 27),
                    MeasuresHtml.of(text), null, null, null, null, false)).record();
            drafting.attach(drafter.get(), notice.getId(), "全面推进政务公开工作实施办法.docx", docx(text));
            approveAndPublish(drafter.get(), office.get(), publisher.get(), notice, true);
            GovernmentRecord policy = drafting.create(drafter.get(), new RecordInput("sat",
                    "国家税务总局关于做好政策解读工作的公告（演示数据）", RecordType.NORMATIVE_DOCUMENT, null, List.of(), "政策解读",
                    "02.02", DisclosureAttribute.PROACTIVE, null, Validity.IN_FORCE, null, null, null, null,
                    "<p>本文件为演示数据，用于展示规范性文件与政策解读“三同步”发布。</p>"
                            + "<p>一、税务部门制定的规范性文件，由文件牵头起草单位负责做好解读工作。</p>"
                            + "<p>二、解读材料随文件一并报批，与文件同步在税务网站发布。</p>",
                    null, null, null, null, false)).record();
            GovernmentRecord interpretation = drafting.create(drafter.get(), new RecordInput("sat",
                    "《国家税务总局关于做好政策解读工作的公告（演示数据）》解读", RecordType.INTERPRETATION, null, List.of(),
                    "政策解读", "02.03", DisclosureAttribute.PROACTIVE, null, null, null, null, null, null,
                    "<h3>一、出台背景</h3><p>落实《全面推进政务公开工作实施办法》八(二)的“三同步”要求。</p>"
                            + "<h3>二、主要内容</h3><p>明确解读主体、解读流程和发布方式。</p>",
                    policy.getId(), InterpretationForm.QA, null, "办公厅负责同志", false)).record();
            approveAndPublish(drafter.get(), office.get(), publisher.get(), interpretation, false);
            approveAndPublish(drafter.get(), office.get(), publisher.get(), policy, true);
        });
        log.info("Demo records published: {} with the Implementation Measures, and a normative document with its interpretation",
                MEASURES_NUMBER);
    }

    private void approveAndPublish(StaffMember drafter, StaffMember office, StaffMember publisher,
            GovernmentRecord record, boolean publish) {
        drafting.submit(drafter, record.getId());
        while (Reviewing.roleFor(record.getState()) != null) {
            reviewing.review(office, record.getId(), Reviewing.Decision.APPROVE, "同意", false);
        }
        if (publish && record.getState() == RecordState.APPROVED) {
            publication.publish(publisher, record.getId(), null);
        }
    }

    /** The Measures as a Word document, the attachment the notice carried ("附件"). */
    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    doc.createParagraph().createRun().setText(line.strip());
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean loaded() {
        return jdbc.sql("select count(*) from gov_record where organ_id = 1 and document_number = :n")
                .param("n", MEASURES_NUMBER).query(Long.class).single() > 0;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = DemoRecords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package cn.gongkai.regulations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a small library document straight into the tables (the schema of V10_1 is the
 * contract), for tests that must not depend on the importer: {@code aLaw("…").articles(5).save()}
 * gives art_1 … art_5 with the text "第N条正文。", art_2 with two paragraphs.
 */
public final class LibraryFixture {

    private static final AtomicInteger SEQ = new AtomicInteger(900);

    private final JdbcClient jdbc;
    private final String id;
    private final String title;
    private DocumentType type = DocumentType.LAW;
    private LocalDate effectiveOn = LocalDate.of(2020, 1, 1);
    private LocalDate expiresOn;
    private int articles = 3;

    private LibraryFixture(JdbcClient jdbc, String title) {
        this.jdbc = jdbc;
        this.title = title;
        this.id = "law-2099-" + SEQ.incrementAndGet();
    }

    public static LibraryFixture aLaw(JdbcClient jdbc, String title) {
        return new LibraryFixture(jdbc, title);
    }

    public LibraryFixture type(DocumentType t) {
        this.type = t;
        return this;
    }

    public LibraryFixture effectiveOn(LocalDate d) {
        this.effectiveOn = d;
        return this;
    }

    public LibraryFixture expiresOn(LocalDate d) {
        this.expiresOn = d;
        return this;
    }

    public LibraryFixture articles(int n) {
        this.articles = n;
        return this;
    }

    /** Saves it as PUBLISHED and returns its id. */
    public String save() {
        jdbc.sql("""
                insert into reg_document (id, doc_type, title, document_number, organs, issued_on, effective_on,
                  expires_on, structure, state, imported_at, imported_by)
                values (?, ?, ?, ?, '国家税务总局', ?, ?, ?, 'ARTICLES', 'PUBLISHED', ?, 'fixture')""")
                .params(id, type.name(), title, "测试令第" + SEQ.get() + "号", effectiveOn, effectiveOn, expiresOn,
                        LocalDateTime.of(2020, 1, 1, 0, 0))
                .update();
        int seq = 0;
        for (int i = 1; i <= articles; i++) {
            String eid = "art_" + i;
            provision(eid, null, "ARTICLE", "第" + cn.gongkai.platform.ChineseNumerals.of(i) + "条", i, ++seq,
                    i == 2 ? "" : "第" + i + "条正文。");
            if (i == 2) {
                provision(eid + "__para_1", eid, "PARAGRAPH", "第一款", 1, ++seq, "第2条第1款正文。");
                provision(eid + "__para_2", eid, "PARAGRAPH", "第二款", 2, ++seq, "第2条第2款正文。");
            }
        }
        return id;
    }

    private void provision(String eid, String parent, String kind, String num, int ordinal, int seq, String body) {
        jdbc.sql("""
                insert into reg_provision (document_id, eid, parent_eid, kind, num, ordinal, seq)
                values (?, ?, ?, ?, ?, ?, ?)""").params(id, eid, parent, kind, num, ordinal, seq).update();
        jdbc.sql("insert into reg_provision_version (document_id, eid, body) values (?, ?, ?)")
                .params(id, eid, body).update();
    }
}

package cn.gongkai.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.context.support.GenericApplicationContext;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.search.IndexMaintenance;

/**
 * Scale demo data for the benchmarks (SPEC 5: search over 1,000,000 records), kept in bench code
 * on the test classpath so the shipped jar cannot write records past the workflow: {@link #main}
 * starts the application with this runner added, and with {@code --gongkai.generate=N} it fills the organ tree with N published records
 * composed from the real law texts in {@code classpath:search/corpus} — titles, 文号, bodies,
 * dates spread over 2010–2025, catalogue entries, validity, and DOCX attachments with their text —
 * written with JDBC batch inserts, then builds the search index in bulk and exits
 * ({@code --gongkai.generate-exit=false} keeps the application running). The records bypass the
 * review workflow on purpose: they are load, not content; they carry index numbers that continue
 * each organ's yearly sequence.
 */
public class ScaleDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 1000;
    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private final long count;
    private final long seed;
    private final boolean exit;
    private final Path files;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final IndexMaintenance maintenance;
    private final ConfigurableApplicationContext context;

    ScaleDataGenerator(@Value("${gongkai.generate:0}") long count, @Value("${gongkai.generate-seed:20170427}") long seed,
            @Value("${gongkai.generate-exit:true}") boolean exit, @Value("${gongkai.data}") String data,
            DataSource dataSource, JdbcClient jdbc, IndexMaintenance maintenance, ConfigurableApplicationContext context) {
        this.count = count;
        this.seed = seed;
        this.exit = exit;
        this.files = Path.of(data, "files");
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.maintenance = maintenance;
        this.context = context;
    }

    /**
     * {@code bench/search/run.sh} runs this on the test classpath
     * ({@code mvn exec:exec -Dexec.classpathScope=test ...}) with the application's own arguments.
     */
    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(GongkaiApplication.ZONE));
        String data = System.getenv().getOrDefault("GONGKAI_DATA", "./data");
        System.setProperty("gongkai.data", Path.of(data.isBlank() ? "./data" : data).toAbsolutePath().normalize().toString());
        SpringApplication app = new SpringApplication(GongkaiApplication.class);
        app.addInitializers(context -> {
            GenericApplicationContext generic = (GenericApplicationContext) context;
            // the test classpath holds test configurations; the component scan must skip them as tests do
            generic.getBeanFactory().registerSingleton("testTypeExcludeFilter", new SkipTestComponents());
            generic.registerBean(ScaleDataGenerator.class);
        });
        app.run(args);
    }

    /** Leaves the test configurations ({@code @TestConfiguration}) out of the component scan. */
    static final class SkipTestComponents extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasMetaAnnotation(TestComponent.class.getName())
                    || reader.getAnnotationMetadata().hasAnnotation(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkipTestComponents;
        }

        @Override
        public int hashCode() {
            return SkipTestComponents.class.hashCode();
        }
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (count <= 0) {
            return;
        }
        long started = System.nanoTime();
        generate();
        long inserted = System.nanoTime();
        log.info("Generated {} records in {} s; building the search index", count, (inserted - started) / 1_000_000_000);
        maintenance.rebuildAndWait("generated");
        log.info("GENERATED records={} insertSeconds={} indexSeconds={} documents={}", count,
                (inserted - started) / 1_000_000_000, (System.nanoTime() - inserted) / 1_000_000_000,
                maintenance.status().documents());
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private void generate() throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        Corpus corpus = Corpus.load();
        Organs organs = Organs.load(jdbc);
        RecordComposer composer = new RecordComposer(corpus);
        List<String[]> catalog = jdbc.sql("select id, code from catalog_entry where base = true order by code")
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        List<String[]> policyEntries = catalog.stream().filter(c -> c[1].startsWith("02.")).toList();
        AttachmentFiles attachmentFiles = new AttachmentFiles(files);
        List<AttachmentFiles.Prepared> prepared = attachmentFiles.prepare(corpus, random, 24);
        Map<String, Integer> counters = counters();
        long recordId = max("gov_record") + 1;
        long editionId = max("record_edition") + 1;
        long attachmentId = max("record_attachment") + 1;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (AttachmentFiles.Prepared f : prepared) {
                jdbc.sql("delete from search_extracted_text where sha256 = :s").param("s", f.sha256()).update();
                jdbc.sql("insert into search_extracted_text (sha256, text, extracted_at) values (:s, :t, :at)")
                        .param("s", f.sha256()).param("t", f.text()).param("at", Timestamp.from(Instant.now())).update();
            }
            try (PreparedStatement rec = c.prepareStatement("""
                    insert into gov_record (id, organ_id, drafter_id, drafter_name, title, document_number, type, topic,
                      catalog_entry_id, attribute, validity, written_on, issued_on, effective_on, body, state, edition,
                      published_edition, first_published_at, last_published_at, index_number, created_at, updated_at)
                    values (?, ?, 0, 'generator', ?, ?, ?, ?, ?, 'PROACTIVE', ?, ?, ?, ?, ?, 'PUBLISHED', 1, 1, ?, ?, ?, ?, ?)""");
                    PreparedStatement ed = c.prepareStatement("""
                    insert into record_edition (id, record_id, number, title, document_number, body, written_on, issued_on,
                      effective_on, validity, published_at, published_by) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'generator')""");
                    PreparedStatement att = c.prepareStatement("""
                    insert into record_attachment (id, record_id, file_name, content_type, size_bytes, sha256, storage_key,
                      uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, 'generator', ?)""")) {
                for (long i = 0; i < count; i++) {
                    Organs.Organ organ = organ(random, organs);
                    String type = type(random, organ);
                    LocalDate written = FIRST.plusDays(random.nextInt(DAYS));
                    Instant published = written.plusDays(random.nextInt(8)).atTime(LocalTime.of(9 + random.nextInt(9),
                            random.nextInt(60))).atZone(ZONE).toInstant();
                    RecordComposer.Content content = composer.compose(random, organ, type, written);
                    String[] entry = RecordComposer.pick(random, type.equals("OTHER") ? catalog : policyEntries);
                    int year = published.atZone(ZONE).getYear();
                    int seq = counters.merge(organ.id() + "/" + year, 1, Integer::sum);
                    String index = organ.organizationCode() + "/" + year + "-" + String.format("%05d", seq);
                    String validity = validity(random, type);
                    Timestamp at = Timestamp.from(published);
                    int p = 1;
                    rec.setLong(p++, recordId);
                    rec.setLong(p++, organ.id());
                    rec.setString(p++, content.title());
                    rec.setString(p++, content.documentNumber());
                    rec.setString(p++, type);
                    rec.setString(p++, RecordComposer.TOPICS.get(random.nextInt(RecordComposer.TOPICS.size())).substring(0, 2));
                    rec.setLong(p++, Long.parseLong(entry[0]));
                    rec.setString(p++, validity);
                    rec.setObject(p++, written, Types.DATE);
                    rec.setObject(p++, written, Types.DATE);
                    rec.setObject(p++, written.plusDays(30), Types.DATE);
                    rec.setString(p++, content.bodyHtml());
                    rec.setTimestamp(p++, at);
                    rec.setTimestamp(p++, at);
                    rec.setString(p++, index);
                    rec.setTimestamp(p++, at);
                    rec.setTimestamp(p++, at);
                    rec.addBatch();
                    p = 1;
                    ed.setLong(p++, editionId++);
                    ed.setLong(p++, recordId);
                    ed.setString(p++, content.title());
                    ed.setString(p++, content.documentNumber());
                    ed.setString(p++, content.bodyHtml());
                    ed.setObject(p++, written, Types.DATE);
                    ed.setObject(p++, written, Types.DATE);
                    ed.setObject(p++, written.plusDays(30), Types.DATE);
                    ed.setString(p++, validity);
                    ed.setTimestamp(p++, at);
                    ed.addBatch();
                    if (random.nextInt(50) == 0) {
                        AttachmentFiles.Prepared f = RecordComposer.pick(random, prepared);
                        String key = "generated/" + (recordId / 10_000) + "/" + recordId + ".docx";
                        attachmentFiles.link(f, key);
                        p = 1;
                        att.setLong(p++, attachmentId++);
                        att.setLong(p++, recordId);
                        att.setString(p++, f.name());
                        att.setString(p++, AttachmentFiles.DOCX);
                        att.setLong(p++, f.size());
                        att.setString(p++, f.sha256());
                        att.setString(p++, key);
                        att.setTimestamp(p++, at);
                        att.addBatch();
                    }
                    recordId++;
                    if ((i + 1) % BATCH == 0 || i + 1 == count) {
                        rec.executeBatch();
                        ed.executeBatch();
                        att.executeBatch();
                        c.commit();
                    }
                    if ((i + 1) % 50_000 == 0) {
                        log.info("Generated {} of {} records", i + 1, count);
                    }
                }
            }
        }
        for (String table : List.of("gov_record", "record_edition", "record_attachment")) {
            jdbc.sql("alter table " + table + " alter column id restart with " + (max(table) + 1)).update();
        }
        saveCounters(counters);
    }

    private Map<String, Integer> counters() {
        Map<String, Integer> counters = new HashMap<>();
        jdbc.sql("select organ_id, counter_year, last_value from index_counter")
                .query(rs -> {
                    counters.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getInt(3));
                });
        return counters;
    }

    private void saveCounters(Map<String, Integer> counters) {
        counters.forEach((key, value) -> {
            long organ = Long.parseLong(key.substring(0, key.indexOf('/')));
            int year = Integer.parseInt(key.substring(key.indexOf('/') + 1));
            int updated = jdbc.sql("update index_counter set last_value = greatest(last_value, :v) "
                    + "where organ_id = :o and counter_year = :y").param("v", value).param("o", organ).param("y", year)
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into index_counter (organ_id, counter_year, last_value) values (:o, :y, :v)")
                        .param("o", organ).param("y", year).param("v", value).update();
            }
        });
    }

    private long max(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    private static Organs.Organ organ(SplittableRandom random, Organs organs) {
        int r = random.nextInt(100);
        if (r < 12 || organs.provincial().isEmpty()) {
            return organs.sat();
        }
        if (r < 55 || organs.local().isEmpty()) {
            return RecordComposer.pick(random, organs.provincial());
        }
        return RecordComposer.pick(random, organs.local());
    }

    private static String type(SplittableRandom random, Organs.Organ organ) {
        int r = random.nextInt(100);
        if (organ.isSat()) {
            return r < 3 ? "LAW" : r < 8 ? "ADMINISTRATIVE_REGULATION" : r < 15 ? "RULE" : r < 55 ? "NORMATIVE_DOCUMENT"
                    : r < 70 ? "INTERPRETATION" : "OTHER";
        }
        return r < 35 ? "NORMATIVE_DOCUMENT" : r < 45 ? "INTERPRETATION" : "OTHER";
    }

    private static String validity(SplittableRandom random, String type) {
        int r = random.nextInt(100);
        if (type.equals("OTHER") || type.equals("INTERPRETATION")) {
            return r < 70 ? "IN_FORCE" : "NOT_APPLICABLE";
        }
        return r < 75 ? "IN_FORCE" : r < 83 ? "PARTIALLY_INVALID" : r < 98 ? "REPEALED" : "NOT_YET_EFFECTIVE";
    }
}

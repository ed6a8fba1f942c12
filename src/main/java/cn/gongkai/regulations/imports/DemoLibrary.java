package cn.gongkai.regulations.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.organization.Organization;
import cn.gongkai.regulations.DocumentType;

/**
 * Demo library, loaded on first start in demo mode (the switch of the demo records:
 * {@code gongkai.demo.mode} on, or auto with H2): the 38 corpus texts (reference/corpus, see its
 * SOURCES.md) and the seed notice (reference/000_4337434bb97ab811.txt), imported through the real
 * importer as the SAT's and published by {@code system}. The seed's injected "乐动安卓app" is
 * stripped by {@code system} with the replacement 政务服务, since reference/README.md says
 * official copies read "互联网+政务服务"; its 文号 税总发〔2017〕44号 is not in its text and comes
 * from the manifest. Idempotent per file (a file already imported is skipped).
 */
@Component
@Order(40)
class DemoLibrary implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLibrary.class);
    private static final String BASE = "regulations/demo/";
    static final String SEED = "000_4337434bb97ab811.txt";
    static final String SYSTEM = "system";

    private final Imports imports;
    private final ImportStore store;
    private final Organization organization;
    private final TransactionTemplate tx;
    private final String mode;
    private final String jdbcUrl;

    DemoLibrary(Imports imports, ImportStore store, Organization organization, TransactionTemplate tx,
            @Value("${gongkai.demo.mode:auto}") String mode, @Value("${spring.datasource.url}") String jdbcUrl) {
        this.imports = imports;
        this.store = store;
        this.organization = organization;
        this.tx = tx;
        this.mode = mode;
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        boolean enabled = "on".equalsIgnoreCase(mode) || (!"off".equalsIgnoreCase(mode) && jdbcUrl.startsWith("jdbc:h2:"));
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        long sat = organization.sat().getId();
        int loaded = 0;
        for (String[] entry : manifest()) {
            String path = entry[0];
            if (store.hasSourceFile(path)) {
                continue;
            }
            byte[] bytes = resource(path);
            DocumentType type = DocumentType.valueOf(entry[1]);
            String number = entry.length > 2 && !entry[2].isBlank() ? entry[2] : null;
            String source = path.equals(SEED) ? "网页转载件 (crawled web copy), reference/000_4337434bb97ab811.txt"
                    : "国家法律法规数据库 flk.npc.gov.cn, via LawRefBook/Laws 2f4c5c2: " + path.substring("corpus/".length());
            try {
                tx.executeWithoutResult(s -> {
                    String id = imports.importAs(SYSTEM, sat, path, bytes,
                            new ImportOverrides(type, null, number, null, null, null, null, null, source), "DRAFT");
                    for (ImportView.FindingView f : imports.view(id).findings()) {
                        if (f.code().equals("INJECTED_TEXT") && path.equals(SEED) && "乐动安卓app".equals(f.injected())) {
                            imports.resolveAs(SYSTEM, imports.document(id), f.id(), "STRIPPED", "政务服务");
                        }
                    }
                    imports.publishAs(SYSTEM, id);
                });
                loaded++;
            }
            catch (RuntimeException e) {
                log.warn("Demo library: {} not loaded: {}", path, e.getMessage());
            }
        }
        if (loaded > 0) {
            log.info("Demo library: {} texts imported and published in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
        }
    }

    static List<String[]> manifest() throws IOException {
        String text = new String(resource("manifest.tsv"), StandardCharsets.UTF_8);
        return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(BASE + path).getInputStream()) {
            return in.readAllBytes();
        }
    }
}

package cn.gongkai.regulations.imports;

import java.nio.file.*;
import org.junit.jupiter.api.Test;

class DumpTests {
    @Test
    void time() throws Exception {
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime(), tExtract = 0, tParse = 0, tScan = 0, tMeta = 0;
            for (Path f : CorpusParsingTests.corpusFiles()) {
                long a = System.nanoTime();
                var ex = TextExtraction.extract(f.getFileName().toString(), Files.readAllBytes(f));
                var lines = TextImport.cleanLines(ex.lines());
                long b = System.nanoTime();
                var parsed = StructureParser.parse(lines);
                long c = System.nanoTime();
                InjectionScanner.scan(parsed, java.util.List.of());
                long d = System.nanoTime();
                MetadataRecovery.recover(parsed);
                long e = System.nanoTime();
                tExtract += b - a; tParse += c - b; tScan += d - c; tMeta += e - d;
            }
            System.out.printf("round %d total %d ms: extract+clean %d parse %d scan %d meta %d%n", round, (System.nanoTime() - t0) / 1000000,
                    tExtract / 1000000, tParse / 1000000, tScan / 1000000, tMeta / 1000000);
        }
    }
}

package cn.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Search reads publishing only through its API ({@code publishing.PublicCorpus}) and events: no
 * class of {@code cn.gongkai.search} holds a string naming one of publishing's tables (every table
 * its migrations create). The strings are read from the compiled classes' constant pools, so SQL
 * in text blocks, concatenations and constants is all seen.
 */
class SearchBoundaryTests {

    @Test
    void searchHoldsNoSqlOnPublishingTables() throws IOException {
        Set<String> tables = publishingTables();
        assertThat(tables).contains("gov_record", "record_edition", "record_attachment");
        List<String> violations = new ArrayList<>();
        Path root = Path.of("target/classes/cn/gongkai/search");
        assertThat(root).isDirectory();
        try (Stream<Path> classes = Files.walk(root)) {
            for (Path c : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
                try (InputStream in = Files.newInputStream(c)) {
                    tablesNamedIn(in, tables).forEach(t -> violations.add(root.relativize(c) + " names " + t));
                }
            }
        }
        assertThat(violations).as("search must not read or write publishing's tables").isEmpty();
    }

    /** The check fires: a class with SQL on a publishing table is caught. */
    @Test
    void theCheckSeesSqlOnAPublishingTable() throws IOException {
        Set<String> tables = publishingTables();
        try (InputStream in = SearchBoundaryTests.class.getResourceAsStream("SearchBoundaryTests$Offender.class")) {
            assertThat(tablesNamedIn(in, tables)).containsExactlyInAnyOrder("record_edition", "gov_record");
        }
        try (InputStream in = SearchBoundaryTests.class.getResourceAsStream("SearchBoundaryTests$Harmless.class")) {
            assertThat(tablesNamedIn(in, tables)).isEmpty();
        }
    }

    static final class Offender {

        String sql(long id) {
            return "select e.title from record_edition e join gov_record r on r.id = e.record_id where r.id = " + id;
        }
    }

    static final class Harmless {

        String sql() {
            return "select text from search_extracted_text where sha256 = ? -- a gov_records_note is no table";
        }
    }

    /** Every table publishing's migrations create. */
    static Set<String> publishingTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/publishing/*.sql")) {
            Matcher m = create.matcher(r.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                tables.add(m.group(1).toLowerCase());
            }
        }
        return tables;
    }

    /** The tables among {@code tables} that a string of the class file names as a whole word. */
    static Set<String> tablesNamedIn(InputStream classFile, Set<String> tables) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        for (String s : utf8Constants(classFile)) {
            for (String t : tables) {
                if (Pattern.compile("(?i)(?<![a-z0-9_])" + t + "(?![a-z0-9_])").matcher(s).find()) {
                    found.add(t);
                }
            }
        }
        return found;
    }

    /** The UTF-8 entries of a class file's constant pool (JVMS 4.4): every string literal and recipe is one. */
    static List<String> utf8Constants(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}

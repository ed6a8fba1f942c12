package cn.gongkai.regulations.imports;

import java.util.ArrayList;
import java.util.List;

import cn.gongkai.platform.CrawledTextCleaner;

/**
 * From a file to what the importer stores, without touching the database: the lines extracted
 * and cleaned (crawl artefacts such as {@code @@} gone, line numbers kept), the provision tree,
 * the recovered metadata and the findings (UNPARSED_LINE, INJECTED_TEXT).
 */
final class TextImport {

    private TextImport() {
    }

    record Result(ParsedText parsed, MetadataRecovery.Metadata metadata, List<InjectionScanner.Finding> findings) {
    }

    static Result read(String filename, byte[] bytes) {
        TextExtraction.Extracted extracted = TextExtraction.extract(filename, bytes);
        return read(extracted.lines(), extracted.hidden());
    }

    static Result read(List<String> lines, List<String> hidden) {
        ParsedText parsed = StructureParser.parse(cleanLines(lines));
        List<String> cleanHidden = hidden.stream().map(h -> StructureParser.normalize(CrawledTextCleaner.cleanLine(h)))
                .filter(h -> !h.isBlank()).toList();
        List<InjectionScanner.Finding> findings = new ArrayList<>();
        for (Line l : parsed.unparsed()) {
            findings.add(new InjectionScanner.Finding("UNPARSED_LINE", l.number(), null, l.text(), null));
        }
        findings.addAll(InjectionScanner.scan(parsed, cleanHidden));
        findings.sort(java.util.Comparator.comparingInt(InjectionScanner.Finding::line));
        return new Result(parsed, MetadataRecovery.recover(parsed), findings);
    }

    static List<String> cleanLines(List<String> lines) {
        return lines.stream().map(CrawledTextCleaner::cleanLine).toList();
    }
}

package cn.gongkai.regulations.imports;

import java.util.List;

/**
 * What the structure parser made of a text: its title, the header lines that carry dates and
 * meetings, standalone lines naming a document number or a signature (organ, date), the preamble,
 * the provisions in document order, the annex (附表, 附件: kept as text, not structured) and the
 * lines that did not parse.
 */
record ParsedText(String title, List<Line> header, List<Line> signature, List<Line> numberLines,
        List<Line> preamble, List<ParsedProvision> provisions, String annex, List<Line> unparsed) {

    /** ARTICLES when built of 条, PARTS when numbered 一、（一）1., else PLAIN. */
    String structure() {
        if (provisions.stream().anyMatch(p -> p.kind() == cn.gongkai.regulations.ProvisionKind.ARTICLE)) {
            return "ARTICLES";
        }
        return provisions.isEmpty() ? "PLAIN" : "PARTS";
    }

    /** Number of 条, or for a document without 条 the number of its top-level parts. */
    int articles() {
        long articles = provisions.stream().filter(p -> p.kind() == cn.gongkai.regulations.ProvisionKind.ARTICLE).count();
        return (int) (articles > 0 ? articles
                : provisions.stream().filter(p -> p.kind() == cn.gongkai.regulations.ProvisionKind.PART).count());
    }

    String preambleText() {
        return String.join("\n", preamble.stream().map(Line::text).toList());
    }
}

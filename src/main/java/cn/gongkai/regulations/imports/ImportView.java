package cn.gongkai.regulations.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An imported document as the staff API answers it. {@code articles} is the number of 条, or for
 * a document without 条 the number of its top-level numbered parts (the seed: 12); {@code parts}
 * the number of top-level parts (一、二、…).
 */
record ImportView(String id, String title, String documentNumber, String organ, String type, String state,
        LocalDate adoptedOn, LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, int articles, int parts,
        String sourceFile, List<FindingView> findings) {

    /** {@code text} is the excerpt naming the passage; {@code injected} the exact passage a strip removes. */
    record FindingView(long id, String code, Integer line, String text, String injected, String eId, String state,
            String replacement, String resolvedBy, Instant resolvedAt) {
    }

    boolean hasOpenInjection() {
        return findings.stream().anyMatch(f -> f.code().equals("INJECTED_TEXT") && f.state().equals("OPEN"));
    }
}

package cn.gongkai.regulations.imports;

import java.time.LocalDate;

import cn.gongkai.regulations.DocumentType;

/**
 * What the importer states instead of what the text yields; null = keep the recovered value.
 * {@code organ} is one name or several joined by 、.
 */
record ImportOverrides(DocumentType type, String title, String documentNumber, String organ, LocalDate adoptedOn,
        LocalDate issuedOn, LocalDate effectiveOn, LocalDate expiresOn, String source) {

    static final ImportOverrides NONE = new ImportOverrides(null, null, null, null, null, null, null, null, null);
}

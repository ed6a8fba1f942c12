package cn.gongkai.search;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the index holds of one published record: the published edition's title, 文号, body text
 * and validity, the record's organ, type, catalogue entry and publication time, and the text of
 * its attachments. {@code syndicated}: a SAT policy that the provincial sites show too
 * (Implementation Measures 十(一)).
 */
record IndexedRecord(long id, long organId, String organCode, String organName, String type, String catalogCode,
        String catalogLabel, Instant publishedAt, LocalDate writtenOn, String indexNumber, String title,
        String documentNumber, String bodyText, String validity, String attachmentText, boolean syndicated) {

    /** The year a reader files the record under: its written date, else its publication (Asia/Shanghai). */
    int year() {
        return writtenOn != null ? writtenOn.getYear() : publishedAt.atZone(Search.LEGAL_ZONE).getYear();
    }

    /** The record's address on its own organ's site (SAT's site is the root). */
    String canonicalPath() {
        return (organId == 1L ? "" : "/sites/" + organCode) + "/records/" + id;
    }
}

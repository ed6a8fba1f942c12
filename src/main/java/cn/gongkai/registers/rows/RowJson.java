package cn.gongkai.registers.rows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.gongkai.obligations.ObligationView;

/** The JSON shapes of rows: staff (as entered, with masks, duty and history) and public (public values only). */
final class RowJson {

    private RowJson() {
    }

    /** {@code POST /api/v1/registers/{code}/rows}. */
    record NewRow(Long organId, Map<String, String> values, Boolean publish) {
    }

    /** {@code PUT …/rows/{id}}: a correction with its public reason. */
    record Correction(Map<String, String> values, String reason) {
    }

    /** {@code POST …/rows/{id}/retract}. */
    record Retraction(String reason) {
    }

    record StaffRow(long id, String register, long organId, String organ, String state, int version,
            Map<String, String> values, Map<String, String> publicValues, LocalDate triggerOn, LocalDate visibleUntil,
            Instant createdAt, String createdBy, Instant publishedAt, String publishedBy, Duty duty,
            List<Version> history, String url) {
    }

    /** The row's obligation: rule, due time and last day, state, when met. */
    record Duty(String rule, Instant dueAt, LocalDate lastDay, String state, Instant fulfilledAt) {

        static Duty of(ObligationView o) {
            return new Duty(o.ruleId(), o.dueAt(), o.lastDay(), o.state().name(), o.fulfilledAt());
        }
    }

    /** A version as staff see it (entered values); the public one leaves them out. */
    record Version(int version, String kind, String reason, String actor, Instant at, Map<String, String> values) {
    }

    record StaffPage(List<StaffRow> items, int page, int size, int total) {
    }

    /** The contract's public row: {@code {id, values, organ, publishedOn, version}} (+ history on the row's own URL). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublicRow(long id, Map<String, String> values, String organ, LocalDate publishedOn, int version,
            String state, String url, List<PublicVersion> history) {
    }

    record PublicVersion(int version, String kind, String reason, LocalDate on) {
    }

    record PublicPage(List<PublicRow> items, int page, int size, int total) {
    }

    /** The contract's register: {@code {code, title, organ, rows, updatedOn}}. */
    record PublicRegister(String code, String title, String titleEn, String organ, long rows, LocalDate updatedOn,
            String url) {
    }

    record PublicRegisters(List<PublicRegister> items) {
    }
}

package cn.gongkai.registers;

import java.util.List;
import java.util.Optional;

/**
 * A register type (公开事项类型), loaded from {@code registers/types/{code}.yml}.
 *
 * @param code the API code ({@code licensing-decisions})
 * @param title Chinese title; {@code titleEn} English
 * @param source the clause that orders it published (《全面推进政务公开工作实施办法》二(二)); {@code sourceEn}
 * @param description what is published and by which criteria (e.g. the criteria of a major case), Chinese; {@code descriptionEn}
 * @param page the public page's kind: TABLE (a list), POWERS (items with flow charts), GUIDE
 *        (service guides), INSPECTIONS (items with their draws)
 * @param fields in display order
 * @param duty the rulebook rule a row raises, with the DATE field it runs from; null when none
 * @param visibility how long a row stays public; null when it stays
 * @param frequency the DCAT update frequency (EU authority code: ANNUAL, QUARTERLY, MONTHLY, CONT, IRREG …)
 * @param sort the field the public list is sorted by, descending
 */
public record RegisterType(String code, String title, String titleEn, String source, String sourceEn,
        String description, String descriptionEn, String page, List<FieldDef> fields, Duty duty,
        Visibility visibility, String frequency, String sort) {

    /** A rulebook duty: {@code rule} (an id of the rulebook) runs from the day in {@code field}. */
    public record Duty(String rule, String field) {
    }

    /**
     * The last public day: the day in {@code untilField} when given; else the end of the rulebook
     * limit {@code rule} counted by the calendar from the day in {@code fromField}; the earlier of
     * both when both apply.
     */
    public record Visibility(String untilField, String rule, String fromField) {
    }

    public Optional<FieldDef> field(String fieldCode) {
        return fields.stream().filter(f -> f.code().equals(fieldCode)).findFirst();
    }
}

package cn.gongkai.registers.query;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.TextLength;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.types.CreditCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The taxpayer query (纳税人信息查询): one taxpayer, by unified social credit code or exact name,
 * across the public lists that name taxpayers. It reads only published, still visible rows and
 * only their public (masked) values; it matches only the query columns the Redactor fills from
 * unmasked public fields, so a masked value can neither be found nor shown.
 */
@Service
public class TaxpayerQuery {

    /** The registers searched (issue 12: A-grade, arrears, abnormal households, penalties; and major cases). */
    static final List<String> REGISTERS = List.of("a-grade-taxpayers", "arrears", "abnormal-households",
            "penalty-decisions", "major-cases");
    static final int MAX_ITEMS = 100;
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final RegisterCatalog catalog;
    private final Organization organization;
    private final Clock clock;

    TaxpayerQuery(JdbcClient jdbc, RegisterCatalog catalog, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * Rows naming the taxpayer, newest first (at most {@value #MAX_ITEMS}). Exactly one of
     * {@code credit} and {@code name}; a credit code with a wrong check character is a 400 naming
     * {@code credit}.
     */
    public Result find(String credit, String name, Locale locale) {
        boolean byCredit = credit != null && !credit.isBlank();
        boolean byName = name != null && !name.isBlank();
        if (byCredit == byName) {
            throw GongkaiException.invalid(byCredit ? "name" : "credit", "registers.query.error.oneOf");
        }
        String column;
        String value;
        if (byCredit) {
            value = CreditCode.normalize(credit);
            CreditCode.Flaw flaw = CreditCode.flaw(value);
            if (flaw != null) {
                throw GongkaiException.invalid("credit", flaw == CreditCode.Flaw.CHECK_DIGIT
                        ? "registers.query.error.creditCheck" : "registers.query.error.credit");
            }
            column = "query_credit";
        }
        else {
            value = name.strip();
            if (TextLength.of(value) < 2 || TextLength.of(value) > 300) {
                throw GongkaiException.invalid("name", "registers.query.error.name");
            }
            column = "query_name";
        }
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
        List<Item> items = jdbc.sql("select id, register_code, organ_id, public_json, published_at from register_row "
                + "where " + column + " = :value and state = 'PUBLISHED' and register_code in (:registers) "
                + "and (visible_until is null or visible_until >= :today) order by published_at desc, id desc "
                + "fetch first " + MAX_ITEMS + " rows only")
                .param("value", value).param("registers", REGISTERS).param("today", today)
                .query((rs, n) -> item(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5), locale))
                .list();
        return new Result(byCredit ? Map.of("credit", value) : Map.of("name", value), items);
    }

    private Item item(long id, String code, long organId, String publicJson, Timestamp publishedAt, Locale locale) {
        RegisterType type = catalog.required(code);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String organ = organization.organ(organId).map(o -> o.nameIn(locale)).orElse("");
        LocalDate publishedOn = publishedAt == null ? null
                : publishedAt.toInstant().atZone(WorkingCalendar.ZONE).toLocalDate();
        return new Item(code, english ? type.titleEn() : type.title(), id, organ, publishedOn,
                JsonMapper.shared().readValue(publicJson, MAP), "/registers/" + code + "/rows/" + id);
    }

    /** {@code query} holds the normalized credit code or the name as searched. */
    public record Result(Map<String, String> query, List<Item> items) {
    }

    /** One row naming the taxpayer: its public values only. */
    public record Item(String register, String registerTitle, long rowId, String organ, LocalDate publishedOn,
            Map<String, String> values, String url) {
    }
}

package cn.gongkai.regulations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.regulations.validity.Validities;
import cn.gongkai.regulations.library.ProvisionPath;

/**
 * What other modules may ask of the regulations library: the library document a publishing
 * record is linked to, its validity on a day and what repealed or affected it, with the public
 * addresses of those documents and provisions ({@code /regulations/{id}/art/33/para/2}).
 * <p>
 * A record's validity (publishing's {@code Validity}, four values) follows the library's
 * (seven values) by {@link #asRecordValidity}: IN_FORCE → IN_FORCE, NOT_YET_EFFECTIVE →
 * NOT_YET_EFFECTIVE, PARTLY_EXPIRED / PARTLY_REPEALED / SUSPENDED → PARTIALLY_INVALID,
 * EXPIRED / REPEALED → REPEALED (publishing has no separate 失效; a suspended document cannot be
 * applied for a while, the nearest record value is 部分失效, and the record page names the exact
 * library status).
 */
@Service
@Transactional(readOnly = true)
public class Regulations {

    /** A confirmed effect on the linked document in force by the day, with the affecting document when there is one. */
    public record Affecting(EffectType type, LocalDate effectiveOn, String affectedEid, String affectedNumber,
            String affectedAddress, String documentId, String title, String documentNumber, String address) {
    }

    /** The library document a record is linked to, its validity on the day and what affected it, oldest first. */
    public record LibraryLink(long recordId, String documentId, String title, String documentNumber, String address,
            LocalDate day, Validity validity, cn.gongkai.publishing.Validity recordValidity,
            List<Affecting> affectedBy) {
    }

    private final JdbcClient jdbc;
    private final Validities validities;

    Regulations(JdbcClient jdbc, Validities validities) {
        this.jdbc = jdbc;
        this.validities = validities;
    }

    /** The published library document linked to the record, as it stands on {@code day}; empty when none. */
    public Optional<LibraryLink> forRecord(long recordId, LocalDate day) {
        return jdbc.sql("select id, title, document_number from reg_document where record_id = ? and state = 'PUBLISHED'")
                .param(recordId).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
                .optional().flatMap(d -> validities.documentOn(d[0], day).map(v -> new LibraryLink(recordId, d[0], d[1],
                        d[2], address(d[0], null), day, v, asRecordValidity(v), affecting(d[0], day))));
    }

    /** The id of the library document linked to the record (published or not). */
    public Optional<String> documentOfRecord(long recordId) {
        return jdbc.sql("select id from reg_document where record_id = ?").param(recordId).query(String.class).optional();
    }

    private List<Affecting> affecting(String documentId, LocalDate day) {
        return jdbc.sql("""
                select e.effect_type, e.effective_on, e.affected_eid, d.id, d.title, d.document_number, e.affecting_eid
                from reg_effect e left join reg_document d on d.id = e.affecting_document_id and d.state = 'PUBLISHED'
                where e.affected_document_id = ? and e.state = 'CONFIRMED' and e.effective_on <= ?
                  and e.effect_type <> 'COMMENCE'
                order by e.effective_on, e.id""").params(documentId, day)
                .query((rs, n) -> {
                    String eid = rs.getString(3);
                    String affecting = rs.getString(4);
                    // 第三条第二款: the provision as a person cites it, from its eId
                    return new Affecting(EffectType.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), eid,
                            eid == null ? null : ProvisionPath.citation(eid), address(documentId, eid), affecting,
                            rs.getString(5), rs.getString(6), affecting == null ? null : address(affecting, rs.getString(7)));
                }).list();
    }

    /** The record's validity for a library validity (the mapping of the class comment). */
    public static cn.gongkai.publishing.Validity asRecordValidity(Validity v) {
        return switch (v) {
            case IN_FORCE -> cn.gongkai.publishing.Validity.IN_FORCE;
            case NOT_YET_EFFECTIVE -> cn.gongkai.publishing.Validity.NOT_YET_EFFECTIVE;
            case PARTLY_EXPIRED, PARTLY_REPEALED, SUSPENDED -> cn.gongkai.publishing.Validity.PARTIALLY_INVALID;
            case EXPIRED, REPEALED -> cn.gongkai.publishing.Validity.REPEALED;
        };
    }

    /**
     * The public address of a document ({@code eid} null or empty) or of one of its provisions:
     * {@code art_33__para_2__point_3} → {@code /regulations/{id}/art/33/para/2/item/3}, a 目 below a
     * 项 is {@code subitem} (the segments of {@link ProvisionKind#pathSegment()}).
     */
    public static String address(String documentId, String eid) {
        String document = "/regulations/" + documentId;
        return ProvisionPath.toPath(eid).map(p -> document + "/" + p).orElse(document);
    }
}

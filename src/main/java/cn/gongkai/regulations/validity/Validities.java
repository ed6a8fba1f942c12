package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import cn.gongkai.regulations.Validity;

/**
 * Reads the derived validity timeline ({@code reg_validity_period}, written by {@link Derivations})
 * of a document and of its provisions on a day. A document whose timeline was never derived falls
 * back on its own dates, for itself and every provision: not yet effective before its effective
 * day, expired after its last day ({@code expires_on}, 有效期至), else in force. A provision an
 * INSERT adds is absent from the answer before its day.
 */
@Component
public class Validities {

    private static final String DOCUMENT = "";

    private final JdbcClient jdbc;

    Validities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The document's validity on {@code day}; empty if there is no such document. */
    public Optional<Validity> documentOn(String documentId, LocalDate day) {
        Optional<Validity> derived = periodOn(documentId, DOCUMENT, day);
        if (derived.isPresent()) {
            return derived;
        }
        return jdbc.sql("select effective_on, expires_on from reg_document where id = ?").param(documentId)
                .query((rs, n) -> byDates(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class), day))
                .optional();
    }

    /** Validity on {@code day} of every provision of the document existing that day, by eId (empty for no such document). */
    public Map<String, Validity> provisionsOn(String documentId, LocalDate day) {
        Map<String, Validity> out = new LinkedHashMap<>();
        List<Object[]> rows = jdbc.sql("""
                select eid, validity from reg_validity_period
                where document_id = ? and eid <> '' and (valid_from is null or valid_from <= ?)
                  and (valid_until is null or valid_until > ?)""")
                .params(documentId, day, day).query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2) })
                .list();
        rows.forEach(r -> out.put((String) r[0], Validity.valueOf((String) r[1])));
        if (out.isEmpty() && !derived(documentId)) {
            // never derived (written straight into the tables): every provision follows the document's dates
            List<LocalDate[]> dates = jdbc.sql("select effective_on, expires_on from reg_document where id = ?")
                    .param(documentId).query((rs, n) -> new LocalDate[] { rs.getObject(1, LocalDate.class),
                            rs.getObject(2, LocalDate.class) }).list();
            if (!dates.isEmpty()) {
                Validity v = byDates(dates.get(0)[0], dates.get(0)[1], day);
                jdbc.sql("select eid from reg_provision where document_id = ? order by seq").param(documentId)
                        .query(String.class).list().forEach(eid -> out.put(eid, v));
            }
        }
        return out;
    }

    private boolean derived(String documentId) {
        return jdbc.sql("select count(*) from reg_validity_period where document_id = ?").param(documentId)
                .query(Long.class).single() > 0;
    }

    private Optional<Validity> periodOn(String documentId, String eid, LocalDate day) {
        return jdbc.sql("""
                select validity from reg_validity_period where document_id = ? and eid = ?
                  and (valid_from is null or valid_from <= ?) and (valid_until is null or valid_until > ?)""")
                .params(documentId, eid, day, day).query(String.class).optional().map(Validity::valueOf);
    }

    static Validity byDates(LocalDate effectiveOn, LocalDate expiresOn, LocalDate day) {
        if (effectiveOn != null && day.isBefore(effectiveOn)) {
            return Validity.NOT_YET_EFFECTIVE;
        }
        if (expiresOn != null && day.isAfter(expiresOn)) {
            return Validity.EXPIRED;
        }
        return Validity.IN_FORCE;
    }
}

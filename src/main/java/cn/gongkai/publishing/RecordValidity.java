package cn.gongkai.publishing;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.GongkaiException;

/**
 * Validity derived from elsewhere (the regulations library, SPEC M6): a linked record's validity is
 * never typed by hand. Publishing does not know the library; the library calls {@link #derive}
 * whenever the linked document's validity may have changed. The working copy and the published
 * edition both take the derived value (validity is a status in time, not content of an edition),
 * and {@link RecordValidityDerived} tells search and the page cache, as a publication does.
 */
@Service
public class RecordValidity {

    /** The record types whose validity a library document can carry (a law, regulation, rule or normative document). */
    public static final Set<RecordType> REGULATION_TYPES = EnumSet.of(RecordType.LAW,
            RecordType.ADMINISTRATIVE_REGULATION, RecordType.RULE, RecordType.NORMATIVE_DOCUMENT);

    /** What the library needs to know of a record to link it. */
    public record Linkable(long id, long organId, RecordType type, String title, String documentNumber,
            Validity validity, String validitySource, boolean isPublic) {
    }

    /** A public record's validity marking as its organ published it (for spot-checks of the markings). */
    public record Marking(long recordId, long organId, RecordType type, String title, String documentNumber,
            Validity validity, String validitySource) {
    }

    private final Records records;
    private final Editions editions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordValidity(Records records, Editions editions, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.editions = editions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Linkable> find(long recordId) {
        return records.findById(recordId).map(r -> new Linkable(r.getId(), r.getOrganId(), r.getType(), r.getTitle(),
                r.getDocumentNumber(), r.getValidity(), r.getValiditySource(), r.isPublic()));
    }

    /**
     * Sets the record's validity as derived from library document {@code sourceDocumentId}; idempotent:
     * returns false (and says nothing) when the record already carries that value from that source.
     */
    @Transactional
    public boolean derive(long recordId, Validity validity, String sourceDocumentId) {
        if (validity == null || sourceDocumentId == null || sourceDocumentId.isBlank()) {
            throw new IllegalArgumentException("a derived validity needs a value and its source");
        }
        GovernmentRecord r = records.findById(recordId)
                .orElseThrow(() -> GongkaiException.notFound("信息 (record)", recordId));
        Edition published = r.getPublishedEdition() == null ? null
                : editions.findByRecordIdAndNumber(recordId, r.getPublishedEdition()).orElse(null);
        boolean same = validity == r.getValidity() && sourceDocumentId.equals(r.getValiditySource())
                && (published == null || published.getValidity() == validity);
        if (same) {
            return false;
        }
        r.deriveValidity(validity, sourceDocumentId, clock.instant());
        if (published != null) {
            published.revalue(validity);
        }
        records.flush();
        events.publishEvent(new RecordValidityDerived(recordId, r.getOrganId(), validity, clock.instant()));
        return true;
    }

    /** The public records of the regulation types of {@code organIds} with their markings, by organ and id. */
    @Transactional(readOnly = true)
    public List<Marking> publicMarkings(Collection<Long> organIds) {
        if (organIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select r.id, r.organ_id, r.type, e.title, e.document_number, e.validity, r.validity_source
                from gov_record r join record_edition e on e.record_id = r.id and e.number = r.published_edition
                where r.organ_id in (:organs) and r.state <> 'WITHDRAWN' and r.type in (:types)
                order by r.organ_id, r.id""")
                .param("organs", organIds).param("types", REGULATION_TYPES.stream().map(Enum::name).toList())
                .query((rs, n) -> new Marking(rs.getLong(1), rs.getLong(2), RecordType.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), Validity.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }
}

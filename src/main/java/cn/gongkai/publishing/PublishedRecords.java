package cn.gongkai.publishing;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.OrganLevel;
import cn.gongkai.organization.Organization;
import cn.gongkai.publishing.attachments.Attachments;

/**
 * The public query API of publishing, for the portal: a published record (also a withdrawn one,
 * which keeps its URL and shows the reason) and each site's list. SAT's policies appear in every
 * provincial site's list (Implementation Measures 十(一): provincial sites republish and link SAT's
 * policies) and keep SAT's page as their canonical address; a withdrawal is therefore everywhere
 * at once.
 */
@Service
@Transactional(readOnly = true)
public class PublishedRecords {

    private final Records records;
    private final Editions editions;
    private final Attachments attachments;
    private final Organization organization;
    private final Catalog catalog;
    private final JdbcClient jdbc;

    PublishedRecords(Records records, Editions editions, Attachments attachments, Organization organization,
            Catalog catalog, JdbcClient jdbc) {
        this.records = records;
        this.editions = editions;
        this.attachments = attachments;
        this.organization = organization;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** SAT's site is the root; every other organ's site is under /sites/{code}. */
    public static String sitePath(Organ organ) {
        return organ.getId() == 1L ? "" : "/sites/" + organ.getCode();
    }

    /**
     * The record as published, or empty when it was never published. A withdrawn record comes
     * without its body, attachments and media link (SPEC principle 3: withdrawn means no longer
     * served), but with its title, metadata and the public reason of the withdrawal.
     */
    public Optional<PublicRecord> find(long id) {
        return records.findById(id).filter(r -> r.getPublishedEdition() != null).map(this::view);
    }

    /** Whether {@code organ}'s site shows the record: its own, or SAT's policy on a provincial site. */
    public boolean shownOn(PublicRecord record, Organ organ) {
        return record.organId() == organ.getId() || (isSyndicating(organ) && record.organId() == 1L
                && record.type().isPolicy());
    }

    /** The site's list, newest first: the organ's public records plus, on a provincial site, SAT's policies. */
    public PublicRecord.Page list(Organ organ, int page, int size) {
        return list(organ, PublicRecord.Filter.NONE, page, size);
    }

    /**
     * The site's list narrowed by {@code filter} (catalogue entry, type, publication year in
     * Asia/Shanghai, validity), newest first; a page out of range is clamped to the first or last.
     */
    public PublicRecord.Page list(Organ organ, PublicRecord.Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("r.published_edition is not null and r.state <> 'WITHDRAWN' and (r.organ_id = :organ"
                + (isSyndicating(organ) ? " or (r.organ_id = 1 and r.type <> 'OTHER')" : "") + ")");
        Map<String, Object> params = new HashMap<>();
        params.put("organ", organ.getId());
        if (filter.catalogEntryId() != null) {
            where.append(" and r.catalog_entry_id = :entry");
            params.put("entry", filter.catalogEntryId());
        }
        if (filter.type() != null) {
            where.append(" and r.type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.validity() != null) {
            where.append(" and e.validity = :validity");
            params.put("validity", filter.validity().name());
        }
        if (filter.year() != null) {
            ZoneId zone = ZoneId.of("Asia/Shanghai");
            where.append(" and r.first_published_at >= :from and r.first_published_at < :to");
            params.put("from", Timestamp.from(LocalDate.of(filter.year(), 1, 1).atStartOfDay(zone).toInstant()));
            params.put("to", Timestamp.from(LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(zone).toInstant()));
        }
        String from = " from gov_record r join record_edition e on e.record_id = r.id and e.number = r.published_edition"
                + " join organ o on o.id = r.organ_id left join catalog_entry c on c.id = r.catalog_entry_id where " + where;
        long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.min(Math.max(page, 1), pages);
        params.put("size", size);
        params.put("offset", (long) (p - 1) * size);
        List<PublicRecord.Summary> items = jdbc.sql("""
                select r.id, r.organ_id, o.code, e.title, e.document_number, r.index_number, r.type, r.first_published_at,
                e.validity, e.written_on, c.code, o.name, e.published_at""" + from
                + " order by r.first_published_at desc, r.id desc limit :size offset :offset")
                .params(params)
                .query((rs, n) -> {
                    long organId = rs.getLong(2);
                    String code = rs.getString(3);
                    Date written = rs.getDate(10);
                    return new PublicRecord.Summary(rs.getLong(1), organId, code, rs.getString(4), rs.getString(5),
                            rs.getString(6), RecordType.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(),
                            organId != organ.getId(), (organId == 1L ? "" : "/sites/" + code) + "/records/"
                                    + rs.getLong(1), Validity.valueOf(rs.getString(9)),
                            written == null ? null : written.toLocalDate(), rs.getString(11), rs.getString(12),
                            rs.getTimestamp(13).toInstant());
                }).list();
        return new PublicRecord.Page(items, p, pages, total);
    }

    /** How many public records the site lists under each catalogue entry (entry id → count). */
    public Map<Long, Long> countsByCatalogEntry(Organ organ) {
        String where = "r.published_edition is not null and r.state <> 'WITHDRAWN' and r.catalog_entry_id is not null"
                + " and (r.organ_id = :organ" + (isSyndicating(organ) ? " or (r.organ_id = 1 and r.type <> 'OTHER')" : "") + ")";
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select r.catalog_entry_id, count(*) from gov_record r where " + where + " group by r.catalog_entry_id")
                .param("organ", organ.getId()).query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * When the site's list got its first record and when it last changed (a publication, a revision
     * or a withdrawal), for catalogues of the list (DCAT {@code dct:issued}, {@code dct:modified});
     * empty when nothing was ever published there.
     */
    public Optional<ListDates> listDates(Organ organ) {
        String where = "r.published_edition is not null and (r.organ_id = :organ"
                + (isSyndicating(organ) ? " or (r.organ_id = 1 and r.type <> 'OTHER')" : "") + ")";
        return jdbc.sql("select min(r.first_published_at), max(e.published_at), max(r.withdrawn_at) from gov_record r"
                + " join record_edition e on e.record_id = r.id and e.number = r.published_edition where " + where)
                .param("organ", organ.getId()).query((rs, n) -> {
                    Timestamp first = rs.getTimestamp(1);
                    if (first == null) {
                        return Optional.<ListDates>empty();
                    }
                    Instant changed = rs.getTimestamp(2).toInstant();
                    Timestamp withdrawn = rs.getTimestamp(3);
                    if (withdrawn != null && withdrawn.toInstant().isAfter(changed)) {
                        changed = withdrawn.toInstant();
                    }
                    return Optional.of(new ListDates(first.toInstant(), changed));
                }).single();
    }

    /** The first publication in a site's list and its last change. */
    public record ListDates(Instant issued, Instant modified) {
    }

    private static boolean isSyndicating(Organ organ) {
        return organ.getLevel() == OrganLevel.PROVINCIAL;
    }

    private PublicRecord view(GovernmentRecord r) {
        Edition e = editions.findByRecordIdAndNumber(r.getId(), r.getPublishedEdition()).orElseThrow();
        Organ organ = organization.organ(r.getOrganId()).orElseThrow();
        String site = sitePath(organ);
        boolean withdrawn = r.getState() == RecordState.WITHDRAWN;
        // a withdrawn record keeps its title, metadata and reason, but no longer serves its content
        List<PublicRecord.AttachmentLink> files = withdrawn ? List.of()
                : attachments.inEdition(r.getId(), e.getNumber()).stream()
                .map(a -> new PublicRecord.AttachmentLink(a.getId(), a.getFileName(), a.getContentType(),
                        a.getSizeBytes(), "/files/" + a.getId() + "/" + a.getFileName()))
                .toList();
        List<PublicRecord.Link> interpretations = records.findByInterpretationOfIdOrderByIdAsc(r.getId()).stream()
                .filter(i -> i.getPublishedEdition() != null).map(i -> link(i, site)).toList();
        PublicRecord.Link policy = r.getInterpretationOfId() == null ? null
                : records.findById(r.getInterpretationOfId()).filter(p -> p.getPublishedEdition() != null)
                        .map(p -> link(p, site)).orElse(null);
        List<PublicRecord.ChangeNote> notes = editions.findByRecordIdOrderByNumberAsc(r.getId()).stream()
                .filter(x -> x.getChangeNote() != null)
                .map(x -> new PublicRecord.ChangeNote(x.getNumber(), x.getPublishedAt(), x.getChangeNote())).toList();
        String entry = r.getCatalogEntryId() == null ? null
                : catalog.entry(r.getCatalogEntryId()).map(CatalogEntry::label).orElse(null);
        PublicRecord.Withdrawal withdrawal = withdrawn
                ? new PublicRecord.Withdrawal(r.getWithdrawnAt(), r.getWithdrawalReason()) : null;
        return new PublicRecord(r.getId(), r.getOrganId(), organ.getCode(), organ.getName(), e.getTitle(),
                e.getDocumentNumber(), e.getJointIssuers() == null ? List.of() : List.of(e.getJointIssuers().split("\n")),
                r.getIndexNumber(), r.getType(), r.getTopic(), entry, e.getWrittenOn(), e.getEffectiveOn(),
                r.getFirstPublishedAt(), e.getPublishedAt(), e.getValidity(), withdrawn ? null : e.getBody(),
                e.getNumber(), files,
                interpretations, policy, r.getInterpretationForm(), withdrawn ? null : r.getMediaUrl(),
                r.getFirstInterpreter(), notes,
                withdrawal, site + "/records/" + r.getId());
    }

    private PublicRecord.Link link(GovernmentRecord r, String site) {
        String title = editions.findByRecordIdAndNumber(r.getId(), r.getPublishedEdition()).map(Edition::getTitle)
                .orElse(r.getTitle());
        return new PublicRecord.Link(r.getId(), title, site + "/records/" + r.getId());
    }
}

package cn.gongkai.regulations.links;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.RecordValidity;
import cn.gongkai.regulations.validity.Validities;
import cn.gongkai.regulations.Validity;
import cn.gongkai.regulations.Regulations;

/**
 * Links a publishing record to its library document ({@code reg_document.record_id}) and keeps
 * the record's validity derived from the library's (SPEC M6 item 5). Who may link: an
 * OFFICE_REVIEWER, PUBLISHER or ADMINISTRATOR of the record's organ (the people who answer for
 * what the record's page says); a link needs no second person, it asserts no content.
 * <p>
 * A record of type law, administrative regulation, rule or normative document links; so does the
 * notice that issues the document (印发通知, type OTHER, whose title quotes the document's title in
 * 《》), because that notice is how many normative documents were published. Anything else is
 * refused (422 {@code RECORD_TYPE}), as is a record or document already linked elsewhere.
 */
@Service
class RecordLinks {

    record Link(String documentId, long recordId, cn.gongkai.publishing.Validity recordValidity,
            Validity libraryValidity) {
    }

    private final JdbcClient jdbc;
    private final RecordValidity records;
    private final Validities validities;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;

    RecordLinks(JdbcClient jdbc, RecordValidity records, Validities validities, Organization organization,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.validities = validities;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    Link link(StaffMember staff, String documentId, Long recordId) {
        return link(staff.username(), staff, documentId, recordId);
    }

    /** The demo data's link, made by the system (no staff member to check). */
    @Transactional
    Link linkAsSystem(String actor, String documentId, long recordId) {
        return link(actor, null, documentId, recordId);
    }

    private Link link(String actor, StaffMember staff, String documentId, Long recordId) {
        if (recordId == null) {
            throw GongkaiException.invalid("recordId", "platform.error.required");
        }
        String[] doc = jdbc.sql("select title, state, record_id from reg_document where id = ?").param(documentId)
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).optional()
                .orElseThrow(() -> GongkaiException.notFound("法规 (regulation)", documentId));
        RecordValidity.Linkable record = records.find(recordId)
                .orElseThrow(() -> GongkaiException.invalid("recordId", "regulations.links.error.noRecord", recordId));
        if (staff != null && !mayLink(staff, record.organId())) {
            throw GongkaiException.forbidden();
        }
        if (!linkable(record, doc[0])) {
            throw GongkaiException.refused("RECORD_TYPE", "regulations.links.error.type", recordId);
        }
        if (!"PUBLISHED".equals(doc[1])) {
            throw GongkaiException.refused("DOCUMENT_NOT_PUBLISHED", "regulations.links.error.draft", documentId);
        }
        if (doc[2] != null && Long.parseLong(doc[2]) != recordId) {
            throw GongkaiException.refused("DOCUMENT_LINKED", "regulations.links.error.documentLinked", documentId,
                    doc[2]);
        }
        Optional<String> other = jdbc.sql("select id from reg_document where record_id = ? and id <> ?")
                .params(recordId, documentId).query(String.class).optional();
        if (other.isPresent()) {
            throw GongkaiException.refused("RECORD_LINKED", "regulations.links.error.recordLinked", recordId,
                    other.get());
        }
        if (doc[2] == null) {
            jdbc.sql("update reg_document set record_id = ? where id = ? and record_id is null").params(recordId, documentId)
                    .update();
            audit.recordAs(actor, "regulations.record-linked", "reg_document", documentId, "record " + recordId);
        }
        return refresh(documentId, today()).orElseThrow();
    }

    static boolean linkable(RecordValidity.Linkable record, String documentTitle) {
        return RecordValidity.REGULATION_TYPES.contains(record.type())
                || record.type() == RecordType.OTHER && record.title() != null
                        && record.title().contains("《" + documentTitle + "》");
    }

    boolean mayLink(StaffMember staff, long organId) {
        return List.of(Role.OFFICE_REVIEWER, Role.PUBLISHER, Role.ADMINISTRATOR).stream()
                .anyMatch(r -> organization.may(staff, r, organId));
    }

    /** Derives the linked record's validity on {@code day} from the document's; empty when the document has no record. */
    @Transactional
    Optional<Link> refresh(String documentId, LocalDate day) {
        Optional<Long> recordId = jdbc.sql("select record_id from reg_document where id = ? and record_id is not null")
                .param(documentId).query(Long.class).optional();
        if (recordId.isEmpty()) {
            return Optional.empty();
        }
        Validity library = validities.documentOn(documentId, day).orElseThrow();
        cn.gongkai.publishing.Validity derived = Regulations.asRecordValidity(library);
        records.derive(recordId.get(), derived, documentId);
        return Optional.of(new Link(documentId, recordId.get(), derived, library));
    }

    /** Every linked document's id, for the daily pass. */
    List<String> linkedDocuments() {
        return jdbc.sql("select id from reg_document where record_id is not null order by id").query(String.class).list();
    }

    /** A linked document, for the console. */
    record LinkLine(String documentId, String title, long recordId) {
    }

    List<LinkLine> links() {
        return jdbc.sql("select id, title, record_id from reg_document where record_id is not null order by id")
                .query((rs, n) -> new LinkLine(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }
}

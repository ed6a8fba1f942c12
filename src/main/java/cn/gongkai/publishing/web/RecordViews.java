package cn.gongkai.publishing.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.publishing.DocumentNumber;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.PublishedRecords;
import cn.gongkai.publishing.Records;
import cn.gongkai.platform.SiteAddress;
import cn.gongkai.publishing.attachments.Attachments;

/** Maps records to {@link RecordView}s and message keys to text in the request's language. */
@Component
class RecordViews {

    private final Organization organization;
    private final Catalog catalog;
    private final Records records;
    private final Attachments attachments;
    private final MessageSource messages;
    private final SiteAddress address;

    RecordViews(Organization organization, Catalog catalog, Records records, Attachments attachments,
            MessageSource messages, SiteAddress address) {
        this.address = address;
        this.organization = organization;
        this.catalog = catalog;
        this.records = records;
        this.attachments = attachments;
        this.messages = messages;
    }

    RecordView view(GovernmentRecord r, List<DocumentNumber.Warning> warnings) {
        Organ organ = organization.organ(r.getOrganId()).orElseThrow();
        String url = r.getPublishedEdition() == null ? null
                : address.absolute(publicPath(organ, r.getId()));
        return new RecordView(r.getId(), organ.getCode(), r.getTitle(), r.getType(), r.getDocumentNumber(),
                r.jointIssuerList(), r.getTopic(),
                r.getCatalogEntryId() == null ? null
                        : catalog.entry(r.getCatalogEntryId()).map(CatalogEntry::getCode).orElse(null),
                r.getAttribute(), r.getNondisclosureReason(), r.getValidity(), r.getValiditySource(), r.getFormedOn(), r.getWrittenOn(),
                r.getIssuedOn(), r.getEffectiveOn(), r.getBody(), r.getInterpretationOfId(),
                records.findByInterpretationOfIdOrderByIdAsc(r.getId()).stream().map(GovernmentRecord::getId).toList(),
                r.getInterpretationForm(), r.getMediaUrl(), r.getFirstInterpreter(), r.isConfidentialityReview(),
                r.getState(), r.getEdition(), r.getPublishedEdition(), r.getPublishAt(), r.getIndexNumber(),
                r.getFirstPublishedAt(), url, r.getReturnReason(), r.getChangeNote(), r.getWithdrawalReason(),
                r.getDrafterName(),
                attachments.inEdition(r.getId(), r.getEdition()).stream().map(a -> new RecordView.AttachmentView(
                        a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256())).toList(),
                warnings.stream().map(w -> text(w.messageKey(), w.args())).toList());
    }

    static String publicPath(Organ organ, long id) {
        return PublishedRecords.sitePath(organ) + "/records/" + id;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

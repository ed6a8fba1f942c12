package cn.gongkai.publishing.web;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.format.annotation.DateTimeFormat;

import cn.gongkai.publishing.DisclosureAttribute;
import cn.gongkai.publishing.GovernmentRecord;
import cn.gongkai.publishing.InterpretationForm;
import cn.gongkai.publishing.NondisclosureReason;
import cn.gongkai.publishing.RecordInput;
import cn.gongkai.publishing.RecordType;
import cn.gongkai.publishing.Validity;

/** The console's edit form, bound field by field; joint issuers one per line. */
class RecordForm {

    private String title;
    private RecordType type;
    private String documentNumber;
    private String jointIssuers;
    private String topic;
    private String catalogEntry;
    private DisclosureAttribute attribute;
    private NondisclosureReason nondisclosureReason;
    private Validity validity;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate formedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate writtenOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveOn;
    private String body;
    private Long interpretationOf;
    private InterpretationForm interpretationForm;
    private String mediaUrl;
    private String firstInterpreter;
    private boolean confidentialityReview;

    static RecordForm of(GovernmentRecord r, String catalogCode) {
        RecordForm f = new RecordForm();
        f.title = r.getTitle();
        f.type = r.getType();
        f.documentNumber = r.getDocumentNumber();
        f.jointIssuers = String.join("\n", r.jointIssuerList());
        f.topic = r.getTopic();
        f.catalogEntry = catalogCode;
        f.attribute = r.getAttribute();
        f.nondisclosureReason = r.getNondisclosureReason();
        f.validity = r.getValidity();
        f.formedOn = r.getFormedOn();
        f.writtenOn = r.getWrittenOn();
        f.issuedOn = r.getIssuedOn();
        f.effectiveOn = r.getEffectiveOn();
        f.body = r.getBody();
        f.interpretationOf = r.getInterpretationOfId();
        f.interpretationForm = r.getInterpretationForm();
        f.mediaUrl = r.getMediaUrl();
        f.firstInterpreter = r.getFirstInterpreter();
        f.confidentialityReview = r.isConfidentialityReview();
        return f;
    }

    RecordInput toInput() {
        return new RecordInput(null, title, type, documentNumber,
                jointIssuers == null ? null : Arrays.asList(jointIssuers.split("\\R")), topic, catalogEntry, attribute,
                nondisclosureReason, validity, formedOn, writtenOn, issuedOn, effectiveOn, body, interpretationOf,
                interpretationForm, mediaUrl, firstInterpreter, confidentialityReview);
    }

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public RecordType getType() { return type; }
    public void setType(RecordType v) { type = v; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { documentNumber = v; }
    public String getJointIssuers() { return jointIssuers; }
    public void setJointIssuers(String v) { jointIssuers = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getCatalogEntry() { return catalogEntry; }
    public void setCatalogEntry(String v) { catalogEntry = v; }
    public DisclosureAttribute getAttribute() { return attribute; }
    public void setAttribute(DisclosureAttribute v) { attribute = v; }
    public NondisclosureReason getNondisclosureReason() { return nondisclosureReason; }
    public void setNondisclosureReason(NondisclosureReason v) { nondisclosureReason = v; }
    public Validity getValidity() { return validity; }
    public void setValidity(Validity v) { validity = v; }
    public LocalDate getFormedOn() { return formedOn; }
    public void setFormedOn(LocalDate v) { formedOn = v; }
    public LocalDate getWrittenOn() { return writtenOn; }
    public void setWrittenOn(LocalDate v) { writtenOn = v; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate v) { issuedOn = v; }
    public LocalDate getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(LocalDate v) { effectiveOn = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public Long getInterpretationOf() { return interpretationOf; }
    public void setInterpretationOf(Long v) { interpretationOf = v; }
    public InterpretationForm getInterpretationForm() { return interpretationForm; }
    public void setInterpretationForm(InterpretationForm v) { interpretationForm = v; }
    public String getMediaUrl() { return mediaUrl; }
    public void setMediaUrl(String v) { mediaUrl = v; }
    public String getFirstInterpreter() { return firstInterpreter; }
    public void setFirstInterpreter(String v) { firstInterpreter = v; }
    public boolean isConfidentialityReview() { return confidentialityReview; }
    public void setConfidentialityReview(boolean v) { confidentialityReview = v; }
}

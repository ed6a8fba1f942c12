package cn.gongkai.regulations.library;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.library.LibraryDocument.Effect;
import cn.gongkai.regulations.library.LibraryDocument.Provision;

/**
 * A library document as it stood on a day in Akoma Ntoso 3.0 (OASIS LegalDocML): an
 * {@code <act>} with its FRBR work (the document), expression (its Chinese text on the day) and
 * manifestation (this XML), the lifecycle and passive/active modifications of its confirmed
 * effects, and a {@code <body>} of chapter/section/article/paragraph/point elements carrying the
 * same eIds as the public addresses. A provision with words and sub-provisions puts its words in
 * {@code <intro>}; a repealed or expired one keeps its words and is marked {@code status="removed"}.
 */
final class AknExport {

    static final String NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private AknExport() {
    }

    /** The document's FRBR work URI: {@code /akn/cn/act/{issued day}/{id}}. */
    static String workUri(String id, LocalDate issuedOn) {
        return "/akn/cn/act/" + (issuedOn == null ? "0000-00-00" : issuedOn) + "/" + id;
    }

    static String write(LibraryDocument d, LocalDate generatedOn) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("akomaNtoso");
            w.writeDefaultNamespace(NS);
            w.writeStartElement("act");
            w.writeAttribute("name", d.type().slug());
            meta(w, d, generatedOn);
            preface(w, d);
            w.writeStartElement("body");
            if (d.provisions().isEmpty()) {
                // an act's body needs one hierarchical element: a document without parsed structure
                w.writeStartElement("hcontainer");
                w.writeAttribute("eId", "hcontainer_1");
                w.writeAttribute("name", "text");
                content(w, d.preamble() == null ? "" : d.preamble());
                w.writeEndElement();
            }
            for (Provision p : d.provisions()) {
                provision(w, p);
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void meta(XMLStreamWriter w, LibraryDocument d, LocalDate generatedOn) throws XMLStreamException {
        String work = workUri(d.id(), d.issuedOn());
        String expression = work + "/zho@" + d.day();
        String issued = (d.issuedOn() == null ? d.day() : d.issuedOn()).toString();
        w.writeStartElement("meta");
        w.writeStartElement("identification");
        w.writeAttribute("source", "#gongkai");
        w.writeStartElement("FRBRWork");
        empty(w, "FRBRthis", "value", work + "/!main");
        empty(w, "FRBRuri", "value", work);
        if (d.documentNumber() != null) {
            empty(w, "FRBRalias", "value", d.documentNumber(), "name", "documentNumber");
        }
        dated(w, "FRBRdate", issued, "issued");
        empty(w, "FRBRauthor", "href", "#issuer");
        empty(w, "FRBRcountry", "value", "cn");
        empty(w, "FRBRnumber", "value", d.id());
        empty(w, "FRBRname", "value", d.title());
        w.writeEndElement();
        w.writeStartElement("FRBRExpression");
        empty(w, "FRBRthis", "value", expression + "/!main");
        empty(w, "FRBRuri", "value", expression);
        dated(w, "FRBRdate", d.day().toString(), "pointInTime");
        empty(w, "FRBRauthor", "href", "#issuer");
        empty(w, "FRBRlanguage", "language", "zho");
        w.writeEndElement();
        w.writeStartElement("FRBRManifestation");
        empty(w, "FRBRthis", "value", expression + "/!main.xml");
        empty(w, "FRBRuri", "value", expression + "/.akn");
        dated(w, "FRBRdate", generatedOn.toString(), "generated");
        empty(w, "FRBRauthor", "href", "#gongkai");
        w.writeEndElement();
        w.writeEndElement();
        List<Effect> effects = d.affectedBy();
        if (!effects.isEmpty() || !d.affects().isEmpty()) {
            lifecycle(w, d, issued);
            analysis(w, d);
        }
        w.writeStartElement("references");
        w.writeAttribute("source", "#gongkai");
        if (!effects.isEmpty() || !d.affects().isEmpty()) {
            empty(w, "original", "eId", "original", "href", expression.replace("@" + d.day(), "@") + "/!main",
                    "showAs", d.title());
        }
        int n = 0;
        for (Effect e : effects) {
            n++;
            if (e.affectingDocumentId() != null) {
                empty(w, "passiveRef", "eId", "pref_" + n, "href", "/akn/cn/act/" + e.affectingDocumentId() + "/!main",
                        "showAs", e.affectingTitle());
            }
        }
        n = 0;
        for (Effect e : d.affects()) {
            n++;
            empty(w, "activeRef", "eId", "aref_" + n, "href", "/akn/cn/act/" + e.affectedDocumentId() + "/!main",
                    "showAs", e.affectedTitle());
        }
        empty(w, "TLCOrganization", "eId", "gongkai", "href", "/ontology/organization/cn/gongkai", "showAs", "Gongkai");
        empty(w, "TLCOrganization", "eId", "issuer", "href", "/ontology/organization/cn/issuer", "showAs", d.organs());
        w.writeEndElement();
        w.writeEndElement();
    }

    /** One event per effective day: the original text, then each confirmed effect. */
    private static void lifecycle(XMLStreamWriter w, LibraryDocument d, String issued) throws XMLStreamException {
        w.writeStartElement("lifecycle");
        w.writeAttribute("source", "#gongkai");
        empty(w, "eventRef", "eId", "e_0", "date", issued, "source", "#original", "type", "generation");
        int n = 0;
        for (Effect e : d.affectedBy()) {
            n++;
            empty(w, "eventRef", "eId", "e_" + n, "date", e.effectiveOn().toString(), "source",
                    e.affectingDocumentId() != null ? "#pref_" + n : "#original",
                    "type", e.type() == EffectType.REPEAL || e.type() == EffectType.EXPIRE ? "repeal" : "amendment");
        }
        w.writeEndElement();
    }

    private static void analysis(XMLStreamWriter w, LibraryDocument d) throws XMLStreamException {
        w.writeStartElement("analysis");
        w.writeAttribute("source", "#gongkai");
        if (!d.affectedBy().isEmpty()) {
            w.writeStartElement("passiveModifications");
            int n = 0;
            for (Effect e : d.affectedBy()) {
                n++;
                modification(w, "pmod_" + n, e, e.affectingDocumentId() != null ? "#pref_" + n : "#original",
                        e.wholeDocument() ? "#" : "#" + e.affectedEid(), "#e_" + n);
            }
            w.writeEndElement();
        }
        if (!d.affects().isEmpty()) {
            w.writeStartElement("activeModifications");
            int n = 0;
            for (Effect e : d.affects()) {
                n++;
                String source = e.affectingEid() == null ? "#" : "#" + e.affectingEid();
                String destination = "/akn/cn/act/" + e.affectedDocumentId() + "/!main"
                        + (e.wholeDocument() ? "" : "~" + e.affectedEid());
                modification(w, "amod_" + n, e, source, destination, null);
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void modification(XMLStreamWriter w, String eid, Effect e, String source, String destination,
            String period) throws XMLStreamException {
        w.writeStartElement("textualMod");
        w.writeAttribute("eId", eid);
        w.writeAttribute("type", switch (e.type()) {
            case REPEAL, EXPIRE, SUSPEND -> "repeal";
            case INSERT -> "insertion";
            case SUBSTITUTE -> "substitution";
            case AMEND, COMMENCE -> "replacement";
        });
        if (period != null) {
            w.writeAttribute("period", period);
        }
        empty(w, "source", "href", source);
        empty(w, "destination", "href", destination);
        w.writeEndElement();
    }

    private static void preface(XMLStreamWriter w, LibraryDocument d) throws XMLStreamException {
        w.writeStartElement("preface");
        w.writeStartElement("p");
        w.writeStartElement("docTitle");
        w.writeCharacters(d.title());
        w.writeEndElement();
        w.writeEndElement();
        if (d.documentNumber() != null) {
            w.writeStartElement("p");
            w.writeStartElement("docNumber");
            w.writeCharacters(d.documentNumber());
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void provision(XMLStreamWriter w, Provision p) throws XMLStreamException {
        w.writeStartElement(p.kind().aknElement());
        w.writeAttribute("eId", p.eid());
        if (!p.applies()) {
            w.writeAttribute("status", "removed");
        }
        text(w, "num", p.number());
        if (p.heading() != null && !p.heading().isBlank()) {
            text(w, "heading", p.heading());
        }
        if (p.children().isEmpty()) {
            content(w, p.text());
        }
        else {
            if (p.text() != null && !p.text().isBlank()) {
                w.writeStartElement("intro");
                text(w, "p", p.text());
                w.writeEndElement();
            }
            for (Provision c : p.children()) {
                provision(w, c);
            }
        }
        w.writeEndElement();
    }

    private static void content(XMLStreamWriter w, String body) throws XMLStreamException {
        w.writeStartElement("content");
        String[] lines = body == null || body.isBlank() ? new String[] { "" } : body.split("\\n+");
        for (String line : lines) {
            text(w, "p", line.strip());
        }
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void empty(XMLStreamWriter w, String name, String... attributes) throws XMLStreamException {
        w.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) {
            w.writeAttribute(attributes[i], attributes[i + 1] == null ? "" : attributes[i + 1]);
        }
    }

    private static void dated(XMLStreamWriter w, String name, String date, String label) throws XMLStreamException {
        empty(w, name, "date", date, "name", label);
    }
}

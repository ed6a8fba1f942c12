package cn.gongkai.platform;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;

/**
 * Writes an Atom 1.0 feed (RFC 4287), the one writer of every module's feeds (the portal's record
 * feeds, the regulations library's 法规变动). Links must be absolute ({@link SiteAddress}).
 */
public final class AtomFeed {

    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /** One entry: its title, its absolute address (also its id), times, author and summary. */
    public record Entry(String title, String url, Instant published, Instant updated, String author, String summary) {
    }

    /** A feed: its title, the page it describes and its own address, and its entries newest first. */
    public record Feed(String title, String pageUrl, String selfUrl, String language, Instant updated,
            List<Entry> entries) {
    }

    public static String write(Feed feed) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            w.writeAttribute("xml:lang", feed.language());
            text(w, "title", feed.title());
            text(w, "id", feed.selfUrl());
            text(w, "updated", iso(feed.updated()));
            link(w, "self", feed.selfUrl());
            link(w, "alternate", feed.pageUrl());
            for (Entry e : feed.entries()) {
                w.writeStartElement("entry");
                text(w, "title", e.title());
                text(w, "id", e.url());
                link(w, "alternate", e.url());
                text(w, "published", iso(e.published()));
                text(w, "updated", iso(e.updated()));
                w.writeStartElement("author");
                text(w, "name", e.author());
                w.writeEndElement();
                text(w, "summary", e.summary());
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String iso(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}

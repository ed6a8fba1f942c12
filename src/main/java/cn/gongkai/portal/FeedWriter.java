package cn.gongkai.portal;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.gongkai.platform.AtomFeed;
import cn.gongkai.publishing.PublicRecord;

/**
 * Writes a list of records as an RSS 2.0 or Atom 1.0 (RFC 4287, by {@link AtomFeed}) document. Links are absolute; a
 * syndicated SAT policy links to SAT's page (its canonical address).
 */
final class FeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedWriter() {
    }

    /** A feed: its title, the page it describes and its own address, and its items newest first. */
    record Feed(String title, String pageUrl, String selfUrl, String language, Instant updated,
            List<PublicRecord.Summary> items, String base) {
    }

    /** Atom through the one writer of the platform ({@link AtomFeed}). */
    static String atom(Feed feed) {
        return AtomFeed.write(new AtomFeed.Feed(feed.title(), feed.pageUrl(), feed.selfUrl(), feed.language(),
                feed.updated(), feed.items().stream().map(r -> new AtomFeed.Entry(r.title(), feed.base() + r.canonicalPath(),
                        r.publishedAt(), r.updatedAt(), r.organName(), summary(r))).toList()));
    }

    static String rss(Feed feed) {
        return write(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM);
            w.writeStartElement("channel");
            text(w, "title", feed.title());
            text(w, "link", feed.pageUrl());
            text(w, "description", feed.title());
            text(w, "language", feed.language());
            text(w, "lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(feed.updated().atOffset(ZoneOffset.UTC)));
            w.writeEmptyElement("atom", "link", ATOM);
            w.writeAttribute("href", feed.selfUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (PublicRecord.Summary r : feed.items()) {
                w.writeStartElement("item");
                text(w, "title", r.title());
                text(w, "link", feed.base() + r.canonicalPath());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "true");
                w.writeCharacters(feed.base() + r.canonicalPath());
                w.writeEndElement();
                text(w, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(r.publishedAt().atOffset(ZoneOffset.UTC)));
                text(w, "description", summary(r));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static String summary(PublicRecord.Summary r) {
        StringBuilder s = new StringBuilder(r.organName());
        if (r.documentNumber() != null) {
            s.append(' ').append(r.documentNumber());
        }
        if (r.indexNumber() != null) {
            s.append(' ').append(r.indexNumber());
        }
        return s.toString();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }

    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    static String write(Body body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
            return out.toString();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}

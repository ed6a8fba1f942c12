package cn.gongkai.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

import cn.gongkai.publishing.PublicCorpus;

/**
 * What is public, as the index holds it: publishing's {@link PublicCorpus} (search reads none of
 * publishing's tables) turned into {@link IndexedRecord}s, with the attachments' text from
 * {@link AttachmentText}.
 */
@Component
class RecordSource {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|li|tr|table|blockquote)>|<br\\s*/?>");

    private final PublicCorpus corpus;
    private final AttachmentText attachments;

    RecordSource(PublicCorpus corpus, AttachmentText attachments) {
        this.corpus = corpus;
        this.attachments = attachments;
    }

    /** The record as the public sees it now, or null when it is not (or no longer) public. */
    IndexedRecord find(long id) {
        return corpus.find(id).map(e -> map(e, attachments.textOf(List.of(e)))).orElse(null);
    }

    /** The next public records with an id above {@code afterId}, in id order. */
    List<IndexedRecord> batchAfter(long afterId, int size) {
        List<PublicCorpus.Entry> batch = corpus.batchAfter(afterId, size);
        Map<Long, String> files = attachments.textOf(batch);
        return batch.stream().map(e -> map(e, files)).toList();
    }

    /** How many records are public: the work of a rebuild. */
    long countPublic() {
        return corpus.countPublic();
    }

    /** Which of {@code ids} are public right now (a withdrawal is seen at once, even before the index has caught up). */
    List<Long> stillPublic(Collection<Long> ids) {
        return corpus.stillPublic(ids);
    }

    /** Publishing's fingerprint of the public state, stored with each index commit and compared at start. */
    String fingerprint() {
        return corpus.fingerprint();
    }

    private static IndexedRecord map(PublicCorpus.Entry e, Map<Long, String> files) {
        String type = e.type().name();
        String catalogCode = e.catalogCode();
        return new IndexedRecord(e.id(), e.organId(), e.organCode(), e.organName(), type, catalogCode,
                catalogCode == null ? null : catalogCode + " " + e.catalogName(), e.publishedAt(), e.writtenOn(),
                e.indexNumber(), e.title(), e.documentNumber(), text(e.body()), e.validity().name(),
                files.getOrDefault(e.id(), ""), e.organId() == 1L && !"OTHER".equals(type));
    }

    /** The visible text of sanitized HTML, paragraphs kept apart. */
    static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html;
        }
        String blocks = BLOCK_END.matcher(html).replaceAll("$0\n");
        return Jsoup.parse(blocks).wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n")
                .strip();
    }
}

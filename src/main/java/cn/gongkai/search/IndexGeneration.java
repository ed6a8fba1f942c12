package cn.gongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One physical Lucene index (a folder under {@code <data>/index}): its writer, its near-real-time
 * searchers and the mapping of a record to a document. The index is sorted by publication time,
 * newest first, so that "newest first" queries stop after the first page of matches.
 */
final class IndexGeneration implements AutoCloseable {

    static final String ID = "id";
    static final String ORGAN = "organ";
    static final String SYNDICATED = "syndicated";
    static final String CATALOG = "catalog";
    static final String TYPE = "type";
    static final String YEAR = "year";
    static final String VALIDITY = "validity";
    static final String PUBLISHED = "published";
    static final String FINGERPRINT = "fingerprint";
    static final Sort NEWEST_FIRST = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true));

    /** Tokenized, stored, with offsets in the postings so highlighting needs no re-analysis. */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);
    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private static final int MAX_BODY_CHARS = 200_000;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private IndexGeneration(Path folder, Analyzer analyzer, boolean create, double ramBufferMb) throws IOException {
        this.folder = folder;
        this.directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setIndexSort(NEWEST_FIRST)
                .setRAMBufferSizeMB(ramBufferMb)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    /** Opens (or creates) the index in {@code folder}. */
    static IndexGeneration open(Path folder, Analyzer analyzer) {
        try {
            return new IndexGeneration(folder, analyzer, false, 32);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot open search index " + folder, e);
        }
    }

    /** Creates an empty index in {@code folder} for a bulk build (a larger indexing buffer). */
    static IndexGeneration create(Path folder, Analyzer analyzer) {
        try {
            return new IndexGeneration(folder, analyzer, true, 128);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot create search index " + folder, e);
        }
    }

    /** Whether {@code folder} holds a committed index. */
    static boolean exists(Path folder) {
        try (Directory d = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(d);
        }
        catch (IOException e) {
            return false;
        }
    }

    Path folder() {
        return folder;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Puts the record in the index, or takes record {@code id} out when {@code record} is null (no longer public). */
    void put(long id, IndexedRecord record) throws IOException {
        Term key = new Term(ID, Long.toString(id));
        if (record == null) {
            writer.deleteDocuments(key);
        }
        else {
            writer.updateDocument(key, document(record));
        }
    }

    void add(List<IndexedRecord> records) throws IOException {
        writer.addDocuments(records.stream().map(IndexGeneration::document).toList());
    }

    /** Makes the changes durable with the database fingerprint they correspond to, and visible to searches. */
    void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The database fingerprint of the last commit, or null when there is none. */
    String fingerprint() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data.get(FINGERPRINT);
    }

    int documents() {
        return writer.getDocStats().numDocs;
    }

    private static Document document(IndexedRecord r) {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(r.id()), Field.Store.YES));
        String body = cap(r.bodyText());
        d.add(new Field(Analyzers.TITLE, r.title(), HIGHLIGHTED));
        d.add(new Field(Analyzers.BODY, body, HIGHLIGHTED));
        d.add(new TextField(Analyzers.TEXT, r.title(), Field.Store.NO));
        d.add(new TextField(Analyzers.TEXT, body, Field.Store.NO));
        if (!r.attachmentText().isEmpty()) {
            String files = cap(r.attachmentText());
            d.add(new Field(Analyzers.ATTACHMENTS, files, HIGHLIGHTED));
            d.add(new TextField(Analyzers.TEXT, files, Field.Store.NO));
        }
        if (r.documentNumber() != null) {
            d.add(new TextField(Analyzers.DOCUMENT_NUMBER, Analyzers.normalizeDocumentNumber(r.documentNumber()),
                    Field.Store.NO));
            d.add(new StoredField("documentNumber", r.documentNumber()));
        }
        d.add(new StringField(ORGAN, r.organCode(), Field.Store.YES));
        d.add(new StoredField("organName", r.organName()));
        if (r.syndicated()) {
            d.add(new StringField(SYNDICATED, "1", Field.Store.NO));
        }
        if (r.catalogCode() != null) {
            String code = r.catalogCode();
            d.add(new StringField(CATALOG, code, Field.Store.NO));
            for (int i = code.indexOf('.'); i > 0; i = code.indexOf('.', i + 1)) {
                d.add(new StringField(CATALOG, code.substring(0, i), Field.Store.NO));
            }
            d.add(new StoredField("catalogLabel", r.catalogLabel()));
        }
        d.add(new StringField(TYPE, r.type(), Field.Store.YES));
        d.add(new StringField(VALIDITY, r.validity(), Field.Store.YES));
        d.add(new StringField(YEAR, Integer.toString(r.year()), Field.Store.NO));
        long published = r.publishedAt().toEpochMilli();
        d.add(new NumericDocValuesField(PUBLISHED, published));
        d.add(new StoredField(PUBLISHED, published));
        if (r.indexNumber() != null) {
            d.add(new StoredField("indexNumber", r.indexNumber()));
        }
        d.add(new StoredField("path", r.canonicalPath()));
        return d;
    }

    private static String cap(String text) {
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) : text;
    }

    /** Discards uncommitted changes and releases the folder. */
    @Override
    public void close() {
        try {
            searchers.close();
        }
        catch (IOException | RuntimeException ignored) {
            // the folder may be gone already (deleted by an operator): nothing left to release
        }
        try {
            writer.rollback();
        }
        catch (IOException | RuntimeException ignored) {
            // as above
        }
        try {
            directory.close();
        }
        catch (IOException | RuntimeException ignored) {
            // as above
        }
    }
}

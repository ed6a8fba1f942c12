package cn.gongkai.registers.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.FieldType;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.types.CheckedRow;
import cn.gongkai.registers.types.FieldChecks;
import cn.gongkai.registers.types.RedactedRow;
import cn.gongkai.registers.types.Redactor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an import file's lines into staged rows or refusals: the header is matched to the
 * register type's fields (the exact Chinese label, or the field code), every line is checked by
 * {@link FieldChecks} and masked by {@link Redactor}, whole lines only (a line with one bad value
 * is refused as a whole, never half of it). Chunks of {@code chunk} lines go to {@code flush}.
 */
final class ImportLines implements LineSink {

    /** What one chunk holds: the valid lines to stage, and how far the file has been read. */
    record Chunk(List<StagedRow> rows, int linesRead, int rejected) {
    }

    /** The file as a whole is refused (its header): nothing of it is imported. */
    static final class FileRefused extends RuntimeException {

        final transient List<RejectedLine> problems;

        FileRefused(List<RejectedLine> problems) {
            super("import refused: " + problems);
            this.problems = problems;
        }
    }

    /** More lines than the settings allow. */
    static final class TooManyLines extends RuntimeException {

        TooManyLines() {
            super("too many lines");
        }
    }

    static final int REPORT_LIMIT = 1000;

    private final RegisterType type;
    private final FieldChecks checks;
    private final Redactor redactor;
    private final JsonMapper json;
    private final ImportMessages messages;
    private final Locale locale;
    private final boolean xlsx;
    private final int chunk;
    private final int maxLines;
    private final Consumer<Chunk> flush;

    private final List<RejectedLine> report = new ArrayList<>();
    private List<FieldDef> columns;
    private List<String> headers;
    private final Map<String, String> columnOfField = new HashMap<>();
    private List<StagedRow> buffer = new ArrayList<>();
    private Redactor.Plan plan;
    private int linesRead;
    private final long startedNanos = System.nanoTime();
    private int pending;
    private int rejected;
    private int valid;

    ImportLines(RegisterType type, FieldChecks checks, Redactor redactor, JsonMapper json, ImportMessages messages,
            Locale locale, boolean xlsx, int chunk, int maxLines, Consumer<Chunk> flush) {
        this.type = type;
        this.checks = checks;
        this.redactor = redactor;
        this.json = json;
        this.messages = messages;
        this.locale = locale;
        this.xlsx = xlsx;
        this.chunk = chunk;
        this.maxLines = maxLines;
        this.flush = flush;
    }

    @Override
    public void header(List<String> cells) {
        List<RejectedLine> problems = new ArrayList<>();
        columns = new ArrayList<>();
        headers = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).replace("\uFEFF", "").trim();
            FieldDef field = find(name);
            if (name.isEmpty() && i == cells.size() - 1 && i > 0) {
                break; // a trailing separator
            }
            if (field == null) {
                problems.add(fileProblem(1, name, "UNKNOWN_COLUMN", columnLetter(i)));
            }
            else if (columnOfField.containsKey(field.code())) {
                problems.add(fileProblem(1, name, "DUPLICATE_COLUMN", columnLetter(i)));
            }
            else {
                columnOfField.put(field.code(), name);
            }
            columns.add(field);
            headers.add(name);
        }
        for (FieldDef f : type.fields()) {
            if (f.required() && !columnOfField.containsKey(f.code())) {
                problems.add(fileProblem(1, f.label(), "MISSING_COLUMN", f.label()));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefused(problems);
        }
    }

    @Override
    public void line(int line, List<String> cells) {
        if (columns == null) {
            throw new FileRefused(List.of(fileProblem(1, "", "NO_HEADER")));
        }
        if (++linesRead > maxLines) {
            throw new TooManyLines();
        }
        List<RejectedLine> problems = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i);
            if (i >= columns.size()) {
                if (value != null && !value.isBlank()) {
                    problems.add(new RejectedLine(line, columnLetter(i), "EXTRA_CELL",
                            messages.text(locale, "registers.imports.rule.EXTRA_CELL", columnLetter(i))));
                }
                continue;
            }
            FieldDef field = columns.get(i);
            raw.put(field.code(), xlsx && field.type() == FieldType.DATE ? XlsxSource.serialDate(value) : value);
        }
        if (problems.isEmpty()) {
            CheckedRow checked = checks.check(type, raw, locale);
            checked.problems().forEach(p -> problems.add(new RejectedLine(line,
                    columnOfField.getOrDefault(p.field(), p.column() != null ? p.column() : p.field()), p.rule(),
                    p.message())));
            if (checked.ok()) {
                if (plan == null) {
                    // read once per import: commitBatch masks again under the settings in force at the commit
                    plan = redactor.plan(type);
                }
                RedactedRow redacted = plan.redact(checked.values());
                buffer.add(new StagedRow(line, json.writeValueAsString(checked.values()),
                        json.writeValueAsString(redacted.publicValues()), redacted.searchText(), redacted.queryCredit(),
                        redacted.queryName()));
                valid++;
            }
        }
        if (!problems.isEmpty()) {
            rejected++;
            for (RejectedLine p : problems) {
                if (report.size() < REPORT_LIMIT) {
                    report.add(p);
                }
            }
        }
        if (++pending >= chunk) {
            flushChunk();
        }
    }

    /** Hands over what is buffered (also at the end of the file). */
    void flushChunk() {
        Chunk c = new Chunk(buffer, linesRead, rejected);
        buffer = new ArrayList<>();
        pending = 0;
        flush.accept(c);
    }

    boolean headerSeen() {
        return columns != null;
    }

    List<RejectedLine> report() {
        return report;
    }

    long startedNanos() {
        return startedNanos;
    }

    int linesRead() {
        return linesRead;
    }

    int rejected() {
        return rejected;
    }

    int valid() {
        return valid;
    }

    private FieldDef find(String name) {
        for (FieldDef f : type.fields()) {
            if (f.label().equals(name) || f.code().equalsIgnoreCase(name)
                    || (f.labelEn() != null && f.labelEn().equalsIgnoreCase(name))) {
                return f;
            }
        }
        return null;
    }

    private RejectedLine fileProblem(int line, String column, String rule, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = column;
        System.arraycopy(args, 0, all, 1, args.length);
        return new RejectedLine(line, column, rule, messages.text(locale, "registers.imports.rule." + rule, all));
    }

    /** A, B, … Z, AA as a spreadsheet names column {@code index} (from 0). */
    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }
}

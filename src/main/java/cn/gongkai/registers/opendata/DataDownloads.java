package cn.gongkai.registers.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import cn.gongkai.platform.SiteAddress;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The full downloads of a register (开放数据下载): every public row, no row cap, streamed from the
 * database to the response as the rows are read. Written straight to the servlet response (not an
 * async body, whose request timeout would cut a long download). A file is the same for every
 * reader: headers are the Chinese labels whatever the reader's language (the dictionary gives the
 * field codes and English labels).
 */
@Controller
class DataDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] FIXED = { "id", "organ", "publishedOn", "version", "url" };

    private final RegisterCatalog catalog;
    private final PublicRows rows;
    private final SiteAddress address;
    private final MessageSource messages;
    private final Clock clock;

    DataDownloads(RegisterCatalog catalog, PublicRows rows, SiteAddress address, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.rows = rows;
        this.address = address;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(summary = "A register's public rows as CSV (UTF-8 with BOM), full and streamed")
    @GetMapping("/registers/{code}/data.csv")
    void csv(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DataTable table = table(code);
        OutputStream out = start(code, request, response, "text/csv;charset=UTF-8", code + ".csv");
        if (out == null) {
            return;
        }
        CsvDownload.write(table.header(fixedLabels()), sink -> rows.each(code, row -> sink.accept(table.cells(row))), out);
    }

    @Operation(summary = "A register's public rows as XLSX, full and streamed (POI SXSSF)")
    @GetMapping("/registers/{code}/data.xlsx")
    void xlsx(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DataTable table = table(code);
        OutputStream out = start(code, request, response, XLSX, code + ".xlsx");
        if (out == null) {
            return;
        }
        XlsxDownload.write(table.columns().type().title(), table.header(fixedLabels()),
                sink -> rows.each(code, row -> sink.accept(table.cells(row))), out);
    }

    @Operation(summary = "A register's public rows as one JSON array, full and streamed")
    @GetMapping("/registers/{code}/data.json")
    void json(@PathVariable String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        DataTable table = table(code);
        OutputStream out = start(code, request, response, "application/json", code + ".json");
        if (out == null) {
            return;
        }
        JsonDownload.write(table, sink -> rows.each(code, sink), out);
    }

    /** Resolves the register first, so an unknown code is a 404 before anything is written. */
    private DataTable table(String code) {
        RegisterType type = catalog.required(code);
        return new DataTable(DataColumns.of(type, rows.maskSettings(code)),
                address.absolute("/registers/" + code + "/rows/"), clock.getZone());
    }

    /**
     * The response's own stream, or null when the reader's copy is current (304). The register's
     * state (public rows, last change, masks, today) gives a weak ETag without reading a row; the
     * portal's ETag filter, which would buffer the whole file to hash it, is told to stand aside.
     */
    private OutputStream start(String code, HttpServletRequest request, HttpServletResponse response,
            String contentType, String filename) throws IOException {
        ShallowEtagHeaderFilter.disableContentCaching(request);
        String etag = "W/\"" + rows.stateTag(code) + "\"";
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return null;
        }
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        return response.getOutputStream();
    }

    private List<String> fixedLabels() {
        return java.util.Arrays.stream(FIXED)
                .map(k -> messages.getMessage("registers.opendata.column." + k, null, Locale.SIMPLIFIED_CHINESE)).toList();
    }
}

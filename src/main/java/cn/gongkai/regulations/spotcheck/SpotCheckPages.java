package cn.gongkai.regulations.spotcheck;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import cn.gongkai.platform.GongkaiException;

/**
 * The public face of spot-checks, so that anyone can recompute them: the list
 * {@code /regulations/spot-checks} (and its JSON), the page
 * {@code /regulations/spot-checks/{id}}, its JSON {@code /api/v1/public/regulations/spot-checks/{id}}
 * and the pool as CSV {@code /regulations/spot-checks/{id}/pool.csv}.
 */
@Controller
class SpotCheckPages {

    private final SpotChecks checks;
    private final MessageSource messages;

    SpotCheckPages(SpotChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping("/regulations/spot-checks")
    String list(Model model) {
        model.addAttribute("checks", checks.list());
        return "regulations/spotcheck-index";
    }

    @Operation(summary = "The published spot-checks of validity markings")
    @GetMapping(value = "/api/v1/public/regulations/spot-checks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    java.util.List<SpotCheckView.Line> listJson() {
        return checks.list();
    }

    @GetMapping("/regulations/spot-checks/{id}")
    String page(@PathVariable String id, Model model) {
        model.addAttribute("check", checks.view(id(id)));
        return "regulations/spotcheck-page";
    }

    @Operation(summary = "One spot-check: pool, sources of randomness, key string, "
            + "sample and verdicts, enough to recompute the RFC 3797 selection (404 if unknown)")
    @GetMapping(value = "/api/v1/public/regulations/spot-checks/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SpotCheckView json(@PathVariable String id) {
        return checks.view(id(id));
    }

    /** The frozen pool, one numbered line per record, UTF-8 with a byte-order mark for spreadsheet programs. */
    @GetMapping("/regulations/spot-checks/{id}/pool.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        SpotCheckView v = checks.view(id(id));
        StringBuilder out = new StringBuilder("\uFEFFnumber,recordId,organ,type,title,documentNumber,markedValidity,libraryDocument,url\r\n");
        for (SpotCheckView.Entry e : v.pool()) {
            out.append(e.number()).append(',').append(e.recordId()).append(',').append(cell(e.organName())).append(',')
                    .append(cell(text("publishing.type." + e.type()))).append(',').append(cell(e.title())).append(',')
                    .append(cell(e.documentNumber())).append(',').append(cell(text("publishing.validity." + e.markedValidity())))
                    .append(',').append(cell(e.libraryDocumentId())).append(',').append(cell(e.address())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("spot-check-" + v.id() + "-pool.csv").build().toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** A CSV cell, quoted when needed; a leading formula character is neutralised (CSV injection). */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.matches("[^\",\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"";
    }

    static long id(String text) {
        return GongkaiException.pathId("抽查 (spot-check)", text);
    }
}

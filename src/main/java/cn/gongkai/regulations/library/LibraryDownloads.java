package cn.gongkai.regulations.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.PdfFonts;
import cn.gongkai.platform.PdfTypesetter;
import cn.gongkai.platform.PdfTypesetter.Align;
import cn.gongkai.regulations.library.LibraryDocument.Provision;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Downloads of a document as it stood on {@code ?on=} (default today): a standalone printable
 * HTML page (its own strict Content-Security-Policy: no script, only its inline style), a PDF
 * typeset with the platform's CJK fonts, and Akoma Ntoso 3.0 XML.
 */
@Controller
class LibraryDownloads {

    static final MediaType AKN = MediaType.parseMediaType("application/akn+xml;charset=UTF-8");
    private static final String PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final LibraryDocuments documents;
    private final PdfFonts fonts;
    private final MessageSource messages;
    private final Clock clock;

    LibraryDownloads(LibraryDocuments documents, PdfFonts fonts, MessageSource messages, Clock clock) {
        this.documents = documents;
        this.fonts = fonts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/regulations/{id}/text.html")
    String html(@PathVariable String id, @RequestParam(required = false) String on, Model model,
            HttpServletResponse response) {
        LibraryDocument d = require(id, on);
        response.setHeader("Content-Security-Policy", PRINT_CSP);
        model.addAttribute("doc", d);
        model.addAttribute("generatedOn", LocalDate.now(clock));
        return "regulations/library-print";
    }

    @GetMapping("/regulations/{id}/akn.xml")
    ResponseEntity<String> akn(@PathVariable String id, @RequestParam(required = false) String on) {
        LibraryDocument d = require(id, on);
        return ResponseEntity.ok().contentType(AKN).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(d.id() + "-" + d.day() + ".akn.xml").build().toString())
                .body(AknExport.write(d, LocalDate.now(clock)));
    }

    @GetMapping("/regulations/{id}/text.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String on) throws IOException {
        LibraryDocument d = require(id, on);
        try (PDDocument doc = new PDDocument()) {
            List<PDType0Font> loaded = fonts.load(doc, List.of());
            PdfTypesetter w = new PdfTypesetter(doc, loaded, 18);
            w.paragraph(d.title(), 18, Align.CENTER, 0);
            if (d.documentNumber() != null) {
                w.paragraph(d.documentNumber(), 11, Align.CENTER, 0);
            }
            w.paragraph(text("regulations.library.print.generated", LocalDate.now(clock), d.day()) + " "
                    + text("regulations.library.banner.status") + text("regulations.library.validity." + d.validity()),
                    9, Align.CENTER, 0);
            w.skip(12);
            if (d.preamble() != null) {
                w.paragraph(d.preamble(), 12, Align.LEFT, 2);
            }
            for (Provision p : d.provisions()) {
                provision(w, p);
            }
            w.close();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(d.title());
            info.setCreator("Gongkai");
            info.setCreationDate(Calendar.getInstance());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(d.id() + "-" + d.day() + ".pdf").build().toString())
                    .body(out.toByteArray());
        }
    }

    private void provision(PdfTypesetter w, Provision p) throws IOException {
        String lapsed = p.applies() ? "" : "【" + text("regulations.library.provisionValidity." + p.validity()) + "】";
        if (p.division()) {
            w.skip(6);
            w.paragraph(p.number() + (p.heading() == null ? "" : " " + p.heading()), 14, Align.CENTER, 0);
        }
        else {
            String head = p.number() + (p.heading() == null ? "" : " " + p.heading());
            w.paragraph(head + "　" + lapsed + (p.text() == null ? "" : p.text()), 12, Align.LEFT,
                    switch (p.kind()) {
                        case ARTICLE, PART -> 0;
                        case PARAGRAPH -> 2;
                        default -> 4;
                    });
        }
        for (Provision c : p.children()) {
            provision(w, c);
        }
    }

    private LibraryDocument require(String id, String on) {
        LocalDate day = LibraryFilter.day(on, LocalDate.now(clock));
        return documents.on(id, day)
                .orElseThrow(() -> GongkaiException.notFound("法规 (regulation)", LibraryFilter.shorten(id)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}

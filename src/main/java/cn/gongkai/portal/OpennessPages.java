package cn.gongkai.portal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.catalog.Catalog;
import cn.gongkai.catalog.CatalogEntry;
import cn.gongkai.organization.OpennessOffices;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The openness column (政府信息公开专栏) with the four parts every tax bureau's column has (SPEC M4):
 * the guide (政府信息公开指南, Regulations art. 12: how to find information and how to apply, the
 * openness office's address, hours, phone, fax and internet channel, a paper application form), the
 * rules (制度, catalogue entry 12.01), the statutory proactive content (the catalogue, see
 * {@link CatalogPages}) and the annual reports (年报, Regulations art. 49, catalogue entry 09.01).
 */
@Controller
class OpennessPages {

    static final String RULES_ENTRY = "12.01";
    static final String GUIDE_ENTRY = "12.03";
    static final String ANNUAL_REPORTS_ENTRY = "09.01";

    private final PublishedRecords published;
    private final Sites sites;
    private final Catalog catalog;
    private final OpennessOffices offices;
    private final ApplicationFormDocx form;

    OpennessPages(PublishedRecords published, Sites sites, Catalog catalog, OpennessOffices offices,
            ApplicationFormDocx form) {
        this.offices = offices;
        this.form = form;
        this.published = published;
        this.sites = sites;
        this.catalog = catalog;
    }

    @GetMapping({ "/openness", "/sites/{organCode}/openness" })
    String column(@PathVariable(required = false) String organCode, HttpServletRequest request) {
        sites.resolve(organCode, request.getServerName());
        return "portal/openness-column";
    }

    @GetMapping({ "/openness/guide", "/sites/{organCode}/openness/guide" })
    String guide(@PathVariable(required = false) String organCode, HttpServletRequest request, Model model) {
        Site site = sites.resolve(organCode, request.getServerName());
        section(site, GUIDE_ENTRY, model);
        model.addAttribute("requestForm", site.path() + "/requests/new");
        model.addAttribute("office", offices.of(site.organ().getId()).orElse(null));
        model.addAttribute("applicationForm", site.path() + "/openness/application-form.docx");
        return "portal/openness-guide";
    }

    /** The paper application form of the site's organ, generated (Regulations art. 29). */
    @GetMapping({ "/openness/application-form.docx", "/sites/{organCode}/openness/application-form.docx" })
    ResponseEntity<byte[]> applicationForm(@PathVariable(required = false) String organCode,
            HttpServletRequest request) {
        Site site = sites.resolve(organCode, request.getServerName());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("政府信息公开申请表-" + site.organ().getCode() + ".docx", StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(form.render(site.organ(), offices.of(site.organ().getId())));
    }

    @GetMapping({ "/openness/rules", "/sites/{organCode}/openness/rules" })
    String rules(@PathVariable(required = false) String organCode, HttpServletRequest request, Model model) {
        section(sites.resolve(organCode, request.getServerName()), RULES_ENTRY, model);
        model.addAttribute("part", "rules");
        return "portal/openness-part";
    }

    @GetMapping({ "/openness/annual-reports", "/sites/{organCode}/openness/annual-reports" })
    String annualReports(@PathVariable(required = false) String organCode, HttpServletRequest request, Model model) {
        section(sites.resolve(organCode, request.getServerName()), ANNUAL_REPORTS_ENTRY, model);
        model.addAttribute("part", "annualReports");
        return "portal/openness-part";
    }

    private void section(Site site, String entryCode, Model model) {
        CatalogEntry entry = CatalogPages.entry(site, catalog, entryCode);
        model.addAttribute("entry", entry);
        model.addAttribute("items", published.list(site.organ(), new PublicRecord.Filter(entry.getId(), null, null,
                null), 1, RecordPages.PAGE_SIZE));
        model.addAttribute("entryPath", site.path() + "/catalog/" + entry.getCode());
    }
}

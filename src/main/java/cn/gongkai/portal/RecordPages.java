package cn.gongkai.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.PublicRecord;
import cn.gongkai.publishing.PublishedRecords;

/**
 * Public record pages and lists: SAT's site at {@code /records}, every other organ's at
 * {@code /sites/{organCode}/records}. A SAT policy shown on a provincial site points search
 * engines to SAT's page ({@code <link rel="canonical">}); a withdrawn record keeps its URL and shows
 * the reason.
 */
@Controller
class RecordPages {

    static final int PAGE_SIZE = 20;

    private final PublishedRecords published;
    private final Organization organization;

    RecordPages(PublishedRecords published, Organization organization) {
        this.published = published;
        this.organization = organization;
    }

    @GetMapping("/records")
    String satList(@RequestParam(defaultValue = "1") int page, Model model) {
        return list(organization.sat(), page, model);
    }

    @GetMapping("/sites/{organCode}/records")
    String siteList(@PathVariable String organCode, @RequestParam(defaultValue = "1") int page, Model model) {
        return list(site(organCode), page, model);
    }

    @GetMapping("/records/{id}")
    String satRecord(@PathVariable String id, Model model) {
        return record(organization.sat(), id(id), model);
    }

    @GetMapping("/sites/{organCode}/records/{id}")
    String siteRecord(@PathVariable String organCode, @PathVariable String id, Model model) {
        return record(site(organCode), id(id), model);
    }

    /** A record id from the path; anything else is a page that does not exist (404), not a bad request. */
    private static long id(String text) {
        if (!text.matches("\\d{1,18}")) {
            throw GongkaiException.notFound("信息 (record)", text.length() > 40 ? text.substring(0, 40) : text);
        }
        return Long.parseLong(text);
    }

    private String list(Organ organ, int page, Model model) {
        siteModel(organ, model);
        model.addAttribute("page", published.list(organ, page, PAGE_SIZE));
        model.addAttribute("listPath", PublishedRecords.sitePath(organ) + "/records");
        return "portal/record-list";
    }

    private String record(Organ organ, long id, Model model) {
        PublicRecord record = published.find(id).filter(r -> published.shownOn(r, organ))
                .orElseThrow(() -> GongkaiException.notFound("信息 (record)", id));
        siteModel(organ, model);
        model.addAttribute("record", record);
        model.addAttribute("canonical",
                ServletUriComponentsBuilder.fromCurrentContextPath().path(record.canonicalPath()).toUriString());
        model.addAttribute("syndicated", record.organId() != organ.getId());
        return "portal/record-page";
    }

    private Organ site(String code) {
        return organization.organByCode(code).orElseThrow(() -> GongkaiException.notFound("网站 (site)", code));
    }

    private static void siteModel(Organ organ, Model model) {
        model.addAttribute("siteOrgan", organ);
        model.addAttribute("siteTitle", organ.getName());
        model.addAttribute("siteHome", PublishedRecords.sitePath(organ) + "/records");
    }
}

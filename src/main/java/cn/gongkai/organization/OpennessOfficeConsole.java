package cn.gongkai.organization;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import jakarta.servlet.http.HttpServletResponse;

/** Console page of an organ's openness office (guide data): administrators and the organ's office reviewers. */
@Controller
class OpennessOfficeConsole {

    private final Organization organization;
    private final OpennessOffices offices;
    private final CurrentStaff current;
    private final FormErrors errors;

    OpennessOfficeConsole(Organization organization, OpennessOffices offices, CurrentStaff current,
            FormErrors errors) {
        this.organization = organization;
        this.offices = offices;
        this.current = current;
        this.errors = errors;
    }

    /** The form's fields (all text, checked by {@link OpennessOffices}). */
    record Form(String officeName, String address, String hours, String phone, String fax, String postalAddress,
            String postcode, String internet) {

        OpennessOffice office(long organId) {
            return new OpennessOffice(organId, officeName, address, hours, phone, fax, postalAddress, postcode,
                    internet);
        }
    }

    @org.springframework.context.annotation.Bean
    static cn.gongkai.platform.ConsoleMenuItem opennessOfficeMenu() {
        return new cn.gongkai.platform.ConsoleMenuItem(815, "/console/openness-office", "organization.menu.opennessOffice",
                "OFFICE_REVIEWER");
    }

    /** The office of the first organ the staff member may edit. */
    @GetMapping("/console/openness-office")
    String mine() {
        StaffMember staff = current.get();
        return staff.grants().stream().filter(g -> offices.mayEdit(staff, g.organId())).findFirst()
                .flatMap(g -> organization.organ(g.organId()))
                .map(o -> "redirect:/console/organs/" + o.getCode() + "/openness-office")
                .orElseThrow(GongkaiException::forbidden);
    }

    @GetMapping("/console/organs/{code}/openness-office")
    String form(@PathVariable String code, Model model) {
        Organ organ = editable(code);
        OpennessOffice o = offices.of(organ.getId()).orElse(new OpennessOffice(organ.getId(), null, null, null, null,
                null, null, null, null));
        return show(organ, new Form(o.officeName(), o.address(), o.hours(), o.phone(), o.fax(), o.postalAddress(),
                o.postcode(), o.internet()), Map.of(), model);
    }

    @PostMapping("/console/organs/{code}/openness-office")
    String save(@PathVariable String code, @ModelAttribute Form form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Organ organ = editable(code);
        try {
            offices.save(current.get(), organ.getId(), form.office(organ.getId()));
            redirect.addFlashAttribute("done", "organization.office.saved");
            return "redirect:/console/organs/" + code + "/openness-office";
        }
        catch (GongkaiException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            response.setStatus(e.status().value());
            return show(organ, form, errors.byField(e), model);
        }
    }

    private Organ editable(String code) {
        Organ organ = organization.organByCode(code).orElseThrow(() -> GongkaiException.notFound("organ", code));
        if (!offices.mayEdit(current.get(), organ.getId())) {
            throw organization.maySee(current.get(), organ.getId()) ? GongkaiException.forbidden()
                    : GongkaiException.notFound("organ", code);
        }
        return organ;
    }

    private String show(Organ organ, Form form, Map<String, String> errs, Model model) {
        model.addAttribute("organ", organ);
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("officeName", form.officeName());
        values.put("address", form.address());
        values.put("hours", form.hours());
        values.put("phone", form.phone());
        values.put("fax", form.fax());
        values.put("postalAddress", form.postalAddress());
        values.put("postcode", form.postcode());
        values.put("internet", form.internet());
        model.addAttribute("values", values);
        model.addAttribute("errors", errs);
        return "organization/openness-office";
    }
}

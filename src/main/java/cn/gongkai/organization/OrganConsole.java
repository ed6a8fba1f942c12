package cn.gongkai.organization;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;

/** Console pages for the organ tree: view, add, rename, move. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OrganConsole {

    private final Organization organization;
    private final OrganAdministration administration;
    private final FormErrors errors;

    OrganConsole(Organization organization, OrganAdministration administration, FormErrors errors) {
        this.organization = organization;
        this.administration = administration;
        this.errors = errors;
    }

    @Bean
    static ConsoleMenuItem organMenu() {
        return new ConsoleMenuItem(810, "/console/organs", "organization.menu.organs", "ADMINISTRATOR");
    }

    @GetMapping("/console/organs")
    String tree(Model model) {
        model.addAttribute("organs", organization.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrganAdministration.NewOrgan("", "", "", "", "", "", "", List.of()));
        }
        return "organization/organ-list";
    }

    @GetMapping("/console/organs/{code}")
    String detail(@PathVariable String code, Model model) {
        Organ organ = organization.organByCode(code).orElseThrow(() -> GongkaiException.notFound("organ", code));
        model.addAttribute("organ", organ);
        model.addAttribute("departments", organization.departments(organ.getId()));
        model.addAttribute("organs", organization.all());
        return "organization/organ-detail";
    }

    @PostMapping("/console/organs")
    String add(String code, String name, String shortName, String parent, String divisionCode,
            String organizationCode, String creditCode, @RequestParam(required = false) String departments,
            Model model, RedirectAttributes redirect) {
        List<String> names = departments == null ? List.of() : List.of(departments.split("[\\r\\n,，、]+"));
        OrganAdministration.NewOrgan n = new OrganAdministration.NewOrgan(code, name, shortName, parent,
                divisionCode, organizationCode, creditCode, names);
        try {
            Organ organ = administration.add(n);
            redirect.addFlashAttribute("done", "organization.organ.added");
            return "redirect:/console/organs/" + organ.getCode();
        }
        catch (GongkaiException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            model.addAttribute("form", n);
            model.addAttribute("errors", errors.byField(e));
            return tree(model);
        }
    }

    @PostMapping("/console/organs/{code}/rename")
    String rename(@PathVariable String code, String name, String shortName, RedirectAttributes redirect) {
        administration.rename(code, name, shortName);
        redirect.addFlashAttribute("done", "organization.organ.renamed");
        return "redirect:/console/organs/" + code;
    }

    @PostMapping("/console/organs/{code}/move")
    String move(@PathVariable String code, String parent, RedirectAttributes redirect) {
        administration.move(code, parent);
        redirect.addFlashAttribute("done", "organization.organ.moved");
        return "redirect:/console/organs/" + code;
    }
}

package cn.gongkai.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

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

/** Console pages for administrators: list, create, disable/enable, reset password, assign roles. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class StaffConsole {

    private final StaffAdministration staff;
    private final Organization organization;
    private final FormErrors errors;

    StaffConsole(StaffAdministration staff, Organization organization, FormErrors errors) {
        this.staff = staff;
        this.organization = organization;
        this.errors = errors;
    }

    @Bean
    static ConsoleMenuItem staffMenu() {
        return new ConsoleMenuItem(800, "/console/staff", "organization.menu.staff", "ADMINISTRATOR");
    }

    @GetMapping("/console/staff")
    String list(@RequestParam(required = false) String organ, Model model) {
        model.addAttribute("staff", staff.list(organ));
        model.addAttribute("organ", organ);
        model.addAttribute("organs", organization.all());
        return "organization/staff-list";
    }

    @GetMapping("/console/staff/new")
    String newForm(Model model) {
        model.addAttribute("form", new StaffAdministration.NewStaff("", "", "", "", null, "", List.of()));
        return form(model);
    }

    @PostMapping("/console/staff")
    String create(StaffForm form, Model model, RedirectAttributes redirect) {
        StaffAdministration.NewStaff n = form.toNewStaff();
        try {
            StaffAdministration.Created created = staff.create(n);
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            return "redirect:/console/staff/" + created.staff().id();
        }
        catch (GongkaiException e) {
            model.addAttribute("form", n);
            model.addAttribute("errors", errors.byField(e));
            return form(model);
        }
    }

    @GetMapping("/console/staff/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("member", staff.get(id));
        model.addAttribute("organs", organization.all());
        model.addAttribute("roles", Role.values());
        List<Organ> all = organization.all();
        model.addAttribute("organNames", all.stream().collect(Collectors.toMap(Organ::getId, Organ::getName)));
        model.addAttribute("organCodes", all.stream().collect(Collectors.toMap(Organ::getId, Organ::getCode)));
        return "organization/staff-detail";
    }

    @PostMapping("/console/staff/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        staff.disable(id);
        redirect.addFlashAttribute("done", "organization.staff.disabled");
        return "redirect:/console/staff/" + id;
    }

    @PostMapping("/console/staff/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        staff.enable(id);
        redirect.addFlashAttribute("done", "organization.staff.enabled");
        return "redirect:/console/staff/" + id;
    }

    @PostMapping("/console/staff/{id}/reset-password")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", staff.resetPassword(id));
        return "redirect:/console/staff/" + id;
    }

    /** Keeps the checked existing grants ("ROLE:organCode") and adds the new one if chosen. */
    @PostMapping("/console/staff/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) String[] keep,
            @RequestParam(required = false) String newRole, @RequestParam(required = false) String newOrgan,
            RedirectAttributes redirect) {
        List<StaffAdministration.RoleGrant> grants = new ArrayList<>();
        if (keep != null) {
            Arrays.stream(keep).map(k -> k.split(":", 2)).filter(p -> p.length == 2)
                    .forEach(p -> grants.add(new StaffAdministration.RoleGrant(p[0], p[1], null)));
        }
        if (newRole != null && !newRole.isBlank()) {
            grants.add(new StaffAdministration.RoleGrant(newRole, newOrgan, null));
        }
        staff.assignRoles(id, grants);
        redirect.addFlashAttribute("done", "organization.staff.rolesSaved");
        return "redirect:/console/staff/" + id;
    }

    private String form(Model model) {
        model.addAttribute("organs", organization.all());
        model.addAttribute("roles", Role.values());
        return "organization/staff-form";
    }

    /** The create form: one initial role for the account's own organ. */
    record StaffForm(String username, String displayName, String email, String organ, String password, String role) {

        StaffAdministration.NewStaff toNewStaff() {
            List<StaffAdministration.RoleGrant> roles = role == null || role.isBlank() ? List.of()
                    : List.of(new StaffAdministration.RoleGrant(role, organ, null));
            return new StaffAdministration.NewStaff(username, displayName, email, organ, null, password, roles);
        }
    }
}

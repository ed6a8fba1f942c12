package cn.gongkai.catalog;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;

/** Staff console: the organ's catalogue (base and own entries); the openness office adds entries. */
@Controller
class CatalogConsole {

    private final Catalog catalog;
    private final CurrentStaff current;
    private final Organization organization;
    private final MessageSource messages;

    CatalogConsole(Catalog catalog, CurrentStaff current, Organization organization, MessageSource messages) {
        this.messages = messages;
        this.catalog = catalog;
        this.current = current;
        this.organization = organization;
    }

    @GetMapping("/console/catalog")
    String list(Model model) {
        StaffMember staff = current.get();
        model.addAttribute("organ", organization.organ(staff.organId()).orElseThrow());
        model.addAttribute("entries", catalog.entriesFor(staff.organId()));
        model.addAttribute("mayAdd", mayAdd(staff));
        return "catalog/entry-list";
    }

    @PostMapping("/console/catalog")
    String add(@ModelAttribute Catalog.NewEntry entry, RedirectAttributes redirect) {
        StaffMember staff = current.get();
        if (!mayAdd(staff)) {
            throw GongkaiException.forbidden();
        }
        try {
            CatalogEntry saved = catalog.add(staff.organId(), entry);
            redirect.addFlashAttribute("added", saved.label());
        }
        catch (GongkaiException e) {
            redirect.addFlashAttribute("problems", e.fields().stream().map(f -> f.field() + ": "
                    + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), LocaleContextHolder.getLocale()))
                    .toList());
        }
        return "redirect:/console/catalog";
    }

    private boolean mayAdd(StaffMember staff) {
        return organization.may(staff, Role.OFFICE_REVIEWER, staff.organId())
                || organization.may(staff, Role.ADMINISTRATOR, staff.organId());
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem catalogMenu() {
            return new ConsoleMenuItem(30, "/console/catalog", "catalog.menu", null);
        }
    }
}

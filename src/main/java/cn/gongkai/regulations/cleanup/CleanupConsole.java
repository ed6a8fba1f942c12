package cn.gongkai.regulations.cleanup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import cn.gongkai.regulations.validity.EffectAnnouncements;

/** Staff console of cleanup campaigns: the organ's campaigns, a new one, and one campaign's decisions and acts. */
@Controller
class CleanupConsole {

    private final Cleanups cleanups;
    private final CleanupStore store;
    private final CurrentStaff current;
    private final Organization organization;
    private final MessageSource messages;
    private final EffectAnnouncements announcements;

    CleanupConsole(Cleanups cleanups, CleanupStore store, CurrentStaff current, Organization organization,
            MessageSource messages, EffectAnnouncements announcements) {
        this.announcements = announcements;
        this.cleanups = cleanups;
        this.store = store;
        this.current = current;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/console/regulations/cleanups")
    String list(Model model) {
        StaffMember staff = current.get();
        model.addAttribute("cleanups", store.ofOrgan(staff.organId()));
        model.addAttribute("types", DocumentType.values());
        return "regulations/cleanup-console-list";
    }

    @PostMapping("/console/regulations/cleanups")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) List<String> types,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedAfter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedBefore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) String announcementDocumentId, RedirectAttributes redirect) {
        Long id = act(redirect, () -> cleanups.create(current.get(), new Cleanup.Input(title, null,
                new Cleanup.Scope(types == null ? List.of() : types, null, issuedAfter, issuedBefore), effectiveOn,
                announcementDocumentId)).id());
        return id == null ? "redirect:/console/regulations/cleanups" : "redirect:/console/regulations/cleanups/" + id;
    }

    @GetMapping("/console/regulations/cleanups/{id}")
    String detail(@PathVariable long id, Model model) {
        StaffMember staff = current.get();
        Cleanup c = cleanups.require(id);
        if (!organization.maySee(staff, c.organId())) {
            throw GongkaiException.forbidden();
        }
        model.addAttribute("c", c);
        model.addAttribute("documents", store.inScope(c));
        model.addAttribute("decisions", store.decisions(id));
        model.addAttribute("choices", Cleanup.Decision.values());
        return "regulations/cleanup-console-detail";
    }

    @PostMapping("/console/regulations/cleanups/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) String documentId,
            @RequestParam(required = false) String eId, @RequestParam(required = false) Cleanup.Decision decision,
            @RequestParam(required = false) String newText, @RequestParam(required = false) String basis,
            RedirectAttributes redirect) {
        act(redirect, () -> cleanups.decide(current.get(), id, List.of(new Cleanup.DecisionInput(documentId, eId,
                decision, newText, basis))));
        return "redirect:/console/regulations/cleanups/" + id;
    }

    @PostMapping("/console/regulations/cleanups/{id}/{act}")
    String step(@PathVariable long id, @PathVariable String act, RedirectAttributes redirect) {
        StaffMember staff = current.get();
        Object done = act(redirect, () -> switch (act) {
            case "approve" -> cleanups.approve(staff, id);
            case "publish" -> cleanups.publish(staff, id);
            case "apply" -> cleanups.apply(staff, id);
            default -> throw GongkaiException.notFound("action", act);
        });
        if (done != null) {
            if ("apply".equals(act)) {
                announcements.announceDue();
            }
            redirect.addFlashAttribute("done", act);
        }
        return "redirect:/console/regulations/cleanups/" + id;
    }

    /** Runs an act; a refusal becomes the page's list of problems in the reader's language. */
    private <T> T act(RedirectAttributes redirect, Supplier<T> act) {
        try {
            return act.get();
        }
        catch (GongkaiException e) {
            var locale = LocaleContextHolder.getLocale();
            List<String> problems = new ArrayList<>();
            if (e.fields().isEmpty()) {
                problems.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
            e.fields().forEach(f -> problems.add(f.field() + ": "
                    + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)));
            redirect.addFlashAttribute("problems", problems);
            return null;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem regulationsCleanupsMenu() {
            return new ConsoleMenuItem(561, "/console/regulations/cleanups", "regulations.cleanup.menu", null);
        }
    }
}

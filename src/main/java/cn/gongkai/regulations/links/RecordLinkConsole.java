package cn.gongkai.regulations.links;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;

/** The console control for links, {@code /console/regulations/links}: the linked documents and a form to link one. */
@Controller
class RecordLinkConsole {

    private final RecordLinks links;
    private final CurrentStaff current;
    private final MessageSource messages;

    RecordLinkConsole(RecordLinks links, CurrentStaff current, MessageSource messages) {
        this.links = links;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/regulations/links")
    String page(Model model) {
        model.addAttribute("links", links.links());
        return "regulations/links-list";
    }

    @PostMapping("/console/regulations/links")
    String link(@RequestParam(defaultValue = "") String documentId, @RequestParam(defaultValue = "") String recordId,
            RedirectAttributes redirect) {
        try {
            Long id = recordId.isBlank() ? null : parse(recordId);
            RecordLinks.Link done = links.link(current.get(), documentId.strip(), id);
            redirect.addFlashAttribute("notice", text("regulations.links.console.linked", done.documentId(),
                    done.recordId(), text("publishing.validity." + done.recordValidity())));
        }
        catch (GongkaiException e) {
            String detail = e.fields().isEmpty() ? text(e.messageKey(), e.args())
                    : text(e.fields().get(0).messageKey(), e.fields().get(0).args());
            redirect.addFlashAttribute("error", detail);
        }
        return "redirect:/console/regulations/links";
    }

    private static Long parse(String text) {
        if (!text.strip().matches("\\d{1,18}")) {
            throw GongkaiException.invalid("recordId", "regulations.links.error.noRecord", text.strip());
        }
        return Long.parseLong(text.strip());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem regulationLinksMenu() {
            return new ConsoleMenuItem(62, "/console/regulations/links", "regulations.links.menu", null);
        }
    }
}

package cn.gongkai.registers.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;

/** The console page of a register's masks: the fields, their default and current mask, a form to change them. */
@Controller
class MaskingConsole {

    private final Masking masking;
    private final CurrentStaff current;
    private final MessageSource messages;

    MaskingConsole(Masking masking, CurrentStaff current, MessageSource messages) {
        this.masking = masking;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping("/console/registers/{code}/masking")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("view", masking.view(code));
        model.addAttribute("mayChange", masking.mayChange(current.get()));
        model.addAttribute("english", FieldChecks.isEnglish(LocaleContextHolder.getLocale()));
        return "registers/masking-console";
    }

    /** Form fields {@code mask.<field>}; only those that differ from the current mask are sent on. */
    @PostMapping("/console/registers/{code}/masking")
    String change(@PathVariable String code, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Masking.View before = masking.view(code);
        Map<String, String> masks = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("mask.")) {
                String field = k.substring(5);
                boolean same = before.fields().stream().anyMatch(f -> f.field().equals(field) && f.mask().equals(v));
                if (!same) {
                    masks.put(field, v);
                }
            }
        });
        if (masks.isEmpty()) {
            redirect.addFlashAttribute("unchanged", true);
            return "redirect:/console/registers/" + before.register() + "/masking";
        }
        try {
            Masking.View after = masking.change(code, masks, current.get());
            redirect.addFlashAttribute("remasked", after.remasked());
        }
        catch (GongkaiException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            Locale locale = LocaleContextHolder.getLocale();
            List<String> problems = new ArrayList<>();
            e.fields().forEach(f -> problems.add(messages.getMessage(f.messageKey(), f.args(), locale)));
            if (problems.isEmpty()) {
                problems.add(messages.getMessage(e.messageKey(), e.args(), locale));
            }
            redirect.addFlashAttribute("problems", problems);
        }
        return "redirect:/console/registers/" + before.register() + "/masking";
    }
}

package cn.gongkai.regulations.validity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.Validity;

/**
 * The console of effects: {@code /console/regulations/{id}/effects} lists a document's effects with
 * its derived timeline, the form to enter one (errors beside their fields), the buttons to confirm,
 * reject or withdraw, and the request for suggestions from the document's own text;
 * {@code /console/regulations/effects} is the queue of suggested effects across the library. The
 * rules are those of {@link Effects} (the API is {@link EffectApi}).
 */
@Controller
class EffectConsole {

    private final Effects effects;
    private final EffectSuggestions suggestions;
    private final Validities validities;
    private final CurrentStaff current;
    private final FormErrors errors;
    private final JdbcClient jdbc;

    EffectConsole(Effects effects, EffectSuggestions suggestions, Validities validities, CurrentStaff current,
            FormErrors errors, JdbcClient jdbc) {
        this.effects = effects;
        this.suggestions = suggestions;
        this.validities = validities;
        this.current = current;
        this.errors = errors;
        this.jdbc = jdbc;
    }

    record DocumentHead(String id, String title, String documentNumber) {
    }

    record ProvisionChoice(String eid, String label) {
    }

    record PeriodRow(LocalDate from, LocalDate until, Validity validity) {
    }

    @GetMapping("/console/regulations/effects")
    String queue(Model model) {
        current.get();
        List<Effect> waiting = effects.waiting();
        model.addAttribute("effects", waiting);
        model.addAttribute("titles", titles(waiting));
        return "regulations/validity-queue";
    }

    @GetMapping("/console/regulations/{id}/effects")
    String page(@PathVariable String id, Model model) {
        return render(id, new EffectForm(), Map.of(), model);
    }

    @PostMapping("/console/regulations/{id}/effects")
    String enter(@PathVariable String id, @ModelAttribute("form") EffectForm form, Model model,
            RedirectAttributes redirect) {
        StaffMember staff = current.get();
        try {
            Effect e = effects.enter(staff, id, form.toInput());
            redirect.addFlashAttribute("notice", errors.text("regulations.validity.console.entered", e.id()));
            return "redirect:/console/regulations/" + id + "/effects";
        }
        catch (GongkaiException e) {
            if (e.status().value() == 404) {
                throw e;
            }
            return render(id, form, errors.byField(e), model);
        }
    }

    @PostMapping("/console/regulations/{id}/effects/suggestions")
    String suggest(@PathVariable String id, RedirectAttributes redirect) {
        EffectSuggestions.Outcome outcome = suggestions.suggest(current.get(), id, null);
        redirect.addFlashAttribute("notice", errors.text("regulations.validity.console.suggested",
                outcome.created().size(), outcome.unresolved().size()));
        redirect.addFlashAttribute("unresolved", outcome.unresolved());
        return "redirect:/console/regulations/" + id + "/effects";
    }

    @PostMapping("/console/regulations/effects/{effectId}/review")
    String review(@PathVariable long effectId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        Effect effect = effects.get(effectId);
        Effects.Decision d = "CONFIRM".equals(decision) ? Effects.Decision.CONFIRM
                : "REJECT".equals(decision) ? Effects.Decision.REJECT : null;
        return act(effect, redirect, () -> effects.review(current.get(), effectId, d, note),
                d == Effects.Decision.CONFIRM ? "regulations.validity.console.confirmed"
                        : "regulations.validity.console.rejected");
    }

    @PostMapping("/console/regulations/effects/{effectId}/withdraw")
    String withdraw(@PathVariable long effectId, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Effect effect = effects.get(effectId);
        return act(effect, redirect, () -> effects.withdraw(current.get(), effectId, note),
                "regulations.validity.console.withdrawn");
    }

    private String act(Effect effect, RedirectAttributes redirect, Runnable step, String done) {
        try {
            step.run();
            redirect.addFlashAttribute("notice", errors.text(done, effect.id()));
        }
        catch (GongkaiException e) {
            redirect.addFlashAttribute("error", errors.summary(e));
        }
        return "redirect:/console/regulations/" + effect.affectedDocumentId() + "/effects";
    }

    private String render(String id, EffectForm form, Map<String, String> fieldErrors, Model model) {
        StaffMember staff = current.get();
        DocumentHead doc = jdbc.sql("select id, title, document_number from reg_document where id = ?").param(id)
                .query((rs, n) -> new DocumentHead(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> GongkaiException.notFound("document", id));
        LocalDate today = effects.today();
        model.addAttribute("doc", doc);
        model.addAttribute("today", today);
        model.addAttribute("validityToday", validities.documentOn(id, today).orElse(Validity.IN_FORCE));
        model.addAttribute("timeline", jdbc.sql("""
                select valid_from, valid_until, validity from reg_validity_period where document_id = ? and eid = ''
                order by valid_from nulls first""").param(id)
                .query((rs, n) -> new PeriodRow(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class),
                        Validity.valueOf(rs.getString(3)))).list());
        List<Effect> all = effects.of(staff, id);
        model.addAttribute("effects", all);
        model.addAttribute("provisions", jdbc.sql("select eid, num, heading from reg_provision where document_id = ? order by seq")
                .param(id).query((rs, n) -> new ProvisionChoice(rs.getString(1), rs.getString(2)
                        + (rs.getString(3) == null ? "" : " " + rs.getString(3)) + " (" + rs.getString(1) + ")"))
                .list());
        model.addAttribute("types", EffectType.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", fieldErrors);
        model.addAttribute("me", staff.username());
        model.addAttribute("mayEnter", Effects.ENTER.stream().anyMatch(staff::hasRole));
        model.addAttribute("mayReview", Effects.REVIEW.stream().anyMatch(staff::hasRole));
        model.addAttribute("titles", titles(all));
        Map<String, String> labels = new java.util.HashMap<>();
        ((List<?>) model.getAttribute("provisions")).forEach(p -> labels.put(((ProvisionChoice) p).eid(),
                ((ProvisionChoice) p).label()));
        model.addAttribute("labels", labels);
        return "regulations/validity-effects";
    }

    /** Titles of the documents the effects name (affected and affecting), by id. */
    private Map<String, String> titles(List<Effect> shown) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        shown.forEach(e -> {
            ids.add(e.affectedDocumentId());
            if (e.affectingDocumentId() != null) {
                ids.add(e.affectingDocumentId());
            }
        });
        Map<String, String> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, title from reg_document where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        }
        return out;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem regulationEffectsMenu() {
            return new ConsoleMenuItem(45, "/console/regulations/effects", "regulations.validity.menu", null);
        }
    }
}

package cn.gongkai.regulations.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;

/**
 * Staff console of the knowledge base: the organ's answers, flagged first, and one answer with its
 * flags, its review duty from the ledger and the "confirm after re-reading" action.
 */
@Controller
class AnswerConsole {

    private final Answers answers;
    private final AnswerStore store;
    private final Obligations obligations;
    private final CurrentStaff current;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    AnswerConsole(Answers answers, AnswerStore store, Obligations obligations, CurrentStaff current, JdbcClient jdbc,
            MessageSource messages) {
        this.messages = messages;
        this.answers = answers;
        this.store = store;
        this.obligations = obligations;
        this.current = current;
        this.jdbc = jdbc;
    }

    @GetMapping("/console/regulations/answers")
    String list(Model model) {
        StaffMember staff = current.get();
        List<Long> ids = jdbc.sql("select id from reg_answer where owner_organ_id = ? order by flagged desc, id desc")
                .param(staff.organId()).query(Long.class).list();
        model.addAttribute("answers", ids.stream().map(store::find).flatMap(java.util.Optional::stream).toList());
        model.addAttribute("mayWrite", answers.mayWrite(staff, staff.organId()));
        return "regulations/answers-console-list";
    }

    /** A new answer; {@code citations} one per line as "document-id eId" (e.g. {@code law-2015-1 art_51}). */
    @PostMapping("/console/regulations/answers")
    String create(@RequestParam(required = false) String question, @RequestParam(required = false) String answer,
            @RequestParam(required = false) String category, @RequestParam(required = false) String keywords,
            @RequestParam(required = false) String citations, RedirectAttributes redirect) {
        List<Answer.CitationInput> cited = new ArrayList<>();
        for (String line : (citations == null ? "" : citations).split("\\R")) {
            String[] parts = line.strip().split("\\s+");
            if (!line.isBlank()) {
                cited.add(new Answer.CitationInput(parts[0], parts.length > 1 ? parts[1] : null));
            }
        }
        try {
            Answer created = answers.create(current.get(), new Answer.Input(question, answer, category, keywords, null,
                    null, cited));
            return "redirect:/console/regulations/answers/" + created.id();
        }
        catch (GongkaiException e) {
            Locale locale = LocaleContextHolder.getLocale();
            List<String> problems = new ArrayList<>();
            if (e.fields().isEmpty()) {
                problems.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
            e.fields().forEach(f -> problems.add(f.field() + ": "
                    + messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)));
            redirect.addFlashAttribute("problems", problems);
            return "redirect:/console/regulations/answers";
        }
    }

    @GetMapping("/console/regulations/answers/{id}")
    String detail(@PathVariable long id, Model model) {
        StaffMember staff = current.get();
        Answer a = answers.require(id);
        model.addAttribute("a", a);
        model.addAttribute("notices", a.openFlags().stream()
                .map(f -> new AnswerPages.Notice(AnswerJson.cited(a, f.seq()), f)).toList());
        model.addAttribute("duty", obligations.find(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id)).orElse(null));
        model.addAttribute("mayReview", answers.mayReview(staff, a.ownerOrganId()));
        return "regulations/answers-console-detail";
    }

    @PostMapping("/console/regulations/answers/{id}/review")
    String review(@PathVariable long id, RedirectAttributes redirect) {
        answers.review(current.get(), id, null);
        redirect.addFlashAttribute("reviewed", true);
        return "redirect:/console/regulations/answers/" + id;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem regulationsAnswersMenu() {
            return new ConsoleMenuItem(560, "/console/regulations/answers", "regulations.answers.menu", null);
        }
    }
}

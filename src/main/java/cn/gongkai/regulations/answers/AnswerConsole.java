package cn.gongkai.regulations.answers;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;

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

    AnswerConsole(Answers answers, AnswerStore store, Obligations obligations, CurrentStaff current, JdbcClient jdbc) {
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
        return "regulations/answers-console-list";
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

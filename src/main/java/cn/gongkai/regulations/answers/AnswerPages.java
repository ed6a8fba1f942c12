package cn.gongkai.regulations.answers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.organization.Organization;
import cn.gongkai.platform.GongkaiException;

/** Public pages of the knowledge base: the list with text search, and one answer with its notice. */
@Controller
class AnswerPages {

    private static final int PAGE_SIZE = 20;

    private final Answers answers;
    private final AnswerStore store;
    private final Organization organization;

    AnswerPages(Answers answers, AnswerStore store, Organization organization) {
        this.answers = answers;
        this.store = store;
        this.organization = organization;
    }

    @GetMapping("/regulations/answers")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        int p = Math.max(1, page);
        int total = store.count(q);
        model.addAttribute("q", q);
        model.addAttribute("answers", store.search(q, (p - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", p);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        return "regulations/answers-list";
    }

    @GetMapping("/regulations/answers/{id}")
    String page(@PathVariable long id, Model model) {
        Answer a = answers.require(id);
        if (a.state() != Answer.AnswerState.PUBLISHED) {
            throw GongkaiException.notFound("answer", id);
        }
        model.addAttribute("a", a);
        model.addAttribute("organ", organization.organ(a.ownerOrganId()).orElseThrow());
        model.addAttribute("notices", a.openFlags().stream()
                .map(f -> new Notice(AnswerJson.cited(a, f.seq()), f)).toList());
        return "regulations/answers-page";
    }

    /** A flag with the citation it names. */
    record Notice(Answer.Cited cited, Answer.Flag flag) {
    }
}

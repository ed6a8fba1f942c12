package cn.gongkai.obligations.rulebook;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff console's view of the rulebook: every rule version with its source, period and effective days. */
@Controller
class RulesPage {

    private final Rulebook rulebook;

    RulesPage(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    @GetMapping("/console/obligations/rules")
    String rules(Model model) {
        model.addAttribute("rulebook", rulebook);
        model.addAttribute("rules", rulebook.all());
        return "obligations/rules-list";
    }
}

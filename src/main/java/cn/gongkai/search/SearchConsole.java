package cn.gongkai.search;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.ConsoleMenuItem;

/** Administrators see the index and rebuild it from the database; the page follows the progress. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SearchConsole {

    private final IndexMaintenance maintenance;
    private final AuditLog audit;

    SearchConsole(IndexMaintenance maintenance, AuditLog audit) {
        this.maintenance = maintenance;
        this.audit = audit;
    }

    @Bean
    static ConsoleMenuItem searchMenu() {
        return new ConsoleMenuItem(860, "/console/search", "search.menu.index", "ADMINISTRATOR");
    }

    @GetMapping("/console/search")
    String status(Model model) {
        model.addAttribute("status", maintenance.status());
        return "search/index-status";
    }

    @PostMapping("/console/search/rebuild")
    String rebuild(RedirectAttributes redirect) {
        boolean started = maintenance.startRebuild("administrator");
        if (started) {
            audit.record("search.index.rebuild", "search-index", "index", "rebuild requested");
        }
        redirect.addFlashAttribute("started", started);
        return "redirect:/console/search";
    }
}

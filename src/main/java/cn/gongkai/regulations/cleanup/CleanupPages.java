package cn.gongkai.regulations.cleanup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.gongkai.platform.GongkaiException;

/** The public result page of a published cleanup campaign (清理结果). */
@Controller
class CleanupPages {

    private final Cleanups cleanups;
    private final CleanupStore store;

    CleanupPages(Cleanups cleanups, CleanupStore store) {
        this.cleanups = cleanups;
        this.store = store;
    }

    @GetMapping("/regulations/cleanups")
    String list(Model model) {
        model.addAttribute("cleanups", store.published());
        return "regulations/cleanup-list";
    }

    @GetMapping("/regulations/cleanups/{id}")
    String result(@PathVariable long id, Model model) {
        Cleanup c = cleanups.require(id);
        if (!c.published()) {
            throw GongkaiException.notFound("cleanup", id);
        }
        model.addAttribute("r", cleanups.result(c));
        return "regulations/cleanup-result";
    }
}

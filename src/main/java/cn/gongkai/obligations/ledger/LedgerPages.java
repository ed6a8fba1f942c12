package cn.gongkai.obligations.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.obligations.rulebook.Rulebook;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;

/** Staff console: the ledger list, one obligation with its history, a subject's obligations, and waiving. */
@Controller
class LedgerPages {

    private final ObligationQueries queries;
    private final LedgerRequests requests;
    private final Ledger ledger;
    private final OrganScope scope;
    private final Organization organization;
    private final Rulebook rulebook;
    private final CurrentStaff currentStaff;

    LedgerPages(ObligationQueries queries, LedgerRequests requests, Ledger ledger, OrganScope scope,
            Organization organization, Rulebook rulebook, CurrentStaff currentStaff) {
        this.queries = queries;
        this.requests = requests;
        this.ledger = ledger;
        this.scope = scope;
        this.organization = organization;
        this.rulebook = rulebook;
        this.currentStaff = currentStaff;
    }

    /** A row of a list: the obligation, its rule version and its organ. */
    record Row(Obligation obligation, Rule rule, Organ organ) {
    }

    @GetMapping("/console/obligations/ledger")
    String list(@RequestParam(required = false) String organ, @RequestParam(required = false) String state,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
        StaffMember staff = currentStaff.get();
        LedgerRequests.Query query = requests.query(organ, state, rule, from, to, page);
        List<Organ> organs = scope.visible(staff, query.organ());
        Page<Obligation> found = queries.search(query.filter(), organs.stream().map(Organ::getId).toList(),
                query.page() - 1, ObligationsApi.PAGE_SIZE);
        model.addAttribute("rows", rows(found.getContent(), organs));
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("page", query.page());
        model.addAttribute("pages", Math.max(1, found.getTotalPages()));
        model.addAttribute("query", Map.of("organ", orEmpty(organ), "state", orEmpty(state), "rule", orEmpty(rule),
                "from", orEmpty(from), "to", orEmpty(to)));
        model.addAttribute("organs", scope.visible(staff, null));
        model.addAttribute("ruleIds", rulebook.ids());
        model.addAttribute("states", cn.gongkai.obligations.ObligationState.values());
        return "obligations/ledger-list";
    }

    @GetMapping("/console/obligations/subject/{type}/{id}")
    String subject(@PathVariable String type, @PathVariable String id, Model model) {
        StaffMember staff = currentStaff.get();
        List<Obligation> found = queries.bySubject(type, id).stream()
                .filter(o -> organization.maySee(staff, o.getOrganId())).toList();
        model.addAttribute("subjectType", type);
        model.addAttribute("subjectId", id);
        model.addAttribute("rows", rows(found, found.stream().map(o -> organization.organ(o.getOrganId()))
                .flatMap(java.util.Optional::stream).toList()));
        return "obligations/subject-list";
    }

    @GetMapping("/console/obligations/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        StaffMember staff = currentStaff.get();
        Obligation obligation = queries.getWithHistory(id);
        if (!organization.maySee(staff, obligation.getOrganId())) {
            throw GongkaiException.forbidden();
        }
        model.addAttribute("o", obligation);
        model.addAttribute("rule", ledger.rule(obligation));
        model.addAttribute("organ", organization.organ(obligation.getOrganId()).orElse(null));
        model.addAttribute("mayWaive", obligation.getState().isOpen() && mayWaive(staff, obligation.getOrganId()));
        return "obligations/obligation-detail";
    }

    @PostMapping("/console/obligations/{id:\\d+}/waive")
    String waive(@PathVariable long id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect) {
        StaffMember staff = currentStaff.get();
        Obligation obligation = queries.get(id);
        requests.requireWaiver(staff, obligation.getOrganId());
        try {
            ledger.waive(id, requests.reason(reason), staff.username());
        }
        catch (GongkaiException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            model.addAttribute("waiveError", e.fields().get(0));
            model.addAttribute("reason", reason);
            return detail(id, model);
        }
        redirect.addFlashAttribute("waived", true);
        return "redirect:/console/obligations/" + id;
    }

    private boolean mayWaive(StaffMember staff, long organId) {
        try {
            requests.requireWaiver(staff, organId);
            return true;
        }
        catch (GongkaiException e) {
            return false;
        }
    }

    private List<Row> rows(List<Obligation> obligations, List<Organ> organs) {
        Map<Long, Organ> byId = new HashMap<>();
        organs.forEach(o -> byId.put(o.getId(), o));
        return obligations.stream().map(o -> new Row(o, ledger.rule(o), byId.get(o.getOrganId()))).toList();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    @Bean
    static ConsoleMenuItem ledgerMenu() {
        return new ConsoleMenuItem(410, "/console/obligations/ledger", "obligations.menu.ledger", null);
    }
}

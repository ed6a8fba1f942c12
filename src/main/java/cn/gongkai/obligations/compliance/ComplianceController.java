package cn.gongkai.obligations.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.obligations.ledger.OrganScope;
import cn.gongkai.obligations.rulebook.Rulebook;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;

/**
 * The compliance dashboard ({@code /console/obligations}) and the same figures as JSON
 * ({@code GET /api/v1/obligations/compliance?organ=&period=}): an organ (default: the caller's)
 * and the subtree below it that the caller may see, for a year, quarter or month of due dates.
 */
@org.springframework.stereotype.Component
class ComplianceController {

    private final ComplianceFigures figures;
    private final OrganScope scope;
    private final Organization organization;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    ComplianceController(ComplianceFigures figures, OrganScope scope, Organization organization,
            CurrentStaff currentStaff, Clock clock) {
        this.figures = figures;
        this.scope = scope;
        this.organization = organization;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    ComplianceFigures.Compliance compute(String organCode, String period) {
        StaffMember staff = currentStaff.get();
        Window window = Window.parse(period, LocalDate.now(clock.withZone(Window.CHINA)));
        Organ root = organCode == null || organCode.isBlank() ? scope.home(staff)
                : organization.organByCode(organCode).orElseThrow(() -> GongkaiException.invalid("organ",
                        "obligations.error.unknownOrgan", organCode.length() > 60 ? organCode.substring(0, 60) : organCode));
        List<Organ> visible = scope.visible(staff, root);
        return figures.compute(root, visible, window);
    }

    /** The obligations past due in the organ's visible subtree, oldest first. */
    List<ComplianceFigures.Overdue> overdue(ComplianceFigures.Compliance c) {
        List<Long> ids = scope.visible(currentStaff.get(), c.organ()).stream().map(Organ::getId).toList();
        return figures.overdue(ids, clock.instant(), 100);
    }

    /** A rule as a person reads it: its duty (what must be done) and the clause it comes from, in the UI language. */
    record RuleName(String id, String name, String source) {

        static RuleName of(Rulebook rulebook, String id, java.util.Locale locale) {
            return rulebook.latest(id).map(r -> new RuleName(id, r.duty().in(locale), r.source().in(locale)))
                    .orElse(new RuleName(id, id, ""));
        }
    }

    @Controller
    static class Page {

        private final ComplianceController compliance;
        private final Rulebook rulebook;
        private final OrganScope scope;
        private final CurrentStaff currentStaff;

        Page(ComplianceController compliance, Rulebook rulebook, OrganScope scope, CurrentStaff currentStaff) {
            this.compliance = compliance;
            this.rulebook = rulebook;
            this.scope = scope;
            this.currentStaff = currentStaff;
        }

        @GetMapping("/console/obligations")
        String dashboard(@RequestParam(required = false) String organ, @RequestParam(required = false) String period,
                Model model) {
            ComplianceFigures.Compliance c = compliance.compute(organ, period);
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            List<ComplianceFigures.Overdue> overdue = compliance.overdue(c);
            Map<Long, Organ> organsById = new java.util.HashMap<>();
            scope.visible(currentStaff.get(), c.organ()).forEach(o -> organsById.put(o.getId(), o));
            Map<String, RuleName> rules = new LinkedHashMap<>();
            c.byRule().keySet().forEach(id -> rules.put(id, RuleName.of(rulebook, id, locale)));
            overdue.forEach(o -> rules.computeIfAbsent(o.rule(), id -> RuleName.of(rulebook, id, locale)));
            model.addAttribute("c", c);
            model.addAttribute("period", c.window().toString());
            model.addAttribute("from", c.window().firstDay());
            model.addAttribute("to", c.window().lastDay());
            model.addAttribute("ruleIds", rulebook.ids());
            model.addAttribute("rules", rules);
            model.addAttribute("ruleColumns", List.copyOf(c.byRule().keySet()));
            model.addAttribute("overdue", overdue);
            model.addAttribute("organsById", organsById);
            model.addAttribute("organs", scope.visible(currentStaff.get(), null));
            model.addAttribute("bars", OnTimeChart.bars(c.trend()));
            model.addAttribute("grid", OnTimeChart.grid());
            model.addAttribute("baseline", OnTimeChart.baseline());
            model.addAttribute("chartWidth", OnTimeChart.WIDTH);
            model.addAttribute("chartHeight", OnTimeChart.HEIGHT);
            model.addAttribute("zone", Window.CHINA);
            return "obligations/dashboard";
        }

        @Bean
        static ConsoleMenuItem dashboardMenu() {
            return new ConsoleMenuItem(405, "/console/obligations", "obligations.menu.dashboard", null);
        }
    }

    @RestController
    static class Api {

        private final ComplianceController compliance;

        Api(ComplianceController compliance) {
            this.compliance = compliance;
        }

        @Operation(summary = "Compliance figures of an organ and its subtree for a period")
        @GetMapping("/api/v1/obligations/compliance")
        Map<String, Object> figures(@RequestParam(required = false) String organ,
                @RequestParam(required = false) String period) {
            ComplianceFigures.Compliance c = compliance.compute(organ, period);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("organ", Map.of("code", c.organ().getCode(), "name", c.organ().getName()));
            json.put("period", c.window().toString());
            json.put("totals", c.totals().json());
            Map<String, Object> byRule = new LinkedHashMap<>();
            c.byRule().forEach((rule, counts) -> byRule.put(rule, counts.json()));
            json.put("byRule", byRule);
            json.put("trend", c.trend().stream().map(p -> Map.of("period", p.window().toString(),
                    "counts", p.counts().json())).toList());
            json.put("subtree", c.map().stream().map(row -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("organ", Map.of("code", row.organ().getCode(), "name", row.organ().getName()));
                r.put("includesSubtree", row.subtree());
                r.put("totals", row.total().json());
                Map<String, Object> cells = new LinkedHashMap<>();
                row.byRule().forEach((rule, counts) -> cells.put(rule, counts.json()));
                r.put("byRule", cells);
                return r;
            }).toList());
            return json;
        }
    }
}

package cn.gongkai.registers.draws;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;

/**
 * Draws in the console, {@code /console/registers/random-inspections/draws}: the draws of the
 * organs one may see and the form (pool one entry per line, sources one per line, count, the
 * inspection item). A refused form comes back with every value as typed and each error beside
 * its field; a draw made goes to its public page. The same rules as {@link DrawApi}.
 */
@Controller
class DrawConsole {

    static final String BASE = "/console/registers/" + InspectionDraws.REGISTER + "/draws";

    private final InspectionDraws draws;
    private final DrawItems items;
    private final CurrentStaff current;
    private final FormErrors errors;

    DrawConsole(InspectionDraws draws, DrawItems items, CurrentStaff current, FormErrors errors) {
        this.draws = draws;
        this.items = items;
        this.current = current;
        this.errors = errors;
    }

    /** The form as typed (so a refusal loses nothing). */
    record Form(String title, String rowId, String pool, String count, String sources) {
    }

    @GetMapping(BASE)
    String list(@RequestParam(defaultValue = "") String rowId, Model model) {
        StaffMember staff = allowed();
        return show(staff, new Form("", rowId, "", "", ""), Map.of(), model);
    }

    @PostMapping(BASE)
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String rowId,
            @RequestParam(defaultValue = "") String pool, @RequestParam(defaultValue = "") String count,
            @RequestParam(defaultValue = "") String sources, Model model) {
        StaffMember staff = allowed();
        Form form = new Form(title, rowId, pool, count, sources);
        try {
            long id = draws.draw(staff, input(form));
            return "redirect:" + InspectionDraws.PUBLIC_PATH + id;
        }
        catch (GongkaiException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            return show(staff, form, errors.byField(e), model);
        }
    }

    private String show(StaffMember staff, Form form, Map<String, String> fieldErrors, Model model) {
        model.addAttribute("form", form);
        // pool[3] and sources[1][0] are shown beside their text box; each message names its line
        Map<String, String> byBox = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> byBox.merge(field.replaceFirst("\\[.*", ""), message, (a, b) -> a + " " + b));
        model.addAttribute("errors", byBox);
        model.addAttribute("items", items.drawableBy(staff));
        model.addAttribute("draws", draws.visibleTo(staff));
        return "registers/draws-console";
    }

    /** The form's text as the API's input; what cannot be read as a number is refused naming its line. */
    static DrawInput input(Form form) {
        List<GongkaiException.FieldProblem> problems = new ArrayList<>();
        List<String> pool = form.pool().lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        Integer count = null;
        if (!form.count().isBlank()) {
            if (form.count().strip().matches("\\d{1,6}")) {
                count = Integer.valueOf(form.count().strip());
            }
            else {
                problems.add(new GongkaiException.FieldProblem("count", "registers.draws.error.countPositive"));
            }
        }
        List<List<BigDecimal>> sources = new ArrayList<>();
        List<String> lines = form.sources().lines().filter(l -> !l.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            List<BigDecimal> numbers = new ArrayList<>();
            for (String n : lines.get(i).strip().split("[\\s,，、]+")) {
                if (!n.matches("\\d{1,18}")) {
                    problems.add(new GongkaiException.FieldProblem("sources", "registers.draws.error.sourceLine", String.valueOf(i + 1), n));
                    break;
                }
                numbers.add(new BigDecimal(n));
            }
            sources.add(numbers);
        }
        Long rowId = null;
        if (!form.rowId().isBlank()) {
            if (form.rowId().strip().matches("\\d{1,18}")) {
                rowId = Long.valueOf(form.rowId().strip());
            }
            else {
                problems.add(new GongkaiException.FieldProblem("rowId", "registers.draws.error.rowId", form.rowId().strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        return new DrawInput(pool, count, sources, form.title(), rowId);
    }

    private StaffMember allowed() {
        StaffMember staff = current.get();
        if (!draws.mayDrawAnywhere(staff)) {
            throw GongkaiException.forbidden();
        }
        return staff;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem drawMenu() {
            return new ConsoleMenuItem(72, BASE, "registers.draws.menu", "PUBLISHER");
        }
    }
}

package cn.gongkai.registers.rows;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.FieldDef;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import cn.gongkai.registers.RowState;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff console of the registers: every register with its drafts and overdue duties, a register's
 * rows with the add form generated from its fields, and a row with its history, duty and the
 * correct / publish / retract forms. A refused form comes back with what was typed and the reasons.
 */
@Controller
class RegisterConsole {

    static final String BASE = "/console/registers";
    static final int PAGE_SIZE = 50;

    private final RowStore store;
    private final RegisterRows reads;
    private final RowQueries queries;
    private final RegisterCatalog catalog;
    private final Obligations obligations;
    private final CurrentStaff current;
    private final MessageSource messages;
    private final Clock clock;

    RegisterConsole(RowStore store, RegisterRows reads, RowQueries queries, RegisterCatalog catalog,
            Obligations obligations, CurrentStaff current, MessageSource messages, Clock clock) {
        this.store = store;
        this.reads = reads;
        this.queries = queries;
        this.catalog = catalog;
        this.obligations = obligations;
        this.current = current;
        this.messages = messages;
        this.clock = clock;
    }

    /** A register on the console overview. */
    record Overview(String code, String title, long drafts, long published, long retracted, long overdue) {
    }

    /** A redaction record as the console shows it: the field's label and the mask's name. */
    record Redaction(String field, String maskKey, String actor, String version) {
    }

    @GetMapping(BASE)
    String index(Model model, Locale locale) {
        StaffMember staff = current.get();
        List<Long> organs = reads.visibleOrgans(staff);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Object[] c : queries.counts(organs)) {
            counts.computeIfAbsent((String) c[0], k -> new HashMap<>()).put((String) c[1], (Long) c[2]);
        }
        model.addAttribute("registers", catalog.all().stream().map(t -> {
            Map<String, Long> c = counts.getOrDefault(t.code(), Map.of());
            return new Overview(t.code(), RowView.title(t, locale), c.getOrDefault("DRAFT", 0L),
                    c.getOrDefault("PUBLISHED", 0L), c.getOrDefault("RETRACTED", 0L), overdue(t, organs));
        }).toList());
        return "registers/rows-console-index";
    }

    @GetMapping(BASE + "/{code}")
    String register(@PathVariable String code, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        RegisterType type = catalog.required(code);
        StaffMember staff = current.get();
        fillRegister(model, type, staff, RowApi.state(state), PublicQuery.page(page), locale);
        model.addAttribute("entered", Map.of());
        return "registers/rows-console-register";
    }

    @PostMapping(BASE + "/{code}/rows")
    String create(@PathVariable String code, @RequestParam MultiValueMap<String, String> form, Model model,
            Locale locale, HttpServletResponse response) {
        RegisterType type = catalog.required(code);
        StaffMember staff = current.get();
        Map<String, String> values = values(type, form);
        try {
            long organId = form.getFirst("organId") == null || form.getFirst("organId").isBlank() ? staff.organId()
                    : Long.parseLong(form.getFirst("organId").strip());
            long id = store.create(type.code(), organId, values, "true".equals(form.getFirst("publish")), staff);
            return "redirect:" + BASE + "/" + type.code() + "/rows/" + id;
        }
        catch (NumberFormatException e) {
            return refused(model, type, staff, values, List.of(text("registers.rows.error.organ", locale)), locale,
                    response);
        }
        catch (GongkaiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return refused(model, type, staff, values, problems(e, locale), locale, response);
        }
    }

    @GetMapping(BASE + "/{code}/rows/{id}")
    String row(@PathVariable String code, @PathVariable long id, Model model, Locale locale) {
        RegisterType type = catalog.required(code);
        RegisterRow row = reads.staffRow(type.code(), id, current.get());
        fillRow(model, type, row, row.values(), locale);
        return "registers/rows-console-row";
    }

    @PostMapping(BASE + "/{code}/rows/{id}/correct")
    String correct(@PathVariable String code, @PathVariable long id, @RequestParam MultiValueMap<String, String> form,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        RegisterType type = catalog.required(code);
        StaffMember staff = current.get();
        RegisterRow row = reads.staffRow(type.code(), id, staff);
        Map<String, String> values = values(type, form);
        try {
            store.correct(id, values, form.getFirst("reason"), staff);
            redirect.addFlashAttribute("done", "CORRECTED");
            return "redirect:" + BASE + "/" + type.code() + "/rows/" + id;
        }
        catch (GongkaiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            fillRow(model, type, row, values, locale);
            model.addAttribute("reason", form.getFirst("reason"));
            model.addAttribute("problems", problems(e, locale));
            response.setStatus(e.status().value());
            return "registers/rows-console-row";
        }
    }

    @PostMapping(BASE + "/{code}/rows/{id}/publish")
    String publish(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        reads.staffRow(type.code(), id, staff);
        store.publish(id, staff);
        redirect.addFlashAttribute("done", "PUBLISHED");
        return "redirect:" + BASE + "/" + type.code() + "/rows/" + id;
    }

    @PostMapping(BASE + "/{code}/rows/{id}/retract")
    String retract(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String reason,
            Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        StaffMember staff = current.get();
        RegisterType type = catalog.required(code);
        RegisterRow row = reads.staffRow(type.code(), id, staff);
        try {
            store.retract(id, reason, staff);
            redirect.addFlashAttribute("done", "RETRACTED");
            return "redirect:" + BASE + "/" + type.code() + "/rows/" + id;
        }
        catch (GongkaiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            fillRow(model, type, row, row.values(), locale);
            model.addAttribute("retractReason", reason);
            model.addAttribute("problems", problems(e, locale));
            response.setStatus(e.status().value());
            return "registers/rows-console-row";
        }
    }

    private String refused(Model model, RegisterType type, StaffMember staff, Map<String, String> values,
            List<String> problems, Locale locale, HttpServletResponse response) {
        fillRegister(model, type, staff, null, 1, locale);
        model.addAttribute("entered", values);
        model.addAttribute("problems", problems);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "registers/rows-console-register";
    }

    private void fillRegister(Model model, RegisterType type, StaffMember staff, RowState state, int page,
            Locale locale) {
        List<Long> organs = reads.visibleOrgans(staff);
        int total = queries.staffCount(type.code(), state, organs);
        model.addAttribute("type", type);
        model.addAttribute("registerTitle", RowView.title(type, locale));
        model.addAttribute("rows", queries.staffList(type.code(), state, organs, (page - 1) * PAGE_SIZE, PAGE_SIZE)
                .stream().map(r -> new Object[] { r, RowView.listedCells(type, r.publicValues(), locale) }).toList());
        model.addAttribute("columns", RowView.columns(type, locale));
        model.addAttribute("fields", RowForm.fields(type, locale));
        model.addAttribute("organs", reads.organs().stream().filter(o -> organs.contains(o.getId()))
                .map(o -> new String[] { String.valueOf(o.getId()), o.nameIn(locale) }).toList());
        model.addAttribute("staffOrgan", String.valueOf(staff.organId()));
        model.addAttribute("allOrgans", allOrgans(locale));
        model.addAttribute("state", state == null ? "" : state.name());
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    private void fillRow(Model model, RegisterType type, RegisterRow row, Map<String, String> formValues,
            Locale locale) {
        model.addAttribute("type", type);
        model.addAttribute("registerTitle", RowView.title(type, locale));
        model.addAttribute("row", row);
        model.addAttribute("cells", RowView.enteredCells(type, row.values(), locale, organName(locale)));
        model.addAttribute("publicCells", RowView.cells(type, row.publicValues(), false, locale));
        model.addAttribute("fields", RowForm.fields(type, locale));
        model.addAttribute("allOrgans", allOrgans(locale));
        model.addAttribute("entered", formValues);
        model.addAttribute("organName", reads.organ(row.organId()).map(o -> o.nameIn(locale)).orElse(""));
        model.addAttribute("history", reads.history(row.id()));
        model.addAttribute("redactions", reads.redactions(row.id()).stream()
                .map(r -> new Redaction(type.field(r[0]).map(f -> RowView.label(f, locale)).orElse(r[0]),
                        "registers.rows.mask." + r[1], r[2], r[3]))
                .toList());
        model.addAttribute("duty", reads.duty(type, row).orElse(null));
    }

    private java.util.function.Function<String, String> organName(Locale locale) {
        return id -> {
            try {
                return reads.organ(Long.parseLong(id)).map(o -> o.nameIn(locale)).orElse(id);
            }
            catch (NumberFormatException e) {
                return id;
            }
        };
    }

    private List<String[]> allOrgans(Locale locale) {
        return reads.organs().stream().map(o -> new String[] { String.valueOf(o.getId()), o.nameIn(locale) }).toList();
    }

    /** The form's values by field code: inputs are named {@code v.<code>}. */
    static Map<String, String> values(RegisterType type, MultiValueMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldDef f : type.fields()) {
            String v = form.getFirst("v." + f.code());
            if (v != null && !v.isBlank()) {
                values.put(f.code(), v.strip());
            }
        }
        return values;
    }

    private long overdue(RegisterType type, List<Long> organs) {
        if (type.duty() == null) {
            return 0;
        }
        List<String> drafts = queries.staffList(type.code(), RowState.DRAFT, organs, 0, 10_000).stream()
                .map(r -> String.valueOf(r.id())).toList();
        java.time.Instant now = clock.instant();
        return obligations.findAll(type.duty().rule(), "register-row", drafts).values().stream()
                .filter((ObligationView o) -> o.state().isOpen() && o.dueAt() != null && o.dueAt().isBefore(now))
                .count();
    }

    private List<String> problems(GongkaiException e, Locale locale) {
        List<String> out = new ArrayList<>();
        out.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        e.fields().forEach(f -> out.add(messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale)));
        return out;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem registersRowsMenu() {
            return new ConsoleMenuItem(70, BASE, "registers.rows.menu", null);
        }
    }
}

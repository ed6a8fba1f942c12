package cn.gongkai.regulations.spotcheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;

/**
 * Spot-checks in the console: {@code /console/regulations/spot-checks} lists them and creates one;
 * {@code …/{id}} enters the sources (one per line, "description: numbers"), draws, and records the
 * verdicts. The same rules as {@link SpotCheckApi}.
 */
@Controller
class SpotCheckConsole {

    private static final String BASE = "/console/regulations/spot-checks";

    private final SpotChecks checks;
    private final CurrentStaff current;
    private final MessageSource messages;

    SpotCheckConsole(SpotChecks checks, CurrentStaff current, MessageSource messages) {
        this.checks = checks;
        this.current = current;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(Model model) {
        allowed();
        model.addAttribute("checks", checks.list());
        return "regulations/spotcheck-list";
    }

    @PostMapping(BASE)
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String sampleSize,
            RedirectAttributes redirect) {
        try {
            Integer size = sampleSize.strip().matches("\\d{1,6}") ? Integer.valueOf(sampleSize.strip()) : null;
            long id = checks.create(current.get(), title, size);
            return "redirect:" + BASE + "/" + id;
        }
        catch (GongkaiException e) {
            redirect.addFlashAttribute("error", describe(e));
            return "redirect:" + BASE;
        }
    }

    @GetMapping(BASE + "/{id}")
    String detail(@PathVariable long id, Model model) {
        allowed();
        SpotCheckView check = checks.view(id);
        model.addAttribute("check", check);
        model.addAttribute("sourceLines", String.join("\n", check.sources().stream()
                .map(s -> s.description() + ": " + String.join(" ", s.numbers().stream().map(String::valueOf).toList()))
                .toList()));
        return "regulations/spotcheck-detail";
    }

    @PostMapping(BASE + "/{id}/sources")
    String sources(@PathVariable long id, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String lines, RedirectAttributes redirect) {
        return act(id, redirect, () -> checks.setSources(current.get(), id, note, parse(lines)));
    }

    @PostMapping(BASE + "/{id}/draw")
    String draw(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> checks.draw(current.get(), id));
    }

    @PostMapping(BASE + "/{id}/sample/{order}")
    String judge(@PathVariable long id, @PathVariable int order, @RequestParam(defaultValue = "") String verdict,
            @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        Boolean correct = switch (verdict) {
            case "CORRECT" -> Boolean.TRUE;
            case "INCORRECT" -> Boolean.FALSE;
            default -> null;
        };
        return act(id, redirect, () -> checks.judge(current.get(), id, order, correct, note));
    }

    /** "description: 1 2 3" per line; a line without numbers is refused by the service. */
    static List<SpotChecks.SourceInput> parse(String lines) {
        List<SpotChecks.SourceInput> out = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
            String description = colon < 0 ? "" : line.substring(0, colon).strip();
            String numbers = colon < 0 ? line : line.substring(colon + 1);
            List<Long> parsed = new ArrayList<>();
            for (String n : numbers.strip().split("[\\s,，]+")) {
                if (!n.matches("\\d{1,12}")) {
                    throw GongkaiException.invalid("lines", "regulations.spotcheck.error.line", line.strip());
                }
                parsed.add(Long.valueOf(n));
            }
            out.add(new SpotChecks.SourceInput(description, parsed));
        }
        return out;
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", text("regulations.spotcheck.console.saved"));
        }
        catch (GongkaiException e) {
            redirect.addFlashAttribute("error", describe(e));
        }
        return "redirect:" + BASE + "/" + id;
    }

    private void allowed() {
        if (!checks.mayRun(current.get())) {
            throw GongkaiException.forbidden();
        }
    }

    private String describe(GongkaiException e) {
        if (e.fields().isEmpty()) {
            return text(e.messageKey(), e.args());
        }
        return String.join(" ", e.fields().stream().map(f -> text(f.messageKey(), f.args())).toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : Arrays.copyOf(args, args.length), key,
                LocaleContextHolder.getLocale());
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem spotCheckMenu() {
            return new ConsoleMenuItem(63, BASE, "regulations.spotcheck.menu", "SUPERVISOR");
        }
    }
}

package cn.gongkai.regulations.imports;

import java.io.IOException;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.regulations.DocumentType;
import jakarta.servlet.http.HttpServletResponse;

/** Staff console of the importer: upload, findings to confirm or strip, publication (roles: {@link Imports}). */
@Controller
class ImportConsole {

    private final Imports imports;
    private final CurrentStaff current;
    private final FormErrors errors;

    ImportConsole(Imports imports, CurrentStaff current, FormErrors errors) {
        this.imports = imports;
        this.current = current;
        this.errors = errors;
    }

    @GetMapping("/console/regulations/imports")
    String list(Model model) {
        StaffMember staff = current.get();
        model.addAttribute("imports", imports.ofOrgan(staff));
        model.addAttribute("mayImport", imports.mayEdit(staff, staff.organId()));
        model.addAttribute("types", DocumentType.values());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "regulations/imports-list";
    }

    @PostMapping("/console/regulations/imports")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String type,
            @RequestParam(required = false) String title, @RequestParam(required = false) String documentNumber,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            DocumentType t = null;
            if (type != null && !type.isBlank()) {
                try {
                    t = DocumentType.valueOf(type);
                }
                catch (IllegalArgumentException e) {
                    throw GongkaiException.invalid("type", "platform.error.fieldType");
                }
            }
            if (file == null || file.isEmpty()) {
                throw GongkaiException.invalid("file", "regulations.imports.error.empty");
            }
            ImportView view = imports.importFile(current.get(), file.getOriginalFilename(), file.getBytes(),
                    new ImportOverrides(t, title, documentNumber, null, null, null, null, null, null));
            redirect.addFlashAttribute("notice", "regulations.imports.detail.imported");
            return "redirect:/console/regulations/imports/" + view.id();
        }
        catch (GongkaiException e) {
            response.setStatus(e.status().value());
            Map<String, String> byField = new java.util.LinkedHashMap<>(errors.byField(e));
            String general = byField.remove(FormErrors.GENERAL);
            if (general != null) {
                byField.put("file", general); // a refusal of the file itself is shown beside the file field
            }
            model.addAttribute("errors", byField);
            model.addAttribute("title", title);
            model.addAttribute("documentNumber", documentNumber);
            model.addAttribute("type", type);
            return list(model);
        }
        catch (IOException e) {
            response.setStatus(400);
            model.addAttribute("errors", Map.of("file", errors.text("regulations.imports.error.unreadableUpload")));
            return list(model);
        }
    }

    @GetMapping("/console/regulations/imports/{id}")
    String detail(@PathVariable String id, Model model) {
        StaffMember staff = current.get();
        ImportView view = imports.get(staff, id);
        model.addAttribute("doc", view);
        model.addAttribute("mayEdit", "DRAFT".equals(view.state()) && imports.mayEdit(staff, staff.organId()));
        return "regulations/imports-detail";
    }

    @PostMapping("/console/regulations/imports/{id}/findings/{findingId}")
    String resolve(@PathVariable String id, @PathVariable long findingId, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) String replacement, RedirectAttributes redirect) {
        try {
            imports.resolve(current.get(), id, findingId, resolution, replacement);
            redirect.addFlashAttribute("notice", "regulations.imports.detail.resolved");
        }
        catch (GongkaiException e) {
            redirect.addFlashAttribute("problem", errors.summary(e));
        }
        return "redirect:/console/regulations/imports/" + id;
    }

    @PostMapping("/console/regulations/imports/{id}/publication")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        try {
            imports.publish(current.get(), id);
            redirect.addFlashAttribute("notice", "regulations.imports.detail.published");
        }
        catch (GongkaiException e) {
            redirect.addFlashAttribute("problem", errors.summary(e));
        }
        return "redirect:/console/regulations/imports/" + id;
    }

    @Configuration(proxyBeanMethods = false)
    static class Menu {

        @Bean
        ConsoleMenuItem regulationImportsMenu() {
            return new ConsoleMenuItem(40, "/console/regulations/imports", "regulations.imports.menu", null);
        }
    }
}

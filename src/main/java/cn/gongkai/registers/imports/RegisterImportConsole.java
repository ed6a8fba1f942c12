package cn.gongkai.registers.imports;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.registers.RegisterCatalog;
import cn.gongkai.registers.RegisterType;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Console of the bulk import: the upload form of a register (linked from its console page), and
 * an import's progress page, which reloads itself while the import runs in the background.
 */
@Controller
class RegisterImportConsole {

    private final RegisterImports imports;
    private final RegisterCatalog catalog;
    private final CurrentStaff current;
    private final FormErrors errors;

    RegisterImportConsole(RegisterImports imports, RegisterCatalog catalog, CurrentStaff current, FormErrors errors) {
        this.imports = imports;
        this.catalog = catalog;
        this.current = current;
        this.errors = errors;
    }

    @GetMapping("/console/registers/{code}/imports/new")
    String form(@PathVariable String code, Model model) {
        RegisterType type = catalog.required(code);
        StaffMember staff = current.get();
        model.addAttribute("type", type);
        model.addAttribute("imports", imports.recent(staff, code));
        model.addAttribute("maxMegabytes", imports.maxMegabytes());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "registers/imports-new";
    }

    @PostMapping("/console/registers/{code}/imports")
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(required = false) String encoding,
            @RequestParam(required = false) Boolean publish, Model model, HttpServletResponse response) {
        try {
            byte[] bytes = file == null || file.isEmpty() ? null : file.getBytes();
            long id = imports.startInBackground(current.get(), new ImportRequest(code, null,
                    file == null ? null : file.getOriginalFilename(), bytes, "valid-only".equals(mode),
                    publish == null ? Boolean.FALSE : publish, encoding, LocaleContextHolder.getLocale()));
            return "redirect:/console/registers/imports/" + id;
        }
        catch (GongkaiException e) {
            response.setStatus(e.status().value());
            Map<String, String> byField = new LinkedHashMap<>(errors.byField(e));
            String general = byField.remove(FormErrors.GENERAL);
            if (general != null) {
                byField.merge("file", general, (a, b) -> a + " " + b); // a refusal of the file is shown beside it
            }
            model.addAttribute("errors", byField);
            model.addAttribute("mode", mode);
            model.addAttribute("encoding", encoding);
            return form(code, model);
        }
        catch (IOException e) {
            response.setStatus(400);
            model.addAttribute("errors", Map.of("file", errors.text("registers.imports.error.unreadableUpload")));
            return form(code, model);
        }
    }

    @GetMapping("/console/registers/imports/{id}")
    String detail(@PathVariable long id, Model model) {
        RegisterImportStore.Stored stored = imports.stored(current.get(), id);
        model.addAttribute("run", stored);
        model.addAttribute("type", catalog.required(stored.registerCode()));
        model.addAttribute("report", RegisterImports.report(stored));
        model.addAttribute("running", "RUNNING".equals(stored.state()));
        return "registers/imports-detail";
    }
}

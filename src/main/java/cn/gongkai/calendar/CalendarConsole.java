package cn.gongkai.calendar;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.platform.GongkaiException;
import jakarta.servlet.http.HttpServletResponse;

/** Staff console: the known holiday years and the upload of a year's notice (administrators). */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarConsole {

    private final HolidayYears years;
    private final MessageSource messages;

    CalendarConsole(HolidayYears years, MessageSource messages) {
        this.years = years;
        this.messages = messages;
    }

    @GetMapping("/console/calendar")
    String list(Model model) {
        model.addAttribute("years", years.knownYears());
        return "calendar/year-list";
    }

    @PostMapping("/console/calendar/years")
    String upload(@RequestParam(required = false) String year, @RequestParam(required = false) MultipartFile file,
            Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response)
            throws IOException {
        try {
            int number = year != null && year.strip().matches("[0-9]{4}") ? Integer.parseInt(year.strip()) : -1;
            if (file == null || file.isEmpty()) {
                throw GongkaiException.invalid("file", "calendar.upload.error.empty");
            }
            if (file.getSize() > HolidayFiles.MAX_BYTES) {
                throw GongkaiException.invalid("file", "calendar.upload.error.tooLarge",
                        String.valueOf(HolidayFiles.MAX_BYTES / 1024));
            }
            HolidayYears.Uploaded done = years.upload(number,
                    HolidayFiles.Format.of(file.getContentType(), file.getOriginalFilename()), file.getBytes(),
                    file.getOriginalFilename(), user.getName());
            redirect.addFlashAttribute("uploaded", done);
            return "redirect:/console/calendar";
        }
        catch (GongkaiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("year", year);
            model.addAttribute("problems", problems(e));
            return list(model);
        }
    }

    private List<Map<String, String>> problems(GongkaiException e) {
        List<GongkaiException.FieldProblem> fields = e.fields().isEmpty()
                ? List.of(new GongkaiException.FieldProblem("file", e.messageKey(), e.args())) : e.fields();
        return fields.stream().map(f -> Map.of("field", f.field(), "message",
                messages.getMessage(f.messageKey(), f.args(), f.messageKey(), LocaleContextHolder.getLocale())))
                .toList();
    }
}

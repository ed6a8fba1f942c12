package cn.gongkai.requests.replies;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import jakarta.servlet.http.HttpServletResponse;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.console.StaffScope;
import cn.gongkai.requests.reports.RequestReports;

/** Staff edit their organ's reply-letter templates, one per reply class; empty restores the default. */
@Controller
class LetterTemplateConsole {

    private final CurrentStaff current;
    private final Organization organization;
    private final StaffScope scope;
    private final LetterTemplates templates;
    private final FormErrors errors;

    LetterTemplateConsole(CurrentStaff current, Organization organization, StaffScope scope,
            LetterTemplates templates, FormErrors errors) {
        this.current = current;
        this.organization = organization;
        this.scope = scope;
        this.templates = templates;
        this.errors = errors;
    }

    @GetMapping("/console/requests/templates")
    String list(@RequestParam(required = false) String organ, @RequestParam(required = false) String done,
            Model model) {
        return show(RequestReports.organ(organization, scope, current.get(), organ), Map.of(), null, null, done, model);
    }

    @PostMapping("/console/requests/templates")
    String save(@RequestParam String organ, @RequestParam String replyClass, @RequestParam(required = false) String body,
            Model model, HttpServletResponse response) {
        StaffMember staff = current.get();
        Organ o = RequestReports.organ(organization, scope, staff, organ);
        ReplyClass c;
        try {
            c = ReplyClass.valueOf(replyClass);
        }
        catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("replyClass", "requests.apply.error.choice", "ReplyClass");
        }
        try {
            templates.save(staff, o.getId(), c, body);
            return "redirect:/console/requests/templates?organ=" + o.getCode() + "&done=" + c.name();
        }
        catch (GongkaiException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            response.setStatus(e.status().value());
            return show(o, errors.byField(e), c, body, null, model);
        }
    }

    private String show(Organ organ, Map<String, String> errs, ReplyClass failed, String failedBody, String done,
            Model model) {
        Map<ReplyClass, String> bodies = new LinkedHashMap<>();
        Map<ReplyClass, Boolean> edited = new LinkedHashMap<>();
        for (ReplyClass c : ReplyClass.values()) {
            bodies.put(c, c == failed ? failedBody : templates.body(organ.getId(), c));
            edited.put(c, templates.isEdited(organ.getId(), c));
        }
        model.addAttribute("organ", organ);
        model.addAttribute("bodies", bodies);
        model.addAttribute("edited", edited);
        model.addAttribute("errors", errs);
        model.addAttribute("failed", failed);
        model.addAttribute("done", done);
        model.addAttribute("placeholders", LetterTemplates.PLACEHOLDERS.stream().sorted().toList());
        return "requests/console-templates";
    }
}

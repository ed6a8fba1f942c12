package cn.gongkai.publishing.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.publishing.Drafting;
import cn.gongkai.publishing.Publication;
import cn.gongkai.publishing.Reviewing;

/**
 * The workflow buttons of the console's record page. A refusal (gate, state, missing reason) comes
 * back to the record page as a message naming the rule, never as an error page.
 */
@Controller
class RecordActions {

    private final Drafting drafting;
    private final Reviewing reviewing;
    private final Publication publication;
    private final CurrentStaff current;
    private final RecordViews views;

    RecordActions(Drafting drafting, Reviewing reviewing, Publication publication, CurrentStaff current,
            RecordViews views) {
        this.drafting = drafting;
        this.reviewing = reviewing;
        this.publication = publication;
        this.current = current;
        this.views = views;
    }

    @PostMapping("/console/records/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.submitted", () -> drafting.submit(current.get(), id));
    }

    @PostMapping("/console/records/{id}/review")
    String review(@PathVariable long id, @RequestParam Reviewing.Decision decision,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirmPersonalData, RedirectAttributes redirect) {
        return attempt(id, redirect, decision == Reviewing.Decision.RETURN ? "publishing.console.returned"
                : "publishing.console.approved",
                () -> reviewing.review(current.get(), id, decision, reason, confirmPersonalData));
    }

    @PostMapping("/console/records/{id}/confirm-personal-data")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.confirmed",
                () -> reviewing.confirmPersonalData(current.get(), id));
    }

    @PostMapping("/console/records/{id}/publish")
    String publish(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes redirect) {
        return attempt(id, redirect, at == null ? "publishing.console.published" : "publishing.console.scheduled",
                () -> publication.publish(current.get(), id,
                        at == null ? null : at.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    }

    @PostMapping("/console/records/{id}/revise")
    String revise(@PathVariable long id, @RequestParam(required = false) String changeNote,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.revised",
                () -> publication.revise(current.get(), id, changeNote));
    }

    @PostMapping("/console/records/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.withdrawn",
                () -> publication.withdraw(current.get(), id, reason));
    }

    @PostMapping("/console/records/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.attached",
                () -> drafting.attach(current.get(), id, file == null ? null : file.getOriginalFilename(),
                        RecordFilesApi.bytes(file)));
    }

    @PostMapping("/console/records/{id}/attachments/{attachmentId}/delete")
    String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.detached",
                () -> drafting.detach(current.get(), id, attachmentId));
    }

    @PostMapping("/console/records/{id}/docx")
    String importDocx(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "publishing.console.imported", () -> drafting.importDocx(current.get(), id,
                new java.io.ByteArrayInputStream(RecordFilesApi.bytes(file))));
    }

    private String attempt(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", views.text(doneKey));
        }
        catch (GongkaiException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            StringBuilder text = new StringBuilder(views.text(e.messageKey(), e.args()));
            e.fields().forEach(f -> text.append(' ').append(f.field()).append(": ")
                    .append(views.text(f.messageKey(), f.args())));
            // the message names the rule in the UI language; the refusal's code is for the API, not for people
            redirect.addFlashAttribute("error", text.toString());
        }
        return "redirect:/console/records/" + id;
    }
}

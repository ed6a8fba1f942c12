package cn.gongkai.requests.console;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import jakarta.servlet.http.HttpServletResponse;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.LegalPersonKind;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.ReplyReason;
import cn.gongkai.requests.clock.ExcessiveRequests;
import cn.gongkai.requests.clock.Extensions;
import cn.gongkai.requests.dossier.Channel;
import cn.gongkai.requests.dossier.Delivery;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.IdentityDocument;
import cn.gongkai.requests.dossier.InformationForm;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.fees.Fees;
import cn.gongkai.requests.intake.ApplicationInput;
import cn.gongkai.requests.intake.RequestIntake;
import cn.gongkai.requests.intake.UploadCheck;
import cn.gongkai.requests.replies.Replies;
import cn.gongkai.requests.tracking.TrackingPages;

/**
 * The staff console of requests: the queue, registering a paper application, and one request's
 * page with a form for each step. Every step goes through the same services as the API; a refused
 * step shows the page again with the errors next to the form.
 */
@Controller
class RequestConsole {

    private final CurrentStaff current;
    private final RequestQueue queue;
    private final RequestDesk desk;
    private final RequestIntake intake;
    private final RequestHandling handling;
    private final Extensions extensions;
    private final Fees fees;
    private final Replies replies;
    private final StaffScope scope;
    private final Organization organization;
    private final FormErrors errors;
    private final RequestFiles files;
    private final ExcessiveRequests excessive;

    RequestConsole(CurrentStaff current, RequestQueue queue, RequestDesk desk, RequestIntake intake,
            RequestHandling handling, Extensions extensions, Fees fees, Replies replies, StaffScope scope,
            Organization organization, FormErrors errors, RequestFiles files, ExcessiveRequests excessive) {
        this.current = current;
        this.queue = queue;
        this.desk = desk;
        this.intake = intake;
        this.handling = handling;
        this.extensions = extensions;
        this.fees = fees;
        this.replies = replies;
        this.scope = scope;
        this.organization = organization;
        this.errors = errors;
        this.files = files;
        this.excessive = excessive;
    }

    @PostMapping("/console/requests/{id}/reasons-request")
    String askReasons(@PathVariable long id, @RequestParam(required = false) String reasonsText, Model model,
            HttpServletResponse response) {
        return step(id, "reasons-request", model, response, () -> excessive.askReasons(current.get(), id, reasonsText));
    }

    @PostMapping("/console/requests/{id}/deferral")
    String defer(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deferredUntil,
            @RequestParam(required = false) String deferralReason, Model model, HttpServletResponse response) {
        return step(id, "deferral", model, response,
                () -> excessive.defer(current.get(), id, deferredUntil, deferralReason));
    }

    @Bean
    static ConsoleMenuItem requestsMenu() {
        return new ConsoleMenuItem(300, "/console/requests", "requests.menu.queue", "REQUEST_HANDLER");
    }

    @GetMapping("/console/requests")
    String list(@RequestParam(required = false) String organ, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) Integer page,
            Model model) {
        StaffMember staff = current.get();
        RequestQueue.Filter filter = new RequestQueue.Filter(organ, state, mine, page);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queue.list(staff, filter));
        model.addAttribute("organs", scope.visibleOrganList(staff));
        model.addAttribute("states", RequestState.values());
        return "requests/console-queue";
    }

    @GetMapping("/console/requests/new")
    String registerForm(Model model) {
        return register(model, null, Map.of(), null, null);
    }

    @PostMapping("/console/requests/new")
    String register(@ModelAttribute ApplicationInput input, @RequestParam(required = false) String channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate channelDate,
            Model model, HttpServletResponse response) {
        try {
            RequestIntake.Receipt receipt = intake.register(current.get(), input, channel, channelDate);
            return "redirect:/console/requests/" + receipt.id() + "?done=registered";
        }
        catch (GongkaiException e) {
            response.setStatus(e.status().value());
            return register(model, input, errors.byField(e), channel, channelDate);
        }
    }

    private String register(Model model, ApplicationInput input, Map<String, String> errs, String channel,
            LocalDate channelDate) {
        StaffMember staff = current.get();
        List<cn.gongkai.organization.Organ> organs = scope.visibleOrganList(staff).stream()
                .filter(o -> organization.may(staff, Role.REQUEST_HANDLER, o.getId())).toList();
        model.addAttribute("organs", organs);
        model.addAttribute("input", input != null ? input : new ApplicationInput("NATURAL_PERSON", null, null, null,
                null, null, null, null, organs.isEmpty() ? null : organs.get(0).getCode(), null, "PAPER", "POST",
                null, null, IdentityDocument.RESIDENT_ID.name()));
        model.addAttribute("idDocuments", IdentityDocument.values());
        model.addAttribute("channel", channel);
        model.addAttribute("channelDate", channelDate);
        model.addAttribute("errors", errs);
        model.addAttribute("channels", List.of(Channel.IN_PERSON, Channel.POST, Channel.LETTER, Channel.FAX));
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("kinds", LegalPersonKind.values());
        model.addAttribute("forms", InformationForm.values());
        model.addAttribute("deliveries", Delivery.values());
        return "requests/console-register";
    }

    @GetMapping("/console/requests/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return show(id, Map.of(), null, model);
    }

    private String show(long id, Map<String, String> errs, String failedAction, Model model) {
        StaffMember staff = current.get();
        StaffRequestView view = desk.view(staff, id);
        model.addAttribute("view", view);
        model.addAttribute("errors", errs);
        model.addAttribute("failedAction", failedAction);
        model.addAttribute("replyClasses", ReplyClass.values());
        model.addAttribute("reasons", ReplyReason.values());
        model.addAttribute("handlers", organization.staffWith(Role.REQUEST_HANDLER,
                organization.organByCode(view.organ()).orElseThrow().getId()));
        model.addAttribute("mayApprove", organization.may(staff, Role.OFFICE_REVIEWER,
                organization.organByCode(view.organ()).orElseThrow().getId())
                || organization.may(staff, Role.SUPERVISOR, organization.organByCode(view.organ()).orElseThrow().getId()));
        return "requests/console-detail";
    }

    /** Runs one step; on refusal shows the page again with the errors. */
    private String step(long id, String action, Model model, HttpServletResponse response, Runnable act) {
        try {
            act.run();
            return "redirect:/console/requests/" + id + "?done=" + action;
        }
        catch (GongkaiException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            response.setStatus(e.status().value());
            return show(id, errors.byField(e), action, model);
        }
    }

    @PostMapping("/console/requests/{id}/assignment")
    String assign(@PathVariable long id, @RequestParam(required = false) Long handlerId, Model model,
            HttpServletResponse response) {
        return step(id, "assignment", model, response, () -> {
            if (handlerId == null) {
                throw GongkaiException.invalid("handler", "requests.apply.error.required");
            }
            handling.assign(current.get(), id, handlerId);
        });
    }

    @PostMapping("/console/requests/{id}/correction-notice")
    String askCorrection(@PathVariable long id, @RequestParam(required = false) String correctionItems,
            @RequestParam(required = false) Integer correctionDays, Model model, HttpServletResponse response) {
        return step(id, "correction-notice", model, response,
                () -> handling.askCorrection(current.get(), id, correctionItems, correctionDays));
    }

    @PostMapping("/console/requests/{id}/correction")
    String corrected(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate correctedOn,
            @RequestParam(required = false) String description, Model model, HttpServletResponse response) {
        return step(id, "correction", model, response,
                () -> handling.registerCorrection(current.get(), id, correctedOn, description));
    }

    @PostMapping("/console/requests/{id}/consultations")
    String consult(@PathVariable long id, @RequestParam(required = false) String consultationKind,
            @RequestParam(required = false) String party,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentOn,
            Model model, HttpServletResponse response) {
        return step(id, "consultation", model, response,
                () -> handling.startConsultation(current.get(), id, consultationKind, party, sentOn));
    }

    @PostMapping("/console/requests/{id}/consultations/{consultationId}/end")
    String endConsultation(@PathVariable long id, @PathVariable long consultationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answeredOn,
            @RequestParam(defaultValue = "true") boolean answered, Model model, HttpServletResponse response) {
        return step(id, "consultation-end", model, response,
                () -> handling.endConsultation(current.get(), id, consultationId, answeredOn, answered));
    }

    @PostMapping("/console/requests/{id}/extension")
    String proposeExtension(@PathVariable long id, @RequestParam(required = false) Integer extensionDays,
            @RequestParam(required = false) String extensionReason, Model model, HttpServletResponse response) {
        return step(id, "extension", model, response,
                () -> extensions.propose(current.get(), id, extensionDays, extensionReason));
    }

    @PostMapping("/console/requests/{id}/extension/approval")
    String approveExtension(@PathVariable long id, Model model, HttpServletResponse response) {
        return step(id, "extension-approval", model, response, () -> extensions.approve(current.get(), id));
    }

    @PostMapping("/console/requests/{id}/fee-notice")
    String feeNotice(@PathVariable long id, @RequestParam(required = false) String feeBasis,
            @RequestParam(required = false) Integer pages, Model model, HttpServletResponse response) {
        return step(id, "fee-notice", model, response, () -> fees.notice(current.get(), id, feeBasis, pages));
    }

    @PostMapping("/console/requests/{id}/fee-payment")
    String feePaid(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            Model model, HttpServletResponse response) {
        return step(id, "fee-payment", model, response, () -> fees.paid(current.get(), id, paidOn));
    }

    @PostMapping("/console/requests/{id}/closure")
    String close(@PathVariable long id, @RequestParam(required = false) String closeReason, Model model,
            HttpServletResponse response) {
        return step(id, "closure", model, response, () -> handling.close(current.get(), id, closeReason));
    }

    @PostMapping("/console/requests/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String replyClass,
            @RequestParam(required = false) String replyReason, @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String replyText,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> attachments, Model model,
            HttpServletResponse response) throws IOException {
        List<UploadCheck.Upload> uploads = StaffRequestApi.uploads(attachments);
        return step(id, "reply", model, response, () -> replies.reply(current.get(), id,
                new Replies.Command(replyClass, replyReason, legalBasis, replyText), uploads));
    }

    @GetMapping("/console/requests/{id}/files/{fileId}")
    org.springframework.http.ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        DisclosureRequest r = desk.visible(current.get(), id);
        return TrackingPages.download(files.findById(fileId).filter(f -> f.getRequestId().equals(r.getId()))
                .orElseThrow(() -> GongkaiException.notFound("file", fileId)));
    }
}

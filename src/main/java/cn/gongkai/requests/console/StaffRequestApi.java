package cn.gongkai.requests.console;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.platform.GongkaiException;
import io.swagger.v3.oas.annotations.Operation;
import cn.gongkai.requests.clock.ExcessiveRequests;
import cn.gongkai.requests.clock.Extensions;
import cn.gongkai.requests.fees.Fees;
import cn.gongkai.requests.intake.ApplicationInput;
import cn.gongkai.requests.intake.RequestIntake;
import cn.gongkai.requests.intake.UploadCheck;
import cn.gongkai.requests.replies.Replies;
import cn.gongkai.requests.tracking.TrackingPages;

/**
 * The staff JSON API of disclosure requests (bearer token): the queue, one request, and every step
 * of the procedure. Thin: maps, delegates, and lets the services check scope and audit.
 */
@RestController
class StaffRequestApi {

    private final CurrentStaff current;
    private final RequestQueue queue;
    private final RequestDesk desk;
    private final RequestIntake intake;
    private final RequestHandling handling;
    private final Extensions extensions;
    private final Fees fees;
    private final Replies replies;
    private final ExcessiveRequests excessive;

    StaffRequestApi(CurrentStaff current, RequestQueue queue, RequestDesk desk, RequestIntake intake,
            RequestHandling handling, Extensions extensions, Fees fees, Replies replies, ExcessiveRequests excessive) {
        this.current = current;
        this.queue = queue;
        this.desk = desk;
        this.intake = intake;
        this.handling = handling;
        this.extensions = extensions;
        this.fees = fees;
        this.replies = replies;
        this.excessive = excessive;
    }

    @Operation(summary = "Ask the applicant for the reasons of a request")
    @PostMapping("/api/v1/requests/{id}/reasons-request")
    StaffRequestView askReasons(@PathVariable long id, @RequestBody ReasonsRequest body) {
        excessive.askReasons(current.get(), id, body.text());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Defer a request")
    @PostMapping("/api/v1/requests/{id}/deferral")
    StaffRequestView defer(@PathVariable long id, @RequestBody Deferral body) {
        excessive.defer(current.get(), id, body.until(), body.reason());
        return desk.view(current.get(), id);
    }

    record Registration(ApplicationInput application, String channel, LocalDate channelDate) {
    }

    record CorrectionNotice(String items, Integer days) {
    }

    record Correction(LocalDate receivedOn, String description) {
    }

    record ConsultationStart(String kind, String party, LocalDate sentOn) {
    }

    record ConsultationEnd(LocalDate on, boolean answered) {
    }

    record ExtensionProposal(Integer days, String reason) {
    }

    record FeeNotice(String basis, Integer pages) {
    }

    record FeePayment(LocalDate paidOn) {
    }

    record Closure(String reason) {
    }

    record Assignment(Long handlerId) {
    }

    record ReasonsRequest(String text) {
    }

    record Deferral(LocalDate until, String reason) {
    }

    @Operation(summary = "Request queue of the organs the caller sees")
    @GetMapping("/api/v1/requests")
    RequestQueue.Result list(@RequestParam(required = false) String organ,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer page) {
        return queue.list(current.get(), new RequestQueue.Filter(organ, state, mine, page));
    }

    @Operation(summary = "A request as staff see it")
    @GetMapping("/api/v1/requests/{id}")
    StaffRequestView one(@PathVariable long id) {
        return desk.view(current.get(), id);
    }

    @Operation(summary = "A file of the request: its letter, fee notice or a disclosed file")
    @GetMapping("/api/v1/requests/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return TrackingPages.download(desk.file(current.get(), id, fileId));
    }

    @Operation(summary = "Register a request received by letter, fax or in person")
    @PostMapping("/api/v1/requests")
    ResponseEntity<StaffRequestView> register(@RequestBody Registration body) {
        if (body.application() == null) {
            throw GongkaiException.invalid("application", "requests.apply.error.required");
        }
        RequestIntake.Receipt receipt = intake.register(current.get(), body.application(), body.channel(),
                body.channelDate());
        return ResponseEntity.created(URI.create("/api/v1/requests/" + receipt.id()))
                .body(desk.view(current.get(), receipt.id()));
    }

    @Operation(summary = "Ask the applicant to correct a request")
    @PostMapping("/api/v1/requests/{id}/correction-notice")
    StaffRequestView askCorrection(@PathVariable long id, @RequestBody CorrectionNotice body) {
        handling.askCorrection(current.get(), id, body.items(), body.days());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Record the correction received from the applicant")
    @PostMapping("/api/v1/requests/{id}/correction")
    StaffRequestView corrected(@PathVariable long id, @RequestBody Correction body) {
        handling.registerCorrection(current.get(), id, body.receivedOn(), body.description());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Start a consultation of a third party or organ")
    @PostMapping("/api/v1/requests/{id}/consultations")
    StaffRequestView consult(@PathVariable long id, @RequestBody ConsultationStart body) {
        handling.startConsultation(current.get(), id, body.kind(), body.party(), body.sentOn());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "End a consultation")
    @PostMapping("/api/v1/requests/{id}/consultations/{consultationId}/end")
    StaffRequestView endConsultation(@PathVariable long id, @PathVariable long consultationId,
            @RequestBody ConsultationEnd body) {
        handling.endConsultation(current.get(), id, consultationId, body.on(), body.answered());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Propose an extension of the reply period")
    @PostMapping("/api/v1/requests/{id}/extension")
    StaffRequestView proposeExtension(@PathVariable long id, @RequestBody ExtensionProposal body) {
        extensions.propose(current.get(), id, body.days(), body.reason());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Approve the proposed extension")
    @PostMapping("/api/v1/requests/{id}/extension/approval")
    StaffRequestView approveExtension(@PathVariable long id) {
        extensions.approve(current.get(), id);
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Send a fee notice")
    @PostMapping("/api/v1/requests/{id}/fee-notice")
    StaffRequestView feeNotice(@PathVariable long id, @RequestBody FeeNotice body) {
        fees.notice(current.get(), id, body.basis(), body.pages());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Record the payment of the fee")
    @PostMapping("/api/v1/requests/{id}/fee-payment")
    StaffRequestView feePaid(@PathVariable long id, @RequestBody FeePayment body) {
        fees.paid(current.get(), id, body.paidOn());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Close a request without a reply")
    @PostMapping("/api/v1/requests/{id}/closure")
    StaffRequestView close(@PathVariable long id, @RequestBody Closure body) {
        handling.close(current.get(), id, body.reason());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Assign a request to a staff member")
    @PostMapping("/api/v1/requests/{id}/assignment")
    StaffRequestView assign(@PathVariable long id, @RequestBody Assignment body) {
        if (body.handlerId() == null) {
            throw GongkaiException.invalid("handler", "requests.apply.error.required");
        }
        handling.assign(current.get(), id, body.handlerId());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Reply to a request (JSON)")
    @PostMapping(path = "/api/v1/requests/{id}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
    StaffRequestView reply(@PathVariable long id, @RequestBody Replies.Command body) {
        replies.reply(current.get(), id, body, List.of());
        return desk.view(current.get(), id);
    }

    @Operation(summary = "Reply to a request with attached files (multipart)")
    @PostMapping(path = "/api/v1/requests/{id}/reply", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    StaffRequestView replyWithFiles(@PathVariable long id, @RequestParam String replyClass,
            @RequestParam(required = false) String replyReason, @RequestParam(required = false) String legalBasis,
            @RequestParam(required = false) String replyText,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> attachments) throws IOException {
        replies.reply(current.get(), id, new Replies.Command(replyClass, replyReason, legalBasis, replyText),
                uploads(attachments));
        return desk.view(current.get(), id);
    }

    static List<UploadCheck.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<UploadCheck.Upload> out = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                out.add(new UploadCheck.Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        return out;
    }
}

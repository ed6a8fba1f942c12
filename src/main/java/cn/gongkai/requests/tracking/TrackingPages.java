package cn.gongkai.requests.tracking;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.RateLimits;
import cn.gongkai.platform.AntiRobot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.gongkai.requests.clock.ExcessiveRequests;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.dossier.TrackingCode;
import cn.gongkai.requests.intake.PublicRequestApi;

/**
 * The public tracking page ({@code /requests/track/{code}}): state, receipt and due dates with the
 * explanation, pauses and notices, the reply letter and disclosed files; the correction form while
 * a correction is asked. Never the applicant's personal data. Look-ups are rate-limited.
 */
@Controller
public class TrackingPages {

    private final RequestLookup lookup;
    private final RequestHandling handling;
    private final RequestFiles files;
    private final AntiRobot antiRobot;
    private final RateLimits limits;
    private final FormErrors errors;
    private final PublicRequestApi api;
    private final ExcessiveRequests excessive;

    public TrackingPages(RequestLookup lookup, RequestHandling handling, RequestFiles files, AntiRobot antiRobot,
            RateLimits limits, FormErrors errors, PublicRequestApi api, ExcessiveRequests excessive) {
        this.excessive = excessive;
        this.lookup = lookup;
        this.handling = handling;
        this.files = files;
        this.antiRobot = antiRobot;
        this.limits = limits;
        this.errors = errors;
        this.api = api;
    }

    @GetMapping("/requests/track")
    String find(@RequestParam(required = false) String code, Model model, HttpServletRequest http,
            HttpServletResponse response) {
        if (code == null) {
            return "requests/track-form";
        }
        return TrackingCode.parse(code).map(c -> "redirect:/requests/track/" + c.value()).orElseGet(() -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
            model.addAttribute("notFound", true);
            return "requests/track-form";
        });
    }

    @GetMapping("/requests/track/{code}")
    String view(@PathVariable String code, Model model, HttpServletRequest http, HttpServletResponse response) {
        limits.enforce(PublicRequestApi.TRACK, http, response);
        try {
            return show(lookup.publicView(code), null, model);
        }
        catch (GongkaiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
            model.addAttribute("notFound", true);
            return "requests/track-form";
        }
    }

    @PostMapping("/requests/track/{code}/correction")
    String correct(@PathVariable String code, @RequestParam(required = false) String description,
            @RequestParam(required = false) String challengeToken,
            @RequestParam(required = false) String challengeAnswer, Model model, HttpServletRequest http,
            HttpServletResponse response) {
        return act(code, description, model, http, response,
                () -> handling.correctOnline(code, description, challengeToken, challengeAnswer));
    }

    /** Art. 35: the applicant states the reasons for the number or frequency of the requests. */
    @PostMapping("/requests/track/{code}/reasons")
    String reasons(@PathVariable String code, @RequestParam(required = false) String reasons,
            @RequestParam(required = false) String challengeToken,
            @RequestParam(required = false) String challengeAnswer, Model model, HttpServletRequest http,
            HttpServletResponse response) {
        model.addAttribute("reasons", reasons);
        return act(code, null, model, http, response,
                () -> excessive.answerReasons(code, reasons, challengeToken, challengeAnswer));
    }

    /**
     * One act of the applicant on the tracking page (correction, reasons), rate-limited like an
     * application; a refusal shows the page again with the errors beside the fields and the input kept.
     */
    private String act(String code, String description, Model model, HttpServletRequest http,
            HttpServletResponse response, Runnable act) {
        PublicRequestView view = lookup.publicView(code);
        Duration wait = limits.take(PublicRequestApi.APPLY, http.getRemoteAddr());
        try {
            if (!wait.isZero()) {
                response.setHeader("Retry-After", String.valueOf(RateLimits.retryAfterSeconds(wait)));
                throw new GongkaiException(HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED", "requests.error.rateLimited",
                        String.valueOf(RateLimits.retryAfterSeconds(wait)));
            }
            act.run();
            return "redirect:/requests/track/" + TrackingCode.parse(code).orElseThrow().value();
        }
        catch (GongkaiException e) {
            response.setStatus(e.status().value());
            model.addAttribute("errors", errors.byField(e));
            return show(view, description, model);
        }
    }

    @GetMapping("/requests/track/{code}/fee-notice.pdf")
    ResponseEntity<byte[]> feeNotice(@PathVariable String code) {
        DisclosureRequest r = lookup.byCode(code);
        return download(files.findByRequestIdAndPurposeOrderByIdAsc(r.getId(), RequestFile.Purpose.FEE_NOTICE)
                .stream().reduce((a, b) -> b).orElseThrow(() -> GongkaiException.notFound("fee notice", code)));
    }

    @GetMapping("/requests/track/{code}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable String code, HttpServletRequest http, HttpServletResponse response) {
        limits.enforce(PublicRequestApi.TRACK, http, response);
        DisclosureRequest r = lookup.byCode(code);
        RequestFile f = files.letter(r.getId()).orElseThrow(() -> GongkaiException.notFound("letter", code));
        return download(f);
    }

    @GetMapping("/requests/track/{code}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable long fileId, HttpServletRequest http,
            HttpServletResponse response) {
        limits.enforce(PublicRequestApi.TRACK, http, response);
        DisclosureRequest r = lookup.byCode(code);
        RequestFile f = files.findById(fileId)
                .filter(x -> x.getRequestId().equals(r.getId()) && x.getPurpose() == RequestFile.Purpose.ATTACHMENT
                        && r.getState() == RequestState.REPLIED)
                .orElseThrow(() -> GongkaiException.notFound("file", fileId));
        return download(f);
    }

    public static ResponseEntity<byte[]> download(RequestFile f) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.getFilename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.getContentType())).body(f.getContent());
    }

    private String show(PublicRequestView view, String description, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("requested", lookup.requested(view.trackingCode()));
        model.addAttribute("description", description);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (antiRobot.enabled() && ("AWAITING_CORRECTION".equals(view.state()) || view.reasonsRequested())) {
            AntiRobot.Challenge c = antiRobot.challenge();
            model.addAttribute("challengeToken", c.token());
            model.addAttribute("challengeQuestion", api.question(c));
        }
        return "requests/track-view";
    }
}

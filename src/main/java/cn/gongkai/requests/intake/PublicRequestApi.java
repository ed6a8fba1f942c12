package cn.gongkai.requests.intake;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.RateLimits;
import cn.gongkai.platform.AntiRobot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.Operation;
import cn.gongkai.requests.clock.DueExplainer;
import cn.gongkai.requests.clock.ExcessiveRequests;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.tracking.PublicRequestView;
import cn.gongkai.requests.tracking.RequestLookup;

/**
 * The public JSON API of disclosure requests (contract kept stable): apply, follow by tracking
 * code, send a correction, and fetch an anti-robot challenge. Answers never carry the applicant's
 * personal data. Rate-limited per client address (429 with Retry-After).
 */
@RestController
public class PublicRequestApi {

    private final RequestIntake intake;
    private final RequestLookup lookup;
    private final RequestHandling handling;
    /** The rate limit of applications and corrections ({@code gongkai.rate-limits.limits.apply}). */
    public static final String APPLY = "apply";
    /** The rate limit of every look-up by tracking code: page, API, receipt, letter, files. */
    public static final String TRACK = "track";

    private final AntiRobot antiRobot;
    private final RateLimits limits;
    private final DueExplainer explainer;
    private final MessageSource messages;
    private final ExcessiveRequests excessive;

    public PublicRequestApi(RequestIntake intake, RequestLookup lookup, RequestHandling handling, AntiRobot antiRobot,
            RateLimits limits, DueExplainer explainer, MessageSource messages, ExcessiveRequests excessive) {
        this.excessive = excessive;
        this.intake = intake;
        this.lookup = lookup;
        this.handling = handling;
        this.antiRobot = antiRobot;
        this.limits = limits;
        this.explainer = explainer;
        this.messages = messages;
    }

    /** The answer to a successful application. */
    public record Created(String trackingCode, LocalDate receivedOn, LocalDate dueOn, String dueStatus,
            List<String> dueExplanation, String receiptRule, String trackingUrl, boolean dueProvisional) {
    }

    public record Challenge(boolean enabled, String token, String question) {
    }

    public record CorrectionInput(String description, String challengeToken, String challengeAnswer) {
    }

    @Operation(summary = "Anti-robot challenge for the request form")
    @GetMapping("/api/v1/public/requests/challenge")
    Challenge challenge() {
        if (!antiRobot.enabled()) {
            return new Challenge(false, null, null);
        }
        AntiRobot.Challenge c = antiRobot.challenge();
        return new Challenge(true, c.token(), question(c));
    }

    @Operation(summary = "Apply for government information (online request)")
    @PostMapping("/api/v1/public/requests")
    ResponseEntity<Created> apply(@RequestBody(required = false) ApplicationInput input, HttpServletRequest http,
            HttpServletResponse response) {
        limits.enforce(APPLY, "requests.error.rateLimited", http, response);
        if (input == null) {
            throw GongkaiException.invalid("body", "requests.apply.error.body");
        }
        RequestIntake.Receipt receipt = intake.applyOnline(input, http.getRemoteAddr());
        String url = "/requests/track/" + receipt.code().value();
        return ResponseEntity.created(URI.create("/api/v1/public/requests/" + receipt.code().value()))
                .body(new Created(receipt.code().display(), receipt.receivedOn(), receipt.due().date(),
                        receipt.due().status().name(), explainer.lines(receipt.due(), false),
                        receiptRule(receipt), url, receipt.due().provisional()));
    }

    @Operation(summary = "Track a request by its tracking code")
    @GetMapping("/api/v1/public/requests/{code}")
    PublicRequestView track(@PathVariable String code, HttpServletRequest http, HttpServletResponse response) {
        limits.enforce(TRACK, http, response);
        return lookup.publicView(code);
    }

    @Operation(summary = "Send the correction a request was returned for")
    @PostMapping("/api/v1/public/requests/{code}/correction")
    PublicRequestView correct(@PathVariable String code, @RequestBody(required = false) CorrectionInput input,
            HttpServletRequest http, HttpServletResponse response) {
        limits.enforce(APPLY, "requests.error.rateLimited", http, response);
        if (input == null) {
            throw GongkaiException.invalid("body", "requests.apply.error.body");
        }
        handling.correctOnline(code, input.description(), input.challengeToken(), input.challengeAnswer());
        return lookup.publicView(code);
    }

    /** Art. 35: the applicant's reasons for the number or frequency of the requests. */
    @Operation(summary = "Answer a request for the reasons of many or repeated applications (Regulations art. 35)")
    @PostMapping("/api/v1/public/requests/{code}/reasons")
    PublicRequestView reasons(@PathVariable String code, @RequestBody(required = false) ReasonsInput input,
            HttpServletRequest http, HttpServletResponse response) {
        limits.enforce(APPLY, "requests.error.rateLimited", http, response);
        if (input == null) {
            throw GongkaiException.invalid("body", "requests.apply.error.body");
        }
        lookup.byCode(code);
        excessive.answerReasons(code, input.reasons(), input.challengeToken(), input.challengeAnswer());
        return lookup.publicView(code);
    }

    public record ReasonsInput(String reasons, String challengeToken, String challengeAnswer) {
    }

    String receiptRule(RequestIntake.Receipt receipt) {
        String key = receipt.receivedOn().equals(receipt.submittedOn()) ? "requests.receipt.ruleSameDay"
                : "requests.receipt.ruleNextWorkingDay";
        return messages.getMessage(key, new Object[] { receipt.submittedOn().toString(),
                receipt.receivedOn().toString() }, LocaleContextHolder.getLocale());
    }

    public String question(AntiRobot.Challenge c) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("requests.challenge.question", new Object[] { String.valueOf(c.a()),
                String.valueOf(c.b()), c.questionZh() }, locale);
    }
}

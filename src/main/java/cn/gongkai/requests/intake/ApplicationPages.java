package cn.gongkai.requests.intake;

import java.time.Duration;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.platform.FormErrors;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.RateLimits;
import cn.gongkai.platform.AntiRobot;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.LegalPersonKind;
import cn.gongkai.requests.dossier.Delivery;
import cn.gongkai.requests.dossier.IdentityDocument;
import cn.gongkai.requests.dossier.InformationForm;
import cn.gongkai.requests.tracking.PublicRequestView;
import cn.gongkai.requests.tracking.RequestLookup;

/**
 * The application form on every organ's site ({@code /sites/{organ}/requests/new}; the SAT's also at
 * {@code /requests/new}) and the receipt page. Works without JavaScript; a refused application is
 * shown again with everything typed and the errors linked to their fields, never lost.
 */
@Controller
class ApplicationPages {

    private final Organization organization;
    private final RequestIntake intake;
    private final RequestLookup lookup;
    private final AntiRobot antiRobot;
    private final RateLimits limits;
    private final FormErrors errors;
    private final PublicRequestApi api;

    ApplicationPages(Organization organization, RequestIntake intake, RequestLookup lookup, AntiRobot antiRobot,
            RateLimits limits, FormErrors errors, PublicRequestApi api) {
        this.organization = organization;
        this.intake = intake;
        this.lookup = lookup;
        this.antiRobot = antiRobot;
        this.limits = limits;
        this.errors = errors;
        this.api = api;
    }

    @GetMapping("/requests/new")
    String satForm(Model model) {
        return form(organization.sat(), empty(organization.sat()), model);
    }

    @GetMapping("/sites/{organCode}/requests/new")
    String form(@PathVariable String organCode, Model model) {
        Organ organ = organ(organCode);
        return form(organ, empty(organ), model);
    }

    @PostMapping({ "/sites/{organCode}/requests", "/sites/{organCode}/requests/new" })
    String apply(@PathVariable String organCode, @ModelAttribute ApplicationInput input, Model model,
            HttpServletRequest http, HttpServletResponse response) {
        Organ organ = organ(organCode);
        ApplicationInput in = input.forOrgan(organ.getCode());
        Duration wait = limits.take(PublicRequestApi.APPLY, http.getRemoteAddr());
        if (!wait.isZero()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(RateLimits.retryAfterSeconds(wait)));
            model.addAttribute("errors", java.util.Map.of(FormErrors.GENERAL, errors.text("requests.error.rateLimited",
                    String.valueOf(RateLimits.retryAfterSeconds(wait)))));
            return form(organ, in, model);
        }
        try {
            RequestIntake.Receipt receipt = intake.applyOnline(in, http.getRemoteAddr());
            return "redirect:/requests/receipt/" + receipt.code().value();
        }
        catch (GongkaiException e) {
            if (e.fields().isEmpty()) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("errors", errors.byField(e));
            boolean challengeOk = e.fields().stream().noneMatch(f -> f.field().equals("challengeAnswer"));
            return form(organ, challengeOk ? in : in.withoutChallenge(), model);
        }
    }

    @PostMapping("/requests/new")
    String applySat(@ModelAttribute ApplicationInput input, Model model, HttpServletRequest http,
            HttpServletResponse response) {
        return apply(organization.sat().getCode(), input, model, http, response);
    }

    @GetMapping("/requests/receipt/{code}")
    String receipt(@PathVariable String code, Model model, HttpServletRequest http, HttpServletResponse response) {
        limits.enforce(PublicRequestApi.TRACK, http, response);
        PublicRequestView view = lookup.publicView(code);
        model.addAttribute("view", view);
        model.addAttribute("requested", lookup.requested(code));
        model.addAttribute("submittedOn", view.events().isEmpty() ? view.receivedOn() : view.events().get(0).date());
        return "requests/application-receipt";
    }

    private String form(Organ organ, ApplicationInput input, Model model) {
        model.addAttribute("organ", organ);
        model.addAttribute("input", input);
        model.addAttribute("action", "/sites/" + organ.getCode() + "/requests");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", java.util.Map.of());
        }
        if (antiRobot.enabled()) {
            if (input.challengeToken() == null) {
                AntiRobot.Challenge c = antiRobot.challenge();
                model.addAttribute("challengeToken", c.token());
                model.addAttribute("challengeQuestion", api.question(c));
            }
            else {
                model.addAttribute("challengeToken", input.challengeToken());
                model.addAttribute("challengeQuestion", null);
            }
        }
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("kinds", LegalPersonKind.values());
        model.addAttribute("idDocuments", IdentityDocument.values());
        model.addAttribute("forms", InformationForm.values());
        model.addAttribute("deliveries", Delivery.values());
        return "requests/application-form";
    }

    private Organ organ(String code) {
        return organization.organByCode(code).orElseThrow(() -> GongkaiException.notFound("organ", code));
    }

    private static ApplicationInput empty(Organ organ) {
        return new ApplicationInput("NATURAL_PERSON", null, null, null, null, null, null, null, organ.getCode(), null,
                "ELECTRONIC", "ONLINE", null, null, IdentityDocument.RESIDENT_ID.name());
    }
}

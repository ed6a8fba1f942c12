package cn.gongkai.platform;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one error page of the site (templates/platform/error.html in the layout of the site asked
 * for): a {@link GongkaiException} thrown by any page controller, and — through
 * {@link ServletErrors} — every error the container answers (unknown address, server error).
 * JSON APIs answer problem documents instead ({@link ApiErrors}).
 */
@Service
public class ErrorPages {

    private final FormErrors text;
    private final SiteIdentity site;
    private final List<ErrorPageModel> decorators;

    ErrorPages(FormErrors text, SiteIdentity site, List<ErrorPageModel> decorators) {
        this.text = text;
        this.site = site;
        this.decorators = decorators;
    }

    /** Fills the model of the error page for {@code path} and sets the status; returns the view. */
    public String render(HttpStatus status, String message, String path, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(status.value());
        response.setContentType("text/html;charset=UTF-8");
        // @ModelAttribute methods do not run for exception handlers and error dispatches
        model.addAttribute("site", site);
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        decorators.forEach(d -> d.decorate(request, path, model));
        return "platform/error";
    }

    /** The error page of a refusal: its reason or, for field problems, each field's. */
    public String refused(GongkaiException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return render(e.status(), text.summary(e), request.getRequestURI(), model, request, response);
    }

    /** Renders a refusal thrown by a page controller (API controllers: {@link ApiErrors}, first in order). */
    @ControllerAdvice(annotations = Controller.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class Refusals {

        private final ErrorPages pages;

        Refusals(ErrorPages pages) {
            this.pages = pages;
        }

        @ExceptionHandler(GongkaiException.class)
        String refused(GongkaiException e, Model model, HttpServletRequest request, HttpServletResponse response) {
            return pages.refused(e, model, request, response);
        }
    }
}

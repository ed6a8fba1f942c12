package cn.gongkai.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/** Renders a {@link GongkaiException} thrown by a page controller as the error page, with its status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;
    private final SiteIdentity site;

    PageErrors(MessageSource messages, SiteIdentity site) {
        this.messages = messages;
        this.site = site;
    }

    @ExceptionHandler(GongkaiException.class)
    String refused(GongkaiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        // @ModelAttribute methods do not run for exception handlers: the layout needs the site identity
        model.addAttribute("site", site);
        model.addAttribute("status", e.status().value());
        model.addAttribute("message",
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale()));
        return "platform/error";
    }
}

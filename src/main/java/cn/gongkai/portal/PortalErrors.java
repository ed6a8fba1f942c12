package cn.gongkai.portal;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.SiteIdentity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A refused portal page is the error page of the site it was asked on, with its status and the
 * specific reason (for a bad filter: which parameter and which values are allowed).
 */
@ControllerAdvice(assignableTypes = { HomePages.class, OpennessPages.class, CatalogPages.class, RecordPages.class,
        Downloads.class, Feeds.class, Sitemaps.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private final MessageSource messages;
    private final SiteIdentity site;
    private final PortalModel portalModel;

    PortalErrors(MessageSource messages, SiteIdentity site, PortalModel portalModel) {
        this.messages = messages;
        this.site = site;
        this.portalModel = portalModel;
    }

    @ExceptionHandler(GongkaiException.class)
    String refused(GongkaiException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(e.status().value());
        response.setContentType("text/html;charset=UTF-8");
        Locale locale = LocaleContextHolder.getLocale();
        String message = e.fields().isEmpty()
                ? messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)
                : e.fields().stream().map(f -> messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
                        .collect(Collectors.joining(" "));
        model.addAttribute("site", site);
        model.addAttribute("portalSite", portalModel.portalSite(request));
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", message);
        return "platform/error";
    }
}

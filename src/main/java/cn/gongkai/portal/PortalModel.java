package cn.gongkai.portal;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every public page (the portal's, search's, and any other module's public page) the site
 * it belongs to as {@code portalSite}: the layout then shows the site's navigation, search box,
 * feeds and identity. Console and API requests get none.
 */
@ControllerAdvice(annotations = Controller.class)
class PortalModel {

    private final Sites sites;

    PortalModel(Sites sites) {
        this.sites = sites;
    }

    @ModelAttribute("portalSite")
    Site portalSite(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.startsWith("/console") || path.startsWith("/api/") || path.startsWith("/login")) {
            return null;
        }
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String code = vars instanceof Map<?, ?> map && map.get("organCode") instanceof String s ? s : null;
        return code == null ? sites.forRoot(request.getServerName()) : sites.find(code).orElse(null);
    }
}

package cn.gongkai.portal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.HandlerMapping;

import cn.gongkai.platform.ErrorPageModel;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page of a public address is shown in the layout of the site it was asked on (SAT's
 * site, or {@code /sites/{organCode}/…}): navigation, search box and identity of that site.
 */
@Component
class PortalErrorPages implements ErrorPageModel {

    private static final Pattern SITE = Pattern.compile("^/sites/([A-Za-z0-9_-]{1,40})(/.*)?$");

    private final Sites sites;

    PortalErrorPages(Sites sites) {
        this.sites = sites;
    }

    @Override
    public void decorate(HttpServletRequest request, String path, Model model) {
        if (path.startsWith("/console") || path.startsWith("/api/") || path.startsWith("/login")) {
            return;
        }
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String code = vars instanceof Map<?, ?> map && map.get("organCode") instanceof String s ? s : null;
        Matcher m = SITE.matcher(path);
        if (code == null && m.matches()) {
            code = m.group(1);
        }
        model.addAttribute("portalSite", code == null ? sites.forRoot(request.getServerName())
                : sites.find(code).orElse(sites.forRoot(request.getServerName())));
    }
}

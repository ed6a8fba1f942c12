package cn.gongkai.platform;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the site identity and the console menu for the current user. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {

    private final SiteIdentity site;
    private final List<ConsoleMenuItem> menu;

    PageModel(SiteIdentity site, List<ConsoleMenuItem> menu) {
        this.site = site;
        this.menu = menu.stream().sorted(Comparator.comparingInt(ConsoleMenuItem::order)).toList();
    }

    @ModelAttribute("site")
    SiteIdentity site() {
        return site;
    }

    @ModelAttribute("consoleMenu")
    List<ConsoleMenuItem> consoleMenu() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return List.of();
        }
        return menu.stream().filter(item -> item.role() == null || auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + item.role()))).toList();
    }
}

package cn.gongkai.platform;

import org.springframework.ui.Model;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a module adds to the error page of a path it serves (the portal: the site's layout). The
 * error page is rendered by {@link ErrorPages} alone; modules only decorate it.
 */
public interface ErrorPageModel {

    /**
     * Adds model attributes for the error page of {@code path} (the address that was asked for,
     * not {@code /error}).
     */
    void decorate(HttpServletRequest request, String path, Model model);
}

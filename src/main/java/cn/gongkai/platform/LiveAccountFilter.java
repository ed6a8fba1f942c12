package cn.gongkai.platform;

import java.io.IOException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Every request of a logged-in session is checked against the account in the database
 * ({@link LiveAccounts}): the request runs with the authorities the account has now, and a
 * session whose account was disabled, lost a role or had its password reset is ended: console
 * pages go to the login page with a message saying why, public pages go on anonymously.
 */
class LiveAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LiveAccountFilter.class);

    private final LiveAccounts accounts;

    LiveAccountFilter(LiveAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> fresh = accounts.refresh(auth);
        if (fresh.isPresent()) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(fresh.get());
            SecurityContextHolder.setContext(context);
            chain.doFilter(request, response);
            return;
        }
        log.info("Session of {} ended: account disabled, role removed or password changed", auth.getName());
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/console")) {
            response.sendRedirect(request.getContextPath() + "/login?error=ended");
            return;
        }
        chain.doFilter(request, response);
    }
}

package cn.gongkai.platform;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The JSON API ({@code /api/**}) is stateless: bearer tokens only, no session
 * and so no CSRF exposure. The web (public site and staff console) uses form login with a session,
 * CSRF on every form and a strict Content-Security-Policy (no inline script anywhere).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/calendar/**").authenticated()
                        .requestMatchers("/api/v1/public/**", "/api/v1/calendar/**").permitAll()
                        // registers: a 双随机 draw is published when made (issue 12 contract)
                        .requestMatchers(HttpMethod.GET, "/api/v1/registers/random-inspections/draws/*").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasRole("ADMINISTRATOR")
                        .anyRequest().authenticated())
                .addFilterBefore(new RequestSizeLimitFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, 401, "UNAUTHENTICATED",
                                "需要有效的访问令牌 (a valid bearer token is required)"))
                        .accessDeniedHandler((req, res, ex) -> problem(res, 403, "FORBIDDEN",
                                "无权执行此操作 (not permitted for your role or organ)")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, LiveAccounts accounts) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/console/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console", false)
                        .failureHandler(loginFailure()).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // sessions end with their account and see its current roles (issue 10 A.1)
                .addFilterAfter(new LiveAccountFilter(accounts), SecurityContextHolderFilter.class)
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /** Publishes every failure, also unmapped ones such as a wrong TOTP code, so each is audited and counted. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String reason = exception instanceof DisabledException ? "disabled"
                    : exception instanceof SecondFactorRequiredException ? "totp" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    private static void problem(jakarta.servlet.http.HttpServletResponse res, int status, String code, String detail)
            throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"urn:gongkai:problem:" + code.toLowerCase() + "\",\"status\":" + status
                + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\"}");
    }
}

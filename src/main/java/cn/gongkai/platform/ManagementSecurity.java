package cn.gongkai.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The actuator. On the public port anyone may ask whether the application is UP (no details:
 * {@code show-details: when-authorized}); health details, Prometheus metrics and everything else
 * need an administrator, by bearer token or console session. When {@code management.server.port}
 * names a port of its own (an internal network an operator controls), the actuator lives only
 * there and answers without login; the public port then has no actuator at all.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, BearerTokens tokens, Environment env) throws Exception {
        http.securityMatcher("/actuator/**")
                .csrf(csrf -> csrf.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> {
                    res.setStatus(401);
                    res.setContentType(MediaType.TEXT_PLAIN_VALUE);
                    res.getWriter().write("401 administrator login required");
                }));
        if (separatePort(env)) {
            http.authorizeHttpRequests(a -> a.anyRequest().permitAll());
        }
        else {
            http.authorizeHttpRequests(a -> a
                    .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                    .permitAll()
                    .anyRequest().hasRole("ADMINISTRATOR"));
        }
        return http.build();
    }

    /** True when the actuator is served on a management port of its own (not the public one, not disabled). */
    static boolean separatePort(Environment env) {
        Integer management = env.getProperty("management.server.port", Integer.class);
        Integer server = env.getProperty("server.port", Integer.class, 8080);
        return management != null && management >= 0 && !management.equals(server);
    }
}

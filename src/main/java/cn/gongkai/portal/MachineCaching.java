package cn.gongkai.portal;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Feeds, sitemaps, downloads and the public JSON API answer with an ETag and
 * {@code Cache-Control: no-cache}, so a reader polling a feed gets 304 while nothing changed (the
 * HTML pages get the same from the platform's {@code PublicPageCache}).
 */
@Configuration(proxyBeanMethods = false)
class MachineCaching {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> machineReadableEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("GET".equals(request.getMethod())) {
                    response.setHeader("Cache-Control", "no-cache");
                }
                etags.doFilter(request, response, chain);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setName("portalMachineReadableEtags");
        bean.addUrlPatterns("*.atom", "*.rss", "*.xml", "*.csv", "*.xlsx", "*.jsonld", "/api/v1/public/sites/*",
                "/api/v1/public/records/*", "/api/v1/public/dcat");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return bean;
    }
}

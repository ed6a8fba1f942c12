package cn.gongkai.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves public pages from the {@link PublicPageCache} ahead of every other filter. Only anonymous
 * GETs of configured paths take part: a request with a session cookie, an Authorization header or
 * a {@code lang} switch (which sets a cookie) always goes through the application, and only 200
 * HTML responses that set no cookie are kept. Kept pages carry an ETag; a matching
 * {@code If-None-Match} gets 304. Public pages say {@code Cache-Control: no-cache} (a browser may
 * keep them but revalidates each time) instead of the security default {@code no-store}.
 */
class PublicPageCacheFilter extends OncePerRequestFilter {

    static final String LANGUAGE_COOKIE = "gongkai-lang";
    private static final List<String> NOT_REPLAYED = List.of("set-cookie", "content-length", "date",
            "transfer-encoding", "connection", "keep-alive");

    private final PublicPageCache cache;

    PublicPageCacheFilter(PublicPageCache cache) {
        this.cache = cache;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PublicPageCacheFilter> publicPageCacheFilter(PublicPageCache cache) {
            FilterRegistrationBean<PublicPageCacheFilter> bean = new FilterRegistrationBean<>(new PublicPageCacheFilter(cache));
            // first of all filters: a kept page needs no character encoding, metrics observation or security chain
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            bean.addUrlPatterns("/*");
            return bean;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !cache.enabled() || !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || switchesLanguage(request.getQueryString()) || hasSessionCookie(request)
                || !cache.cacheable(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // the host is part of the key: the portal may serve another organ's site at the same path on another host
        String key = PublicPageCache.key(request.getRequestURI(), request.getQueryString(), language(request))
                + "|" + request.getServerName();
        PublicPageCache.Page page = cache.get(key);
        if (page != null) {
            serve(page, request, response);
            return;
        }
        long generation = cache.generation();
        response.setHeader("Cache-Control", "no-cache");
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200 && type != null && type.startsWith("text/html")
                && !wrapper.containsHeader("Set-Cookie") && request.getSession(false) == null) {
            String etag = PublicPageCache.etag(body);
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase())) {
                    for (String value : wrapper.getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            headers.add(Map.entry("Content-Type", type));
            PublicPageCache.Page kept = new PublicPageCache.Page(body, List.copyOf(headers), etag, System.nanoTime());
            cache.put(key, kept, generation);
            if (acceptsGzip(request)) {
                // the wrapper holds the body until copied: answer with the compressed copy instead
                response.addHeader("Vary", "Accept-Encoding");
                writeGzipped(kept, response);
                return;
            }
            wrapper.setHeader("ETag", etag);
            wrapper.addHeader("Vary", "Accept-Encoding");
        }
        wrapper.copyBodyToResponse();
    }

    private static void writeGzipped(PublicPageCache.Page page, HttpServletResponse response) throws IOException {
        response.setHeader("ETag", page.gzipEtag());
        response.setHeader("Content-Encoding", "gzip");
        response.setContentLength(page.gzipped().length);
        response.getOutputStream().write(page.gzipped());
    }

    /** Whether the client takes gzip ({@code Accept-Encoding: gzip}, not with {@code q=0}). */
    static boolean acceptsGzip(HttpServletRequest request) {
        java.util.Enumeration<String> values = request.getHeaders("Accept-Encoding");
        while (values != null && values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.strip().split(";");
                String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
                boolean refused = parts.length > 1 && parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                if ((name.equals("gzip") || name.equals("*")) && !refused) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void serve(PublicPageCache.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        for (Map.Entry<String, String> h : page.headers()) {
            response.addHeader(h.getKey(), h.getValue());
        }
        boolean gzip = acceptsGzip(request);
        response.addHeader("Vary", "Accept-Encoding");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(page.etag()) || ifNoneMatch.contains(page.gzipEtag())
                || ifNoneMatch.strip().equals("*"))) {
            response.setHeader("ETag", gzip ? page.gzipEtag() : page.etag());
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(200);
        if (gzip) {
            writeGzipped(page, response);
            return;
        }
        response.setHeader("ETag", page.etag());
        response.setBufferSize(page.body().length);
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    /** Looks at the raw query string: decoding parameters here could fail on malformed input before any error handling. */
    private static boolean switchesLanguage(String query) {
        return query != null && (query.startsWith("lang=") || query.contains("&lang="));
    }

    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (LANGUAGE_COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("JSESSIONID".equals(c.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}

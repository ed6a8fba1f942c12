package cn.gongkai.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import org.apache.catalina.AccessLog;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address whose percent-encoding is not valid UTF-8 ({@code /search?q=%E4%B8}, {@code /records/%FF})
 * is the client's mistake: 400 at once, logged as one WARN line. Without this, the servlet
 * container's decoding failure surfaced as an ERROR with a stack trace from whichever component
 * first read a parameter.
 */
class MalformedAddressFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedAddressFilter.class);

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Tomcat itself answers 400 to a path it cannot decode, before any filter: its access log hook warns. */
        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> malformedPathWarning() {
            return factory -> factory.addEngineValves(new RejectedPathLog());
        }

        @Bean
        FilterRegistrationBean<MalformedAddressFilter> malformedAddressFilter() {
            FilterRegistrationBean<MalformedAddressFilter> bean = new FilterRegistrationBean<>(new MalformedAddressFilter());
            // right after the page cache (which only ever serves well-formed addresses it answered 200)
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            bean.addUrlPatterns("/*");
            bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
            return bean;
        }
    }

    /** The error page for the 400 is rendered for the same address: it must not read the undecodable parameters. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        boolean wellFormed = decodes(request.getRequestURI(), false) && (query == null || decodes(query, true));
        if (wellFormed) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            chain.doFilter(new WithoutParameters(request), response);
            return;
        }
        warn(request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query));
        request.setAttribute(WARNED, Boolean.TRUE);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(400);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"urn:gongkai:problem:invalid-input\",\"status\":400,"
                    + "\"code\":\"INVALID_INPUT\",\"title\":\"Bad Request\","
                    + "\"detail\":\"请求地址含有无效的编码 (the address is not valid UTF-8 percent-encoding)\"}");
            return;
        }
        response.sendError(400);
    }

    static final String WARNED = MalformedAddressFilter.class.getName() + ".warned";

    static void warn(String method, String address) {
        log.warn("Malformed percent-encoding answered 400: {} {}", method,
                address.length() > 200 ? address.substring(0, 200) + "…" : address);
    }

    /** Passes every request on; on the access-log call after Tomcat refused an undecodable path, one warning. */
    static final class RejectedPathLog extends ValveBase implements AccessLog {

        RejectedPathLog() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
        }

        @Override
        public void log(Request request, Response response, long time) {
            String uri = request.getRequestURI();
            if (response.getStatus() == 400 && request.getAttribute(WARNED) == null && uri != null && !decodes(uri, false)) {
                warn(request.getMethod(), uri);
            }
        }

        @Override
        public void setRequestAttributesEnabled(boolean enabled) {
        }

        @Override
        public boolean getRequestAttributesEnabled() {
            return false;
        }
    }

    /** True when every %XX sequence is hex and the bytes form valid UTF-8 ({@code +} is a space in a query). */
    static boolean decodes(String raw, boolean query) {
        if (raw.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return false;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            }
            else if (query && (c == '&' || c == '=')) {
                // separators split the query into names and values; each must decode on its own
                if (!utf8(bytes.toByteArray())) {
                    return false;
                }
                bytes.reset();
            }
            else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** The request as if it had no query string, for rendering the error page of a malformed address. */
    static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }
}
